import { testRule } from "../../../test/ruleTester.ts"
import rule from "./purpose-change-unrelated.ts"

const purposes = (change: string) => `purposes:
  items:
    - { id: service, text: { ja: ご注文いただいた商品の発送のため }, categories: [customers, applicants] }
  change: ${change}`

testRule(rule, {
  valid: [
    { name: "no change clause", yaml: "" },
    { name: "seed 001: within a reasonable relation", yaml: purposes("{ withinReasonableRelation: true, notice: notify-or-publish }") }
  ],
  invalid: [
    { name: "changes reserved without limit", yaml: purposes("{ withinReasonableRelation: false, notice: publish }"), errors: [{ message: "unrelated", path: "purposes.change.withinReasonableRelation" }] }
  ]
})
