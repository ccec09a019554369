/**
 * A joint use covers more data: items added or reworded, categories widened.
 *
 * @since 0.1.0
 */
import { addsTo, at, defineChange, widensScope } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-items-widened",
  impact: "consent",
  matches: (edit, context) => addsTo(edit, "jointUses.*.items") || (at(edit, "jointUses.*.categories") && widensScope(edit, context))
})
