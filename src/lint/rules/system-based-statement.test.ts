import { testRule } from "../../../test/ruleTester.ts"
import rule from "./system-based-statement.ts"

const recipient = (systemBased: string, country = "US") => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions:
    - id: cloud
      basis: consent
      categories: [customers]
      purposes: [{ ja: データの保管 }]
      recipients: [{ id: us-cloud, name: { ja: 米国クラウド社 }, country: ${country}, systemBased: ${systemBased} }]`

testRule(rule, {
  valid: [
    { name: "no system-based party", yaml: "" },
    { name: "the 28(3) information is given on request", yaml: recipient("{ basis: contract-or-rules, informationOnRequest: true }") },
    { name: "a recipient in an EEA country needs no system", yaml: recipient("{ basis: contract-or-rules }", "DE") }
  ],
  invalid: [
    {
      name: "R6: a system-based recipient without the on-request statement",
      yaml: recipient("{ basis: international-framework }"),
      errors: [{ message: "no-information-on-request", path: "thirdPartyProvision.provisions[0].recipients[0].systemBased" }]
    },
    {
      name: "an outsourcee with a system, information not offered",
      yaml: "outsourcing: { used: true, entrustees: [{ id: sg-dc, name: { ja: シンガポールDC }, country: SG, systemBased: { basis: contract-or-rules, informationOnRequest: false } }] }",
      errors: [{ message: "no-information-on-request", path: "outsourcing.entrustees[0].systemBased" }]
    }
  ]
})
