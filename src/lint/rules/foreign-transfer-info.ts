/**
 * Provision abroad on consent tells the country, its system and the
 * recipient's measures (28(2), Enforcement Rules 17), or says why it cannot
 * (Rule 17(3), 17(4)). Other routes abroad (opt-out, outsourcing, joint use)
 * are `foreign-route`'s.
 *
 * @since 0.1.0
 */
import { needsForeignTransferInfo } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "foreign-transfer-info",
    severity: "warning",
    severityReason: {
      en: "warning: the 28(2) information is given to the person when consent is sought, which may be on the consent screen rather than in the policy; the document cannot show that it is not given",
      ja: "警告: 28条2項の情報は同意を得ようとする際に本人に提供するもので、方針ではなく同意画面で提供してもよい。提供していないことは文書からは分からない"
    },
    citation: { en: "APPI 28(1), 28(2); Enforcement Rules 15, 16, 17", ja: "個人情報保護法28条1項・2項、施行規則15条・16条・17条" },
    description: {
      en: "consent to provision abroad comes with the country, its protection system and the recipient's measures, or says why they cannot be given",
      ja: "外国にある第三者への提供の同意に際し、国名・制度・提供先の措置が示されているか、示せない理由が示されている"
    },
    docs: {
      en: "Before obtaining consent to provide personal data to a recipient in a foreign country, the operator must tell the person the name of the country, that country's system for protecting personal information, and the measures the recipient takes (Art. 28(2), Enforcement Rules Art. 17(2)). Outside the rule: countries the PPC recognises as equivalent (Rule 15: the EEA members and the United Kingdom), and recipients with a system meeting the Commission's standard (基準適合体制), which 28(1) itself excludes from 「外国にある第三者」 (Rule 16; 28(3) then imposes only the continuing measures and information on request, see `system-based-statement`). When the country cannot be identified at the time of consent, Rule 17(3) lets the operator say so, with the reason and any reference information (`countryUnidentified`); when the recipient's measures cannot be told, Rule 17(4) lets it say so with the reason (`measuresUnavailable`) (PPC Q&A 12-14). Only consent-based provision is checked: a provision under a 27(1) item needs no information, and opt-out, outsourcing and joint use abroad are `foreign-route`'s.",
      ja: "外国にある第三者への提供について同意を得ようとする場合、あらかじめ、当該外国の名称、その国の個人情報保護制度、提供先が講ずる措置を本人に提供しなければならない（28条2項、施行規則17条2項）。対象外: 委員会が同等と認める国（規則15条: EEA 加盟国と英国）、及び基準適合体制を整備した提供先（28条1項がそもそも「外国にある第三者」から除く。規則16条。28条3項はその後の継続的な措置と求めに応じた情報提供を課すだけで、`system-based-statement` が確認する）。同意を得る時点で移転先の国を特定できない場合は、その旨と理由、参考となる情報を示せば足り（規則17条3項、`countryUnidentified`）、提供先の措置の情報を提供できない場合はその旨と理由を示せば足りる（規則17条4項、`measuresUnavailable`。Q&A 12-14）。確認するのは同意による提供のみ: 27条1項各号による提供には情報提供は要らず、オプトアウト・委託・共同利用による外国への移転は `foreign-route` が扱う。"
    },
    messages: {
      "countries-unnamed": {
        en: "the provision `{id}` may go to recipients abroad but names no country, nor says why it cannot",
        ja: "提供 `{id}` は外国にある提供先を含みうるが、国名もそれを特定できない理由も示されていない",
        help: {
          en: "give each recipient's `country`, `countrySystem` and `recipientMeasures`, or `countryUnidentified` with the reason (Rule 17(3))",
          ja: "提供先ごとに `country`・`countrySystem`・`recipientMeasures` を記載するか、`countryUnidentified` に特定できない理由を記載する（規則17条3項）"
        }
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
        help: {
          en: "add `recipientMeasures`, or the provision's `measuresUnavailable` with the reason (Rule 17(4))",
          ja: "`recipientMeasures` を記載するか、提供の `measuresUnavailable` に提供できない理由を記載する（規則17条4項）"
        }
      }
    }
  },
  check: (policy, report) => {
    policy.thirdPartyProvision?.provisions?.forEach((provision, i) => {
      if (provision.basis !== "consent") return
      const at = ["thirdPartyProvision", "provisions", i] as const
      const recipients = provision.recipients ?? []
      const someCountry = recipients.some((r) => r.country !== undefined)
      if (provision.mayIncludeForeignRecipients === true && !someCountry && provision.countryUnidentified === undefined) {
        report("countries-unnamed", [...at, "mayIncludeForeignRecipients"], { id: provision.id })
      }
      recipients.forEach((recipient, k) => {
        const where = [...at, "recipients", k] as const
        const name = recipient.name.ja
        if (recipient.country === undefined) {
          // Reported per recipient only when some recipients have countries; otherwise `countries-unnamed` says it once.
          if (provision.mayIncludeForeignRecipients === true && someCountry && provision.countryUnidentified === undefined) {
            report("country-missing", [...where, "country"], { id: provision.id, recipient: name })
          }
          return
        }
        if (!needsForeignTransferInfo(recipient.country) || recipient.systemBased !== undefined) return
        if (recipient.countrySystem === undefined) report("system-missing", [...where, "countrySystem"], { recipient: name, country: recipient.country })
        if (recipient.recipientMeasures === undefined && provision.measuresUnavailable === undefined) {
          report("measures-missing", [...where, "recipientMeasures"], { recipient: name, country: recipient.country })
        }
      })
    })
  }
})
