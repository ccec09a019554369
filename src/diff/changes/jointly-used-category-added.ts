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
  article: { en: "APPI 27(5)(iii); PPC Q&A 7-51", ja: "個人情報保護法27条5項3号、個人情報保護委員会Q&A7-51" },
  explain: {
    en: "a new category that a joint use covers (`all`): the joint use's matters must be notified (or made easily known) before this data is acquired and shared",
    ja: "共同利用（対象「すべて」）の対象となる種別の追加。取得・共同利用の前に共同利用の事項を通知し、又は容易に知り得る状態に置く必要がある"
  },
  hint: {
    en: "taken as data not yet held; sharing data the company already holds under the joint use would need consent, as widening a joint use does",
    ja: "まだ保有していないデータとして扱っている。既に保有しているデータを共同利用の対象にする場合は、共同利用の拡大と同様に本人の同意が必要"
  },
  matches: (edit, context) => {
    if (!isEntry(edit, "dataCategories", "added")) return false
    const category = context.after.dataCategories.find((c) => c.id === edit.keys[0])
    return category !== undefined && (context.after.jointUses ?? []).some((jointUse) => jointUse.categories === "all" && scopeCovers(jointUse.categories, category))
  }
})
