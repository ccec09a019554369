/**
 * A fee states its amount (32(1)(iii), 38(2)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "fee-amount-missing",
    severity: "warning",
    severityReason: {
      en: "warning: the amount need only be where the person can know it (32(1)(iii)), e.g. on the request form; the document cannot show that it is published nowhere",
      ja: "警告: 手数料の額は本人の知り得る状態に置けば足り（32条1項3号）、請求書の様式に記載されていてもよい。どこにも公表されていないことは文書からは分からない"
    },
    citation: { en: "APPI 32(1)(iii), 38(2)", ja: "個人情報保護法32条1項3号・38条2項" },
    description: { en: "every fee states its amount", ja: "手数料の額が記載されている" },
    docs: {
      en: "When an operator sets a fee, Art. 32(1)(iii) requires the amount to be published, and Art. 38(2) requires it to be reasonable in view of the actual cost. 「実費」 or 「所定の手数料」 without a figure lets the person know neither.",
      ja: "手数料を定めた場合、32条1項3号はその額の公表を求め、38条2項は実費を勘案して合理的な額とすることを求める。金額のない「実費」「所定の手数料」では本人はいずれも知ることができない。"
    },
    messages: {
      "no-amount": {
        en: "the fee `{id}` has no amount",
        ja: "手数料 `{id}` の額が記載されていない",
        help: { en: "give `amount` in yen (e.g. `1000`), and `taxIncluded`", ja: "`amount` に円単位の額（例: `1000`）と `taxIncluded` を記載する" }
      }
    }
  },
  check: (policy, report) => {
    policy.fees?.forEach((fee, i) => {
      if (fee.amount === undefined) report("no-amount", ["fees", i, "amount"], { id: fee.id })
    })
  }
})
