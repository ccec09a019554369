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
  matches: (edit, context) =>
    isEntry(edit, "dataCategories", "added") &&
    coveredByAll(edit.after) &&
    (context.before.thirdPartyProvision?.provisions ?? []).some((provision) => provision.categories === "all" && provision.basis !== "statutory")
})
