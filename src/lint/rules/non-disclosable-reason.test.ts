import { testRule } from "../../../test/ruleTester.ts"
import rule from "./non-disclosable-reason.ts"

const category = (disclosure: string) => `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: ${disclosure}, sensitivity: ordinary }
  - { id: applicants, name: { ja: 採用応募者情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }`

testRule(rule, {
  valid: [
    { name: "disclosable data", yaml: "" },
    { name: "entrusted data", yaml: category("{ class: non-disclosable, entrusted: true }") },
    { name: "a reason given", yaml: category("{ class: non-disclosable, reason: { ja: 存否が明らかになることにより違法な行為を誘発するおそれがあるため } }") }
  ],
  invalid: [{ name: "seed 000: 非開示 without a reason", yaml: category("{ class: non-disclosable }"), errors: [{ message: "no-reason", path: "dataCategories[0].disclosure.class" }] }]
})
