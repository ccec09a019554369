/**
 * A data category dropped.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "category-removed",
  impact: "publish",
  matches: (edit) => isEntry(edit, "dataCategories", "removed")
})
