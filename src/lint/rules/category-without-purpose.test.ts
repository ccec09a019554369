import { testRule } from "../../../test/ruleTester.ts"
import rule from "./category-without-purpose.ts"

const categories = `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: my-number, name: { ja: 特定個人情報 }, disclosure: { class: disclosable }, sensitivity: my-number }
  - { id: client-data, name: { ja: 受託データ }, disclosure: { class: non-disclosable, entrusted: true }, sensitivity: ordinary }`

testRule(rule, {
  valid: [
    { name: "every category named by a purpose", yaml: "" },
    {
      name: "`all` covers ordinary data; My Number and entrusted data are named",
      yaml: `${categories}
purposes:
  items:
    - { id: service, text: { ja: サービスの提供に伴うご連絡のため }, categories: all }
    - { id: payroll, text: { ja: 源泉徴収票の作成事務のため }, categories: [my-number] }
    - { id: entrusted, text: { ja: 委託元から受託した業務の遂行のため }, categories: [client-data] }`
    },
    {
      name: "anonymized data is not personal information; pseudonymized data is `pseudonymized-data`'s (L5)",
      yaml: `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: statistics, name: { ja: 匿名加工情報 }, disclosure: { class: non-disclosable }, sensitivity: anonymized, anonymized: { items: [{ ja: 性別 }] } }
  - { id: analysis, name: { ja: 仮名加工情報 }, disclosure: { class: non-disclosable }, sensitivity: pseudonymized }
purposes:
  items:
    - { id: service, text: { ja: サービスの提供に伴うご連絡のため }, categories: [customers] }`
    }
  ],
  invalid: [
    {
      name: "a category no purpose names",
      yaml: `purposes:
  items:
    - { id: order-fulfilment, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers] }`,
      errors: [{ message: "uncovered", path: "dataCategories[1]" }]
    },
    {
      name: "`all` does not reach My Number or entrusted data (entrusted: only a warning that the guard will deny its use, L5)",
      yaml: `${categories}
purposes:
  items:
    - { id: service, text: { ja: サービスの提供に伴うご連絡のため }, categories: all }`,
      errors: [
        { message: "my-number-needs-explicit-purpose", path: "dataCategories[1]" },
        { message: "entrusted-without-purpose", path: "dataCategories[2]" }
      ]
    }
  ]
})
