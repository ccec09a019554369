/**
 * A purpose added that the reviewer judged reasonably related to the old ones (`related`).
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "related-purpose-added",
  impact: "notify",
  matches: (edit, context) => isEntry(edit, "purposes.items", "added") && context.related.has(edit.keys[0]!)
})
