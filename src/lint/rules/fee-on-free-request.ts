/**
 * No fee on correction, use-stop, erasure or provision-stop (38(1)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

const FREE = new Set<string>(["correction", "use-stop", "provision-stop"])

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "fee-on-free-request",
    severity: "error",
    severityReason: {
      en: "error: the document itself charges a fee the law does not allow (38(1)); it states an unlawful practice",
      ja: "エラー: 法律が認めない手数料を文書自体が課している（38条1項）。違法な取扱いの記載である"
    },
    citation: { en: "APPI 38(1)", ja: "個人情報保護法38条1項" },
    description: { en: "no fee is charged for correction, use-stop, erasure or stopping provision", ja: "訂正等・利用停止等・第三者提供の停止に手数料を課していない" },
    docs: {
      en: "Art. 38(1) lets an operator charge a fee only for notification of the purposes (32(2)) and for disclosure, including disclosure of provision records (33(1), 33(5)). Requests to correct, stop using, erase or stop providing data are free.",
      ja: "38条1項により、手数料を徴収できるのは利用目的の通知（32条2項）と開示（第三者提供記録の開示を含む、33条1項・5項）に限られる。訂正等、利用停止・消去、第三者提供の停止の請求は無償である。"
    },
    messages: {
      "fee-not-allowed": {
        en: "the fee `{id}` is charged for `{kind}` requests, which are free by law",
        ja: "手数料 `{id}` が `{kind}` の請求に課されているが、法律上無償である",
        help: { en: "remove `{kind}` from the fee's `kinds`", ja: "手数料の `kinds` から `{kind}` を除く" }
      }
    }
  },
  check: (policy, report) => {
    policy.fees?.forEach((fee, i) =>
      fee.kinds.forEach((kind, k) => {
        if (FREE.has(kind)) report("fee-not-allowed", ["fees", i, "kinds", k], { id: fee.id, kind })
      })
    )
  }
})
