import { testRule } from "../../../test/ruleTester.ts"
import rule from "./my-number-provision.ts"

const categories = `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: my-number, name: { ja: 特定個人情報 }, disclosure: { class: disclosable }, sensitivity: my-number }
purposes:
  items:
    - { id: service, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers] }
    - { id: payroll, text: { ja: 源泉徴収票の作成事務のため }, categories: [my-number] }`
const statement = "  myNumber: { ja: 特定個人情報は法令に基づく場合を除き第三者に提供しません }"
const provision = (body: string) => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
${body}`

testRule(rule, {
  valid: [
    { name: "seed 003: My Number data, with the statement", yaml: `${categories}\n${provision(statement)}` },
    { name: "`all` never reaches My Number data", yaml: `${categories}\n${provision(`${statement}\n  optOut: { categories: all }`)}` },
    { name: "no My Number data", yaml: "" }
  ],
  invalid: [
    {
      name: "joint use, opt-out and consent provision naming My Number data",
      yaml: `${categories}
jointUses:
  - { id: group, categories: [customers, my-number], items: [{ ja: 氏名 }], users: [], usersRange: { ja: 子会社 }, purposes: all, responsibleParties: [{ id: party, name: { ja: 株式会社サンプル } }] }
${provision(`${statement}
  optOut: { categories: [my-number] }
  provisions:
    - { id: partners, basis: consent, categories: [my-number], purposes: [{ ja: 提携先のご案内 }] }`)}`,
      errors: [
        { message: "joint-use", path: "jointUses[0].categories[1]" },
        { message: "opt-out", path: "thirdPartyProvision.optOut.categories[0]" },
        { message: "consent-provision", path: "thirdPartyProvision.provisions[0].categories[0]" }
      ]
    },
    {
      name: "My Number data held, consent-based provision, no statement",
      yaml: `${categories}\n${provision("")}`,
      errors: [{ message: "no-statement", path: "thirdPartyProvision.myNumber" }]
    }
  ]
})
