import { testRule } from "../../../test/ruleTester.ts"
import rule from "./my-number-purposes.ts"

const policy = (purposes: string) => `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: my-number, name: { ja: 特定個人情報 }, disclosure: { class: disclosable }, sensitivity: my-number }
purposes:
  items:
    - { id: service, text: { ja: サービスの提供に伴うご連絡のため }, categories: all }
${purposes}`

testRule(rule, {
  valid: [
    { name: "no My Number data", yaml: "" },
    { name: "a purpose tagged as a My Number affair", yaml: policy("    - { id: payroll, text: { ja: 法令に定める事務のため }, categories: [my-number], tags: [my-number-affairs] }") },
    { name: "seed 003: a purpose worded as the affairs (源泉徴収票, 健康保険)", yaml: policy("    - { id: payroll, text: { ja: 給与所得の源泉徴収票及び健康保険・厚生年金保険の届出の作成事務 }, categories: [my-number] }") },
    { name: "`all` never reaches My Number data", yaml: policy("    - { id: payroll, text: { ja: 源泉徴収票作成事務 }, categories: [my-number] }") }
  ],
  invalid: [
    {
      name: "R8: My Number data named by a purpose that is no affair",
      yaml: policy("    - { id: staff, text: { ja: 従業員の本人確認及び人事管理のため }, categories: [customers, my-number] }"),
      errors: [{ message: "not-an-affair", path: "purposes.items[1]" }]
    }
  ]
})
