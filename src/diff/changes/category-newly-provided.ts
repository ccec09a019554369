/**
 * A data category added while the old policy already provides `all`
 * categories to third parties on consent: the new category is provided too.
 * The old policy decides (not the new one), so that another change made at
 * the same time can never lower this classification.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"
import type { DataCategory } from "../../model/DataCategory.ts"
import { scopeCovers } from "../../model/facts.ts"
import { isJsonObject, type Json } from "../Json.ts"

/** A category added to the document that `all` covers (the model's reading: neither handled for a client nor My Number data). */
export const coveredByAll = (category: Json | undefined): boolean => isJsonObject(category) && scopeCovers("all", category as unknown as DataCategory)

export default defineChange({
  id: "category-newly-provided",
  impact: "consent",
  article: { en: "APPI 27(1)", ja: "個人情報保護法27条1項" },
  explain: {
    en: "a new category falls under a provision to third parties that covers all categories: providing it needs the person's prior consent",
    ja: "追加された種別が、すべての種別を対象とする第三者提供の対象になる。提供にはあらかじめ本人の同意が必要"
  },
  hint: {
    en: "obtain the consent when the data is acquired, or narrow the provision's categories",
    ja: "取得時に同意を得るか、第三者提供の対象とする種別を限定すること"
  },
  matches: (edit, context) =>
    isEntry(edit, "dataCategories", "added") &&
    coveredByAll(edit.after) &&
    (context.before.thirdPartyProvision?.provisions ?? []).some((provision) => provision.categories === "all" && provision.basis !== "statutory")
})
