/**
 * A data category becomes, or gains an item that is, special-care data (要配慮個人情報).
 *
 * @since 0.1.0
 */
import { at, defineChange, fieldOf } from "../ChangeRule.ts"
import type { Json } from "../Json.ts"

/** A category, an item or a list of items that is special-care data. */
export const holdsSpecialCare = (value: Json | undefined): boolean => {
  if (Array.isArray(value)) return value.some(holdsSpecialCare)
  if (typeof value !== "object" || value === null) return false
  return fieldOf(value, "sensitivity") === "special-care" || holdsSpecialCare(fieldOf(value, "items"))
}

export default defineChange({
  id: "category-made-sensitive",
  impact: "consent",
  matches: (edit) =>
    (at(edit, "dataCategories.*.sensitivity") && edit.after === "special-care") ||
    ((at(edit, "dataCategories.*.items") || at(edit, "dataCategories.*.items.#")) && holdsSpecialCare(edit.after) && !holdsSpecialCare(edit.before))
})
