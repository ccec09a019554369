import { testRule } from "../../../test/ruleTester.ts"
import rule from "./complaint-contact-missing.ts"

const window = (roles: string) => `contactWindows:
  - { id: privacy-desk, name: { ja: 窓口 }, emails: [privacy@example.co.jp]${roles} }`

testRule(rule, {
  valid: [
    { name: "a window with the complaints role", yaml: "" },
    { name: "a window without roles serves all", yaml: window("") },
    { name: "complaints.window names one", yaml: `${window(", roles: [inquiries]")}\ncomplaints: { window: privacy-desk }` }
  ],
  invalid: [
    { name: "seed 001: an inquiries window only", yaml: window(", roles: [inquiries]"), errors: [{ message: "missing", path: "contactWindows" }] },
    {
      name: "a complaints section without a window",
      yaml: `${window(", roles: [requests]")}\ncomplaints: { text: [{ ja: 苦情には誠実に対応します }] }`,
      errors: [{ message: "missing", path: "complaints" }]
    }
  ]
})
