import { testRule } from "../../../test/ruleTester.ts"
import rule from "./security-measures.ts"

testRule(rule, {
  valid: [
    { name: "organizational and technical measures", yaml: "" },
    {
      name: "seed 001: a general sentence, and the measures told on request",
      yaml: "securityMeasures: { text: [{ ja: 合理的なセキュリティ対策を講じています }], disclosureOnRequest: { ja: 求めに応じて遅滞なく開示いたします } }"
    }
  ],
  invalid: [
    { name: "seeds 000 and 004: none at all", yaml: "securityMeasures: null", errors: [{ message: "none", path: "securityMeasures" }] },
    {
      name: "only \"we follow the guidelines\"",
      yaml: "securityMeasures: { text: [{ ja: 個人情報保護法及びガイドラインに従って適切に取り扱っています }] }",
      errors: [{ message: "only-general", path: "securityMeasures" }]
    }
  ]
})
