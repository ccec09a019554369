import { testRule } from "../../../test/ruleTester.ts"
import rule from "./disclosure-method.ts"

const requests = (delivery: string) => `requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  submission: { channels: [post], window: privacy-desk }
  delivery: ${delivery}`

testRule(rule, {
  valid: [
    { name: "nothing said of the method", yaml: "" },
    { name: "electronic or paper, as the person asks", yaml: requests("[electronic, paper]") },
    { name: "and another method the operator sets", yaml: requests("[paper, electronic, other]") }
  ],
  invalid: [
    { name: "C8/R1: 「開示は、書面の交付により行います」", yaml: requests("[paper]"), errors: [{ message: "paper-only", path: "requests.delivery" }] },
    { name: "electronic records only: paper is a Rule 30 method and the 33(2) fallback", yaml: requests("[electronic]"), errors: [{ message: "excludes-choice", path: "requests.delivery" }] }
  ]
})
