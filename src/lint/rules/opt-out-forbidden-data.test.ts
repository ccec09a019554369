import { testRule } from "../../../test/ruleTester.ts"
import rule from "./opt-out-forbidden-data.ts"

const categories = `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: applicants, name: { ja: 採用応募者情報 }, items: [{ ja: 氏名 }, { ja: 健康情報, sensitivity: special-care }], disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: bought-lists, name: { ja: 名簿情報 }, disclosure: { class: disclosable }, sensitivity: ordinary, acquisition: { note: { ja: 名簿業者からオプトアウトにより提供を受けたもの } } }
purposes:
  items:
    - { id: all-uses, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers, applicants, bought-lists] }`
const optOut = (scope: string, extra = "") => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  optOut: { categories: ${scope}${extra} }`

testRule(rule, {
  valid: [
    { name: "ordinary data acquired from the person", yaml: `${categories}\n${optOut("[customers]")}` },
    { name: "no opt-out", yaml: categories }
  ],
  invalid: [
    {
      name: "`all` reaches a special-care item and data received by opt-out",
      yaml: `${categories}\n${optOut("all")}`,
      errors: [
        { message: "special-care", path: "thirdPartyProvision.optOut.categories" },
        { message: "received-by-opt-out", path: "thirdPartyProvision.optOut.categories" }
      ]
    },
    {
      name: "a category whose acquisition method is opt-out provision",
      yaml: `${categories.replace("sensitivity: ordinary }\n  - { id: applicants", "sensitivity: ordinary, acquisition: { methods: [from-opt-out-provision] } }\n  - { id: applicants")}\n${optOut("[customers]")}`,
      errors: [{ message: "received-by-opt-out", path: "thirdPartyProvision.optOut.categories[0]" }]
    },
    {
      name: "named categories point at the entry",
      yaml: `${categories}\n${optOut("[customers, applicants]")}`,
      errors: [{ message: "special-care", path: "thirdPartyProvision.optOut.categories[1]" }]
    },
    {
      name: "the opt-out's own acquisition is by opt-out",
      yaml: `${categories}\n${optOut("[customers]", ", acquisitionMethod: { ja: 他社からオプトアウトにより取得 }")}`,
      errors: [{ message: "acquired-by-opt-out", path: "thirdPartyProvision.optOut.acquisitionMethod.ja" }]
    }
  ]
})
