import { testRule } from "../../../test/ruleTester.ts"
import rule from "./foreign-country-unnamed.ts"

const measures = (countries: string) => `securityMeasures:
  technical: [{ ja: アクセス制御を実施しています }]
  externalEnvironment: { countries: ${countries}, text: [{ ja: 外国において個人データを取り扱っています }] }`
const outsourcing = (country: string) => `outsourcing:
  used: true
  entrustees: [{ id: helpdesk, name: { ja: ヘルプデスク社 }, country: ${country} }]`

testRule(rule, {
  valid: [
    { name: "no data abroad", yaml: "" },
    { name: "the country named", yaml: measures("[US]") },
    { name: "an outsourcee in a country the foreign environment names", yaml: `${measures("[US]")}\n${outsourcing("US")}` },
    { name: "an outsourcee in Japan", yaml: outsourcing("JP") }
  ],
  invalid: [
    { name: "seed 003: the foreign environment without a country", yaml: measures("[]"), errors: [{ message: "unnamed", path: "securityMeasures.externalEnvironment.countries" }] },
    {
      name: "an outsourcee abroad, no foreign environment",
      yaml: outsourcing("SG"),
      errors: [{ message: "environment-missing", path: "outsourcing.entrustees[0].country" }]
    },
    {
      name: "an outsourcee in a country the foreign environment does not list",
      yaml: `${measures("[US]")}\n${outsourcing("SG")}`,
      errors: [{ message: "country-not-listed", path: "outsourcing.entrustees[0].country" }]
    },
    {
      name: "seed 001: recipients that may be abroad, no foreign environment",
      yaml: `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions: [{ id: ad-partners, basis: consent, categories: [customers], purposes: [{ ja: 広告配信 }], mayIncludeForeignRecipients: true }]`,
      errors: [{ message: "may-be-abroad", path: "thirdPartyProvision.provisions[0].mayIncludeForeignRecipients" }]
    }
  ]
})
