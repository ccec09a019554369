import { testRule } from "../../../test/ruleTester.ts"
import rule from "./fee-on-free-request.ts"

testRule(rule, {
  valid: [{ name: "fees for notification and disclosure only", yaml: "" }],
  invalid: [
    {
      name: "a fee on correction and provision-stop",
      yaml: "fees: [{ id: all-requests, kinds: [disclosure, correction, provision-stop], amount: 500 }]",
      errors: [
        { message: "fee-not-allowed", path: "fees[0].kinds[1]" },
        { message: "fee-not-allowed", path: "fees[0].kinds[2]" }
      ]
    },
    { name: "a fee on use-stop", yaml: "fees: [{ id: stop-fee, kinds: [use-stop], amount: 300 }]", errors: [{ message: "fee-not-allowed", path: "fees[0].kinds[0]" }] }
  ]
})
