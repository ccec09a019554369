/**
 * Provision abroad on consent tells the country, its system and the
 * recipient's measures (28(2)).
 *
 * @since 0.1.0
 */
import { needsForeignTransferInfo } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "foreign-transfer-info",
    severity: "error",
    citation: { en: "APPI 28(2); Enforcement Rules 17", ja: "個人情報保護法28条2項、施行規則17条" },
    description: {
      en: "consent to provision abroad comes with the country, its protection system and the recipient's measures",
      ja: "外国にある第三者への提供の同意に際し、国名・制度・提供先の措置が示されている"
    },
    docs: {
      en: "Before obtaining consent to provide personal data to a recipient in a foreign country, the operator must tell the person the name of the country, that country's system for protecting personal information, and the measures the recipient takes (Art. 28(2), Enforcement Rules Art. 17). Countries the PPC recognises as equivalent (EEA members and the United Kingdom) and recipients with an equivalent system (28(3)) are outside this rule. A policy that says recipients 'may be abroad' but names no country cannot meet it.",
      ja: "外国にある第三者への提供について同意を得ようとする場合、あらかじめ、当該外国の名称、その国の個人情報保護制度、提供先が講ずる措置を本人に提供しなければならない（28条2項、施行規則17条）。委員会が同等と認める国（EEA 加盟国と英国）や、基準適合体制を整備した提供先（28条3項）は対象外。「外国にある場合を含む」とだけ書いて国名を示さない方針はこれを満たせない。"
    },
    messages: {
      "countries-unnamed": {
        en: "the provision `{id}` may go to recipients abroad but names no country",
        ja: "提供 `{id}` は外国にある提供先を含みうるが国名が示されていない",
        help: { en: "give each recipient's `country`, `countrySystem` and `recipientMeasures`", ja: "提供先ごとに `country`・`countrySystem`・`recipientMeasures` を記載する" }
      },
      "country-missing": {
        en: "the recipient `{recipient}` of `{id}` may be abroad but has no country",
        ja: "提供 `{id}` の提供先 `{recipient}` は外国にありうるが国名がない",
        help: { en: "give the recipient's `country` (`JP` if it is in Japan)", ja: "提供先の `country` を記載する（国内なら `JP`）" }
      },
      "system-missing": {
        en: "the recipient `{recipient}` in `{country}` has no description of that country's protection system",
        ja: "`{country}` にある提供先 `{recipient}` について、その国の個人情報保護制度が示されていない",
        help: { en: "add `countrySystem` (the PPC publishes summaries per country)", ja: "`countrySystem` を記載する（委員会が国ごとの制度の概要を公表している）" }
      },
      "measures-missing": {
        en: "the recipient `{recipient}` in `{country}` has no description of its protection measures",
        ja: "`{country}` にある提供先 `{recipient}` が講ずる措置が示されていない",
        help: { en: "add `recipientMeasures`", ja: "`recipientMeasures` を記載する" }
      }
    }
  },
  check: (policy, report) => {
    policy.thirdPartyProvision?.provisions?.forEach((provision, i) => {
      if (provision.basis !== "consent") return
      const at = ["thirdPartyProvision", "provisions", i] as const
      const recipients = provision.recipients ?? []
      if (provision.mayIncludeForeignRecipients === true && !recipients.some((r) => r.country !== undefined)) {
        report("countries-unnamed", [...at, "mayIncludeForeignRecipients"], { id: provision.id })
      }
      recipients.forEach((recipient, k) => {
        const where = [...at, "recipients", k] as const
        const name = recipient.name.ja
        if (recipient.country === undefined) {
          // Reported per recipient only when some recipients have countries; otherwise `countries-unnamed` says it once.
          if (provision.mayIncludeForeignRecipients === true && recipients.some((r) => r.country !== undefined)) {
            report("country-missing", [...where, "country"], { id: provision.id, recipient: name })
          }
          return
        }
        if (!needsForeignTransferInfo(recipient.country) || recipient.systemBased !== undefined) return
        if (recipient.countrySystem === undefined) report("system-missing", [...where, "countrySystem"], { recipient: name, country: recipient.country })
        if (recipient.recipientMeasures === undefined) report("measures-missing", [...where, "recipientMeasures"], { recipient: name, country: recipient.country })
      })
    })
  }
})
