import { testRule } from "../../../test/ruleTester.ts"
import rule from "./foreign-country-unnamed.ts"

const measures = (countries: string) => `securityMeasures:
  technical: [{ ja: アクセス制御を実施しています }]
  externalEnvironment: { countries: ${countries}, text: [{ ja: 外国において個人データを取り扱っています }] }`

testRule(rule, {
  valid: [
    { name: "no data abroad", yaml: "" },
    { name: "the country named", yaml: measures("[US]") }
  ],
  invalid: [{ name: "seed 003: the foreign environment without a country", yaml: measures("[]"), errors: [{ message: "unnamed", path: "securityMeasures.externalEnvironment.countries" }] }]
})
