/**
 * A data category added (not special-care data).
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "category-added",
  impact: "publish",
  article: { en: "APPI 21(1), 32(1)(ii)", ja: "個人情報保護法21条1項・32条1項2号" },
  explain: {
    en: "a new category of personal information: its purposes must be published (or notified when it is acquired)",
    ja: "個人情報の種別の追加。その利用目的を公表（又は取得時に通知）する必要がある"
  },
  hint: {
    en: "purposes, joint uses and provisions that cover `all` categories now cover it too: check that each fits",
    ja: "対象を「すべて」とする利用目的・共同利用・第三者提供はこの種別にも及ぶ。それぞれ妥当か確認すること"
  },
  matches: (edit) => isEntry(edit, "dataCategories", "added")
})
