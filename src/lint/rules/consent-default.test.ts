import { testRule } from "../../../test/ruleTester.ts"
import rule from "./consent-default.ts"

testRule(rule, {
  valid: [
    { name: "consent required for both", yaml: "" },
    { name: "provision without consent by a filed opt-out", yaml: "thirdPartyProvision: { consentRequired: false, exceptions: [], optOut: { categories: [customers] } }" }
  ],
  invalid: [
    {
      name: "consent declared unnecessary",
      yaml: "useBeyondPurpose: { consentRequired: false, exceptions: [] }\nthirdPartyProvision: { consentRequired: false, exceptions: [] }",
      errors: [
        { message: "use-without-consent", path: "useBeyondPurpose.consentRequired" },
        { message: "provision-without-consent", path: "thirdPartyProvision.consentRequired" }
      ]
    },
    {
      name: "an opt-out only restated as a condition is no opt-out",
      yaml: "thirdPartyProvision: { consentRequired: false, exceptions: [], optOut: { categories: [customers], conditional: true } }",
      errors: [{ message: "provision-without-consent", path: "thirdPartyProvision.consentRequired" }]
    }
  ]
})
