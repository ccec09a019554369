import { testRule } from "../../../test/ruleTester.ts"
import rule from "./foreign-transfer-info.ts"

const provision = (fields: string) => `thirdPartyProvision:
  consentRequired: true
  exceptions: []
  provisions:
    - id: ad-partners
      basis: consent
      categories: [customers]
      purposes: [{ ja: 広告配信 }]
${fields}`
const recipient = (id: string, rest: string) => `        - { id: ${id}, name: { ja: ${id} }${rest} }`

testRule(rule, {
  valid: [
    { name: "no foreign recipient", yaml: provision(`      recipients:\n${recipient("domestic", ", country: JP")}`) },
    {
      name: "a US recipient with the country's system and its measures",
      yaml: provision(`      mayIncludeForeignRecipients: true
      recipients:
${recipient("us-partner", ", country: US, countrySystem: { ja: 包括的な法制度はない }, recipientMeasures: { ja: OECD8原則に沿った措置 }")}`)
    },
    { name: "an EEA recipient is treated as domestic", yaml: provision(`      recipients:\n${recipient("de-partner", ", country: DE")}`) },
    { name: "a recipient with a system meeting the standard (28(1), Rule 16)", yaml: provision(`      recipients:\n${recipient("us-bcr", ", country: US, systemBased: { basis: contract-or-rules }")}`) },
    {
      name: "L2: the country cannot be identified, and the policy says why (Rule 17(3))",
      yaml: provision(`      recipients: []
      mayIncludeForeignRecipients: true
      countryUnidentified: { reason: { ja: 提携先が同意取得時に確定していないため }, reference: { ja: 米国又はシンガポールを予定 } }`)
    },
    {
      name: "L2: the recipient's measures cannot be told, and the policy says why (Rule 17(4))",
      yaml: provision(`      mayIncludeForeignRecipients: true
      measuresUnavailable: { reason: { ja: 提供先が未定のため } }
      recipients:
${recipient("us-partner", ", country: US, countrySystem: { ja: 包括的な法制度はない }")}`)
    },
    { name: "L3: a statutory provision abroad needs no information", yaml: provision("      recipients: []\n      mayIncludeForeignRecipients: true").replace("basis: consent", "basis: statutory") }
  ],
  invalid: [
    {
      name: "seed 001: may be abroad, no recipient named",
      yaml: provision("      recipients: []\n      mayIncludeForeignRecipients: true"),
      errors: [{ message: "countries-unnamed", path: "thirdPartyProvision.provisions[0].mayIncludeForeignRecipients" }]
    },
    {
      name: "a US recipient without the information, and one without a country",
      yaml: provision(`      mayIncludeForeignRecipients: true
      recipients:
${recipient("us-partner", ", country: US")}
${recipient("somewhere", "")}`),
      errors: [
        { message: "system-missing", path: "thirdPartyProvision.provisions[0].recipients[0].countrySystem" },
        { message: "measures-missing", path: "thirdPartyProvision.provisions[0].recipients[0].recipientMeasures" },
        { message: "country-missing", path: "thirdPartyProvision.provisions[0].recipients[1].country" }
      ]
    }
  ]
})
