import { testRule } from "../../../test/ruleTester.ts"
import rule from "./agent-requests.ts"

const requests = (rest: string) => `requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  submission: { channels: [post], window: privacy-desk }
${rest}`

testRule(rule, {
  valid: [
    { name: "the person, legal representatives and appointed agents", yaml: "" },
    { name: "seed 002/003: an agent the policy does not qualify counts for both", yaml: requests("  identity: [{ requester: person }, { requester: any-agent, text: { ja: 代理人による請求の場合、委任状等の追加書類が必要です } }]") },
    { name: "no identity rules at all (`request-procedures` reports it)", yaml: requests("") },
    {
      name: "legal representatives named apart (親権者, 成年後見人) with appointed agents",
      yaml: requests("  identity: [{ requester: person }, { requester: parental-authority }, { requester: adult-guardian }, { requester: appointed-agent }]")
    }
  ],
  invalid: [
    {
      name: "seed 001: identity rules for the person only",
      yaml: requests("  identity: [{ requester: person, text: { ja: お客様ご自身からのご請求であることを確認の上で } }]"),
      errors: [{ message: "no-agents", path: "requests.identity" }]
    },
    {
      name: "legal representatives but not appointed agents",
      yaml: requests("  identity: [{ requester: person }, { requester: legal-representative }]"),
      errors: [{ message: "agent-kind-missing", path: "requests.identity" }]
    },
    {
      name: "a parent and a guardian but no appointed agent",
      yaml: requests("  identity: [{ requester: person }, { requester: parental-authority }, { requester: adult-guardian }]"),
      errors: [{ message: "agent-kind-missing", path: "requests.identity" }]
    },
    {
      name: "agents turned away in words",
      yaml: requests("  identity: [{ requester: person }]\n  notes: [{ ja: 代理人によるご請求はお受けできません }]"),
      errors: [{ message: "agents-refused", path: "requests.notes[0].ja" }]
    }
  ]
})
