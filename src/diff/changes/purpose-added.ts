/**
 * A purpose of use added that no reviewer has judged reasonably related to the old ones.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-added",
  impact: "consent",
  matches: (edit, context) => isEntry(edit, "purposes.items", "added") && !context.related.has(edit.keys[0]!)
})
