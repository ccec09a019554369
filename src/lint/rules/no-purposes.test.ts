import { testRule } from "../../../test/ruleTester.ts"
import rule from "./no-purposes.ts"

testRule(rule, {
  valid: [{ name: "purposes are listed", yaml: "" }],
  invalid: [{ name: "an empty list of purposes", yaml: "purposes: { items: [] }", errors: [{ message: "none", path: "purposes.items" }] }]
})
