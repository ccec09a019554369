/**
 * Every purpose serves some declared data category.
 *
 * @since 0.1.0
 */
import { coveredCategories } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "purpose-without-category",
    severity: "warning",
    severityReason: {
      en: "warning: the law does not require data categories; a purpose that serves none is a gap in the document's structure, not a breach",
      ja: "警告: 法律は個人情報の種別の記載を求めていない。どの種別にも対応しない利用目的は文書の構造上の欠落であり、違反ではない"
    },
    citation: { en: "APPI 17(1), 32(1)(ii)", ja: "個人情報保護法17条1項・32条1項2号" },
    description: { en: "every purpose of use serves a declared data category", ja: "利用目的がいずれかの種別を対象としている" },
    docs: {
      en: "A purpose is specified for personal information (Art. 17(1)); a purpose that applies to no declared kind of data tells the person nothing about what is used for it. Usually the policy forgot to list its data categories, or the purpose names only data it may not reach with `all` (data handled for a client, My Number data).",
      ja: "利用目的は個人情報について特定するもの（17条1項）であり、どの種別にも当たらない利用目的は、何がその目的に使われるのかを本人に伝えない。多くは種別の記載漏れか、`all` では及ばない種別（受託した個人情報、特定個人情報）しかない場合である。"
    },
    messages: {
      "no-categories": {
        en: "the policy declares no data category, so its {count} purposes serve no data",
        ja: "個人情報の種別が一つもないため、{count}件の利用目的がどの個人情報にも対応しない",
        help: { en: "list the kinds of personal information held under `dataCategories`", ja: "`dataCategories` に取り扱う個人情報の種別を記載する" }
      },
      "serves-nothing": {
        en: "the purpose `{id}` serves no declared data category",
        ja: "利用目的 `{id}` が対象とする種別がない",
        help: { en: "name the categories it serves in `categories`", ja: "`categories` に対象の種別を名指しする" }
      }
    }
  },
  check: (policy, report) => {
    const purposes = policy.purposes.items
    if (purposes.length === 0) return
    if (policy.dataCategories.length === 0) {
      report("no-categories", ["dataCategories"], { count: purposes.length })
      return
    }
    purposes.forEach((purpose, i) => {
      if (coveredCategories(policy, purpose.categories).length === 0) report("serves-nothing", ["purposes", "items", i, "categories"], { id: purpose.id })
    })
  }
})
