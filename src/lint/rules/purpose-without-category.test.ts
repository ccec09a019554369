import { testRule } from "../../../test/ruleTester.ts"
import rule from "./purpose-without-category.ts"

testRule(rule, {
  valid: [
    { name: "each purpose names a category", yaml: "" },
    { name: "no purposes at all is another rule's finding", yaml: "purposes: { items: [] }\ndataCategories: []" }
  ],
  invalid: [
    {
      name: "seed 001: no data category declared",
      yaml: `dataCategories: []
purposes:
  items:
    - { id: contact, text: { ja: お問い合わせへの回答のため }, categories: all }
    - { id: billing, text: { ja: 料金の請求のため }, categories: all }`,
      errors: [{ message: "no-categories", path: "dataCategories" }]
    },
    {
      name: "`all` over entrusted data only",
      yaml: `dataCategories:
  - { id: client-data, name: { ja: 受託データ }, disclosure: { class: non-disclosable, entrusted: true }, sensitivity: ordinary }
purposes:
  items:
    - { id: entrusted, text: { ja: 受託業務の遂行のため }, categories: [client-data] }
    - { id: contact, text: { ja: お問い合わせへの回答のため }, categories: all }`,
      errors: [{ message: "serves-nothing", path: "purposes.items[1].categories" }]
    }
  ]
})
