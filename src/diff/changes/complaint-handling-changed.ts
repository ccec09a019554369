/**
 * How complaints are handled changed, or the external desks.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "complaint-handling-changed",
  impact: "publish",
  matches: (edit) => within(edit, "complaints")
})
