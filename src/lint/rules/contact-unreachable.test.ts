import { testRule } from "../../../test/ruleTester.ts"
import rule from "./contact-unreachable.ts"

testRule(rule, {
  valid: [
    { name: "a window with an e-mail address", yaml: "" },
    { name: "seed 003: an address and a form", yaml: "contactWindows: [{ id: privacy-desk, name: { ja: 窓口 }, address: { ja: 大阪府貝塚市澤578-1 }, form: { name: { ja: お問い合わせフォーム } } }]" },
    { name: "a chat channel", yaml: "contactWindows: [{ id: privacy-desk, name: { ja: 窓口 }, otherChannels: [{ name: { ja: LINE }, address: \"@example\" }] }]" }
  ],
  invalid: [
    {
      name: "seed 002: windows by name only",
      yaml: "contactWindows: [{ id: privacy-desk, name: { ja: 請求窓口 } }, { id: customer-desk, name: { ja: お客様窓口 } }]",
      errors: [
        { message: "unreachable", path: "contactWindows[0]" },
        { message: "unreachable", path: "contactWindows[1]" }
      ]
    },
    { name: "no window at all", yaml: "contactWindows: []\nrequests: null\nfees: null", errors: [{ message: "no-window", path: "contactWindows" }] }
  ]
})
