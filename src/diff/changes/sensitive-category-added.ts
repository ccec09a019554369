/**
 * A data category added that is, or holds items that are, special-care data (要配慮個人情報).
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"
import { holdsSpecialCare } from "./category-made-sensitive.ts"

export default defineChange({
  id: "sensitive-category-added",
  impact: "consent",
  matches: (edit) => isEntry(edit, "dataCategories", "added") && holdsSpecialCare(edit.after)
})
