/**
 * A data category added (not special-care data).
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "category-added",
  impact: "publish",
  matches: (edit) => isEntry(edit, "dataCategories", "added")
})
