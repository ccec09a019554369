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
  article: { en: "APPI 20(2)", ja: "個人情報保護法20条2項" },
  explain: {
    en: "a category now holds special-care data (要配慮個人情報): acquiring it needs the person's prior consent",
    ja: "種別が要配慮個人情報を含むことになった。取得にはあらかじめ本人の同意が必要"
  },
  matches: (edit) =>
    (at(edit, "dataCategories.*.sensitivity") && edit.after === "special-care") ||
    ((at(edit, "dataCategories.*.items") || at(edit, "dataCategories.*.items.#")) && holdsSpecialCare(edit.after) && !holdsSpecialCare(edit.before))
})
