/**
 * A category marked non-disclosable says why (16(4), 令5).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "non-disclosable-reason",
    severity: "warning",
    severityReason: {
      en: "warning: whether data is outside 保有個人データ depends on facts the document need not state (the Order 5 harms, whether the data is held for a client)",
      ja: "警告: 保有個人データに当たらないかは、文書が述べる必要のない事実（施行令5条の支障、受託データかどうか）による"
    },
    citation: { en: "APPI 16(4), 33(1); Cabinet Order 5", ja: "個人情報保護法16条4項・33条1項、施行令5条" },
    description: { en: "a category marked non-disclosable gives the reason", ja: "非開示とした種別に理由が示されている" },
    docs: {
      en: "Personal data the operator has the authority to disclose, correct and stop using is retained personal data (保有個人データ, Art. 16(4)), which the person may ask to see (Art. 33(1)). Only data handled for a client, or data whose known existence would cause harm (Cabinet Order Art. 5), is outside. A category marked 非開示 without such a reason looks like the operator opting out of disclosure, which it cannot do. Pseudonymized data (41(9) disapplies Arts. 32–39) and anonymized data (not personal information) need no reason.",
      ja: "事業者が開示・訂正・利用停止等の権限を有する個人データは保有個人データ（16条4項）であり、本人は開示を請求できる（33条1項）。対象外となるのは委託を受けて取り扱うデータや、存否が明らかになると害が生じるもの（施行令5条）に限られる。理由なく「非開示」とした種別は、事業者が開示義務を任意に外しているように見え、それはできない。仮名加工情報（41条9項が32条〜39条を適用除外）と匿名加工情報（個人情報ではない）には理由は要らない。"
    },
    messages: {
      "no-reason": {
        en: "the data category `{id}` is non-disclosable but no reason is given",
        ja: "個人情報の種別 `{id}` は非開示だが理由が示されていない",
        help: {
          en: "give `disclosure.reason`, or `disclosure.entrusted: true` for data handled on a client's behalf",
          ja: "`disclosure.reason` に理由を記載する（受託した個人情報なら `disclosure.entrusted: true`）"
        }
      }
    }
  },
  check: (policy, report) => {
    policy.dataCategories.forEach((category, i) => {
      const { disclosure } = category
      // Pseudonymized data is outside the requests by law (41(9)); anonymized data is not personal information.
      const outsideByLaw = category.sensitivity === "pseudonymized" || category.sensitivity === "anonymized"
      if (disclosure.class === "non-disclosable" && disclosure.reason === undefined && disclosure.entrusted !== true && !outsideByLaw) {
        report("no-reason", ["dataCategories", i, "disclosure", "class"], { id: category.id })
      }
    })
  }
})
