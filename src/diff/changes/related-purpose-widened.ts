/**
 * A purpose covers more data categories, within what the reviewer judged reasonably related.
 *
 * @since 0.1.0
 */
import { at, defineChange, widensScope } from "../ChangeRule.ts"

export default defineChange({
  id: "related-purpose-widened",
  impact: "notify",
  matches: (edit, context) => at(edit, "purposes.items.*.categories") && widensScope(edit, context) && context.related.has(edit.keys[0]!)
})
