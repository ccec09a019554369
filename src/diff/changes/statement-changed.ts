/**
 * The fallback: a change no other kind claims. Everything in the policy is
 * published, so it is at least `publish`.
 *
 * @since 0.1.0
 */
import { defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "statement-changed",
  impact: "publish",
  matches: () => true
})
