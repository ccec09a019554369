/**
 * Anything else the policy says of its opt-out: the condition, items (ii), (vi), (ix), the filing.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-statement-changed",
  impact: "publish",
  matches: (edit) => within(edit, "thirdPartyProvision.optOut")
})
