import { testRule } from "../../../test/ruleTester.ts"
import rule from "./operator-identity.ts"

testRule(rule, {
  valid: [
    { name: "the base policy's corporation with name, address and representative", yaml: "" },
    { name: "an individual needs no representative", yaml: "operator: { name: { ja: 山田 花子 }, entityType: individual, address: { ja: 大阪府大阪市北区1-1 } }" },
    { name: "a foreign operator with its country", yaml: `operator: { name: { ja: "Example Inc.", en: "Example Inc." }, address: { ja: "1 Main St, Springfield" }, country: US, representatives: [{ title: { ja: CEO }, name: { ja: Jane Doe } }] }` }
  ],
  invalid: [
    {
      name: "seed 002: an empty operator",
      yaml: "operator: {}",
      errors: [
        { message: "missing-name", path: "operator.name" },
        { message: "missing-address", path: "operator.address" }
      ]
    },
    {
      name: "seed 004: a corporation by its name, without address or representative",
      yaml: "operator: { name: { ja: 株式会社K-ZONE } }",
      errors: [
        { message: "missing-address", path: "operator.address" },
        { message: "missing-representative", path: "operator.representatives" }
      ]
    },
    {
      name: "a representative given by title only",
      yaml: "operator: { name: { ja: 株式会社サンプル }, entityType: corporation, address: { ja: 東京都港区1-1 }, representatives: [{ title: { ja: 代表取締役 } }] }",
      errors: [{ message: "unnamed-representative", path: "operator.representatives[0].name" }]
    },
    {
      name: "an address abroad without a country",
      yaml: `operator: { name: { ja: Example LLC }, entityType: other, address: { ja: "1 Main St, Springfield" } }`,
      errors: [{ message: "missing-country", path: "operator.country" }]
    }
  ]
})
