import { testRule } from "../../../test/ruleTester.ts"
import rule from "./foreign-route.ts"

const provisions = (body: string) => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions:
${body}`
const optOutTo = (recipient: string) => `    - id: list-sales
      basis: opt-out
      categories: [customers]
      purposes: [{ ja: 名簿の販売 }]
      recipients: [${recipient}]`
const foreignConsent = `    - id: overseas
      basis: consent
      categories: [customers]
      purposes: [{ ja: 海外拠点でのサポート }]
      mayIncludeForeignRecipients: true`
const entrustee = (country: string, rest = "") => `outsourcing:
  used: true
  entrustees: [{ id: helpdesk, name: { ja: ヘルプデスク社 }, country: ${country}, categories: [customers]${rest} }]`
const jointUser = (country: string) => `jointUses:
  - id: group
    categories: [customers]
    items: [{ ja: 氏名 }]
    users: [{ id: lab, name: { ja: 海外研究所 }, country: ${country} }]
    purposes: all
    responsibleParties: [{ id: party, name: { ja: 株式会社サンプル }, address: { ja: 東京都千代田区千代田1-1 }, representatives: [{ title: { ja: 代表取締役 }, name: { ja: 山田 太郎 } }] }]`

testRule(rule, {
  valid: [
    { name: "nothing abroad", yaml: "" },
    { name: "opt-out to a recipient in Japan or an EEA country", yaml: provisions(optOutTo("{ id: broker, name: { ja: 名簿業者 }, country: JP }, { id: eu, name: { ja: 欧州業者 }, country: FR }")) },
    { name: "opt-out to a recipient abroad with a Rule 16 system", yaml: provisions(optOutTo("{ id: cbpr, name: { ja: 認証事業者 }, country: US, systemBased: { basis: international-framework } }")) },
    { name: "an outsourcee abroad, with a stated consent to provision abroad", yaml: `${entrustee("US")}\n${provisions(foreignConsent)}` },
    { name: "an outsourcee abroad with a Rule 16 system", yaml: entrustee("SG", ", systemBased: { basis: contract-or-rules }") },
    { name: "a joint user in the United Kingdom (Rule 15)", yaml: jointUser("GB") }
  ],
  invalid: [
    {
      name: "L3/R2: opt-out provision to a recipient in the United States",
      yaml: provisions(optOutTo("{ id: us-broker, name: { ja: 米国業者 }, country: US }")),
      errors: [{ message: "opt-out-abroad", path: "thirdPartyProvision.provisions[0].recipients[0].country" }]
    },
    {
      name: "opt-out provision that may go abroad",
      yaml: provisions(`${optOutTo("{ id: broker, name: { ja: 名簿業者 }, country: JP }")}\n      mayIncludeForeignRecipients: true`),
      errors: [{ message: "opt-out-may-be-abroad", path: "thirdPartyProvision.provisions[0].mayIncludeForeignRecipients" }]
    },
    { name: "PPC Q&A 12-1: an outsourcee in the United States, no consent stated", yaml: entrustee("US"), errors: [{ message: "entrustee-abroad", path: "outsourcing.entrustees[0].country" }] },
    {
      name: "a consent to provision abroad that does not cover the entrusted data is not the 28(1) consent",
      yaml: `${entrustee("US")}\n${provisions(foreignConsent.replace("categories: [customers]", "categories: [applicants]"))}`,
      errors: [{ message: "entrustee-abroad", path: "outsourcing.entrustees[0].country" }]
    },
    { name: "a joint user in the United States, no consent stated", yaml: jointUser("US"), errors: [{ message: "joint-user-abroad", path: "jointUses[0].users[0].country" }] }
  ]
})
