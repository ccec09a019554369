import { testRule } from "../../../test/ruleTester.ts"
import rule from "./anonymized-data.ts"

const category = (anonymized: string) => `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: applicants, name: { ja: 採用応募者情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: statistics, name: { ja: 購買履歴の匿名加工情報 }, disclosure: { class: non-disclosable }, sensitivity: anonymized${anonymized} }`
const provided = `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions: [{ id: data-sales, basis: consent, categories: [statistics], purposes: [{ ja: 市場調査 }] }]`

testRule(rule, {
  valid: [
    { name: "no anonymized data", yaml: "" },
    { name: "the items published on creation (43(3))", yaml: category(", anonymized: { items: [{ ja: 性別 }, { ja: 年代 }, { ja: 購買履歴 }] }") },
    {
      name: "provided with the items and the method published (43(4))",
      yaml: `${category(", anonymized: { items: [{ ja: 性別 }], provision: { items: [{ ja: 性別 }], method: { ja: 電子ファイルの送付 } } }")}\n${provided}`
    },
    {
      name: "`all` in a provision speaks of personal information, which anonymized data is not",
      yaml: `${category(", anonymized: { items: [{ ja: 性別 }] }")}\n${provided.replace("categories: [statistics]", "categories: all")}`
    }
  ],
  invalid: [
    {
      name: "G7/R4: no items, and provided without the 43(4) publication",
      yaml: `${category("")}\n${provided}`,
      errors: [
        { message: "no-items", path: "dataCategories[2].anonymized" },
        { message: "provision-unpublished", path: "thirdPartyProvision.provisions[0].categories" }
      ]
    }
  ]
})
