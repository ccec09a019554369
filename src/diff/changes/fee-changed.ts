/**
 * A fee (手数料) added, dropped or changed: amount, unit, kinds, payment.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "fee-changed",
  impact: "publish",
  article: { en: "APPI 32(1)(iii), 38", ja: "個人情報保護法32条1項3号・38条" },
  explain: {
    en: "fees for requests are part of the procedure that must be kept where the persons can know it: publish the change",
    ja: "手数料の額は開示等の請求の手続の一部として本人の知り得る状態に置く必要がある。変更を公表する"
  },
  hint: {
    en: "a fee may be charged only for purpose notification and disclosure, in an amount within actual cost (38)",
    ja: "手数料は利用目的の通知と開示についてのみ、実費を勘案して合理的な範囲で徴収できる（38条）"
  },
  matches: (edit) => within(edit, "fees", "sectionIntros.fees")
})
