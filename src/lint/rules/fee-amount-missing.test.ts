import { testRule } from "../../../test/ruleTester.ts"
import rule from "./fee-amount-missing.ts"

testRule(rule, {
  valid: [
    { name: "an amount in yen", yaml: "" },
    { name: "actual cost with its amount (seed 002)", yaml: "fees: [{ id: disclosure-fee, kinds: [disclosure], amount: 300, actualCost: true }]" }
  ],
  invalid: [
    { name: "「実費」 without a figure", yaml: "fees: [{ id: disclosure-fee, kinds: [disclosure], actualCost: true }]", errors: [{ message: "no-amount", path: "fees[0].amount" }] }
  ]
})
