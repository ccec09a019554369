/**
 * The history (制定・改定) changed: a revision or effective date added.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "history-updated",
  impact: "editorial",
  matches: (edit) => within(edit, "history")
})
