/**
 * A joint use (共同利用) added.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-added",
  impact: "notify-in-advance",
  article: { en: "APPI 27(5)(iii); PPC Q&A 7-51", ja: "個人情報保護法27条5項3号、個人情報保護委員会Q&A7-51" },
  explain: {
    en: "a new joint use: the five matters of 27(5)(iii) must be notified to the persons (or made easily known) before the joint use begins; data already held may then be used jointly within the purposes specified when it was acquired",
    ja: "共同利用の追加。共同利用の開始前に27条5項3号の事項を本人に通知し、又は容易に知り得る状態に置く必要がある。取得済みの個人データも、取得時に特定した利用目的の範囲内であれば共同利用できる"
  },
  hint: {
    en: "if the joint users' purposes go beyond the purposes specified when the data was acquired, or beyond what the person would ordinarily expect, using data already held needs consent (18(1); 通則GL 3-6-3)",
    ja: "利用する者の利用目的が取得時の利用目的の範囲や本人が通常予期し得る範囲を超える場合、取得済みのデータの共同利用には本人の同意が必要（18条1項、通則GL3-6-3）"
  },
  matches: (edit) => isEntry(edit, "jointUses", "added")
})
