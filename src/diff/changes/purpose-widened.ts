/**
 * A purpose now covers data categories it did not cover, and no reviewer judged it related.
 *
 * @since 0.1.0
 */
import { at, defineChange, widensScope } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-widened",
  impact: "consent",
  matches: (edit, context) => at(edit, "purposes.items.*.categories") && widensScope(edit, context) && !context.related.has(edit.keys[0]!)
})
