/**
 * A new category that a joint use covers (`categories: all`). The reading
 * taken (legal review D9, which the law does not settle): a category new to
 * the policy is data not yet held, so notifying the joint use's matters
 * before it is acquired suffices — the same as for a new joint use (PPC Q&A
 * 7-51) — while widening an existing joint use to data already held
 * (`joint-use-items-widened`) needs consent (通則GL 3-6-3).
 *
 * @since 0.2.0
 */
import { scopeCovers } from "../../model/facts.ts"
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "jointly-used-category-added",
  impact: "notify-in-advance",
  matches: (edit, context) => {
    if (!isEntry(edit, "dataCategories", "added")) return false
    const category = context.after.dataCategories.find((c) => c.id === edit.keys[0])
    return category !== undefined && (context.after.jointUses ?? []).some((jointUse) => jointUse.categories === "all" && scopeCovers(jointUse.categories, category))
  }
})
