/**
 * How requests (開示等の請求) are made or handled changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "request-procedure-changed",
  impact: "publish",
  article: { en: "APPI 32(1)(iii), 37", ja: "個人情報保護法32条1項3号・37条" },
  explain: {
    en: "the procedure for requests (disclosure, correction, use-stop and the rest) must be kept where the persons can know it: publish the change",
    ja: "開示等の請求に応じる手続は本人の知り得る状態に置く必要がある。変更を公表する"
  },
  hint: {
    en: "dropping a kind of request from the policy does not take the right away (32–35); the procedure may not burden the person excessively (37(4))",
    ja: "方針から請求の種類を削っても権利はなくならない（32〜35条）。手続は本人に過重な負担を課すものであってはならない（37条4項）"
  },
  matches: (edit) => within(edit, "requests")
})
