import { testRule } from "../../../test/ruleTester.ts"
import rule from "./empty-recipients.ts"

const provision = (recipients: string) => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions:
    - { id: ad-partners, basis: consent, categories: [customers], purposes: [{ ja: 広告配信 }]${recipients} }`

testRule(rule, {
  valid: [
    { name: "recipients named", yaml: provision(", recipients: [{ id: partner, name: { ja: 提携先 }, country: JP }]") },
    { name: "no recipients list announced", yaml: provision("") }
  ],
  invalid: [{ name: "seed 001: 提供先 with nothing under it", yaml: provision(", recipients: []"), errors: [{ message: "empty", path: "thirdPartyProvision.provisions[0].recipients" }] }]
})
