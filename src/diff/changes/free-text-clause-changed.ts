/**
 * A free-text clause (additionalClauses, the model's last resort) changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "free-text-clause-changed",
  impact: "publish",
  matches: (edit) => within(edit, "additionalClauses")
})
