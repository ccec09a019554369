/**
 * My Number data serves only the affairs of the My Number Act (番号法 9):
 * 個人番号関係事務 and 個人番号利用事務.
 *
 * @since 0.2.0
 */
import { scopeCovers } from "../../model/facts.ts"
import { squashJa } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** Words that name a My Number affair: the Act's terms, and the tax and social-insurance documents they consist of. */
const AFFAIR =
  /個人番号(?:関係|利用)事務|源泉徴収|支払調書|法定調書|年末調整|扶養控除|給与所得|退職所得|社会保険|健康保険|厚生年金|国民年金|雇用保険|労働保険|労災保険|確定申告|税務署|地方税/u

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "my-number-purposes",
    severity: "warning",
    severityReason: {
      en: "warning: whether a purpose is one of the My Number affairs is read from a tag or from words; a purpose may be such an affair in words the rule does not know",
      ja: "警告: 利用目的が個人番号関係事務等に当たるかはタグか文言から読むしかなく、このルールの知らない言い方で事務を述べているかもしれない"
    },
    citation: { en: "My Number Act 9", ja: "番号法9条" },
    description: {
      en: "My Number data serves only purposes that are My Number affairs",
      ja: "特定個人情報の利用目的が個人番号関係事務・個人番号利用事務に限られている"
    },
    docs: {
      en: "An individual number may be used only for the affairs the My Number Act lists: 個人番号利用事務 (the administrative affairs of public bodies and those entrusted by them) and 個人番号関係事務 (a private operator entering numbers on withholding slips, payment records and social-insurance filings), both in Art. 9. The person's consent does not widen them. A My Number category therefore serves purposes that are such affairs — tag them `my-number-affairs`, or word them so (源泉徴収票, 支払調書, 健康保険・厚生年金保険の届出 …). The rule reports each purpose that names a My Number category and is neither tagged nor worded as an affair.",
      ja: "個人番号は番号法が定める事務にのみ利用できる。9条の定める個人番号利用事務（行政機関等とその委託を受けた者の事務）と個人番号関係事務（民間事業者が源泉徴収票、支払調書、社会保険の届出等に個人番号を記載する事務）である。本人の同意があっても広がらない。そのため特定個人情報の種別の利用目的はこれらの事務でなければならない（`my-number-affairs` のタグを付けるか、源泉徴収票・支払調書・健康保険・厚生年金保険の届出等の事務として記載する）。このルールは、特定個人情報の種別を名指ししながら、タグも事務の文言もない利用目的を報告する。"
    },
    messages: {
      "not-an-affair": {
        en: "the purpose `{id}` serves the My Number data `{category}` but is not a My Number affair",
        ja: "利用目的 `{id}` は特定個人情報 `{category}` を対象とするが、個人番号関係事務等に当たらない",
        help: {
          en: "limit the purpose to the affairs of the My Number Act and tag it `my-number-affairs`, or take `{category}` out of its `categories`",
          ja: "利用目的を番号法の事務に限って `my-number-affairs` のタグを付けるか、`categories` から `{category}` を除く"
        }
      }
    }
  },
  check: (policy, report) => {
    const myNumber = policy.dataCategories.filter((category) => category.sensitivity === "my-number")
    if (myNumber.length === 0) return
    policy.purposes.items.forEach((purpose, i) => {
      const served = myNumber.find((category) => scopeCovers(purpose.categories, category))
      if (served === undefined || purpose.tags?.includes("my-number-affairs") === true || AFFAIR.test(squashJa(purpose.text))) return
      report("not-an-affair", ["purposes", "items", i], { id: purpose.id, category: served.id })
    })
  }
})
