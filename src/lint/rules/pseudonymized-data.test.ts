import { testRule } from "../../../test/ruleTester.ts"
import rule from "./pseudonymized-data.ts"

const categories = (disclosure = "non-disclosable") => `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: analysis, name: { ja: 仮名加工情報 }, disclosure: { class: ${disclosure} }, sensitivity: pseudonymized }`
const purposes = `purposes:
  items:
    - { id: service, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers] }
    - { id: analysis, text: { ja: 仮名加工情報を用いた購買傾向の分析による新商品の開発のため }, categories: [analysis] }`
const beyond = `useBeyondPurpose:
  consentRequired: true
  exceptions: [{ id: laws-and-regulations }]
  text: { ja: ご本人の同意を得ずに利用目的の範囲を超えて取り扱いません。ただし、仮名加工情報は、法令に基づく場合を除き、利用目的の範囲を超えて取り扱いません。 }`
const lawful = `${categories()}\n${purposes}\n${beyond}`

testRule(rule, {
  valid: [
    { name: "no pseudonymized data", yaml: "" },
    { name: "pseudonymized data with its purpose, set apart from the consent clause, out of requests", yaml: lawful },
    {
      name: "outsourcing and joint use stay open; a statutory provision is not reported",
      yaml: `${lawful}
thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions: [{ id: tax-office, basis: statutory, categories: [analysis], purposes: [{ ja: 法令に基づく提出 }] }]`
    }
  ],
  invalid: [
    {
      name: "G6/R3: provided on consent and covered by the opt-out (41(6), Q&A 14-17)",
      yaml: `${lawful}
thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions: [{ id: partners, basis: consent, categories: [customers, analysis], purposes: [{ ja: 提携先での分析 }] }]
  optOut: { categories: all }`,
      errors: [
        { message: "provided", path: "thirdPartyProvision.provisions[0].categories[1]" },
        { message: "opt-out", path: "thirdPartyProvision.optOut.categories" }
      ]
    },
    {
      name: "marked disclosable (41(9)); the consent clause reaches it (41(3)); no purpose (41(4))",
      yaml: `${categories("disclosable")}
purposes:
  items:
    - { id: service, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers] }`,
      errors: [
        { message: "disclosable", path: "dataCategories[1].disclosure.class" },
        { message: "use-beyond-purpose", path: "useBeyondPurpose" },
        { message: "no-purpose", path: "dataCategories[1]" }
      ]
    }
  ]
})
