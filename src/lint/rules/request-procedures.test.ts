import { testRule } from "../../../test/ruleTester.ts"
import rule from "./request-procedures.ts"

testRule(rule, {
  valid: [
    { name: "all six kinds, with a window", yaml: "" },
    {
      name: "a procedure given by its steps",
      yaml: `requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  procedure: [{ title: { ja: 請求書を郵送してください } }]`
    }
  ],
  invalid: [
    { name: "no requests section", yaml: "requests: null\nfees: null", errors: [{ message: "no-requests", path: "requests" }] },
    {
      name: "seed 004: no purpose notification, no provision records",
      yaml: `requests:
  kinds: [disclosure, correction, use-stop, provision-stop]
  submission: { channels: [], window: privacy-desk }
fees: null`,
      errors: [
        { message: "missing-kind", path: "requests.kinds" },
        { message: "missing-kind", path: "requests.kinds" }
      ]
    },
    {
      name: "seed 000: kinds listed, nowhere to send them",
      yaml: `requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  text: [{ ja: ご請求に対して誠実に対応いたします。 }]`,
      errors: [{ message: "no-procedure", path: "requests" }]
    }
  ]
})
