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
  article: { en: "APPI 20(2)", ja: "個人情報保護法20条2項" },
  explain: {
    en: "a new category of special-care data (要配慮個人情報): acquiring it needs the person's prior consent",
    ja: "要配慮個人情報を含む種別の追加。取得にはあらかじめ本人の同意が必要"
  },
  matches: (edit) => isEntry(edit, "dataCategories", "added") && holdsSpecialCare(edit.after)
})
