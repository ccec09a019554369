import { testRule } from "../../../test/ruleTester.ts"
import rule from "./special-care-acquisition.ts"

const category = (sensitivity: string, acquisition: string, items = "") => `dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: applicants, name: { ja: 採用応募者情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
  - { id: patients, name: { ja: 患者情報 }, disclosure: { class: disclosable }, sensitivity: ${sensitivity}${items}, acquisition: ${acquisition} }`

testRule(rule, {
  valid: [
    { name: "no special-care data", yaml: "" },
    { name: "special-care data from the person", yaml: category("special-care", "{ methods: [from-person-in-writing] }") },
    { name: "from referring clinics, with the person's consent stated", yaml: category("special-care", "{ methods: [from-third-party], specialCareBasis: consent }") },
    { name: "from another body under laws and regulations", yaml: category("special-care", "{ methods: [from-third-party], specialCareBasis: laws-and-regulations }") }
  ],
  invalid: [
    {
      name: "R9: special-care data from third parties, no ground",
      yaml: category("special-care", "{ methods: [from-person, from-third-party] }"),
      errors: [{ message: "no-basis", path: "dataCategories[2].acquisition" }]
    },
    {
      name: "an item of an ordinary category is special-care, collected automatically",
      yaml: category("ordinary", "{ methods: [automatic] }", ", items: [{ ja: 心拍数 }, { ja: 病歴, sensitivity: special-care }]"),
      errors: [{ message: "no-basis", path: "dataCategories[2].acquisition" }]
    }
  ]
})
