/**
 * Provision abroad on consent tells the country, its system and the
 * recipient's measures (28(2), Enforcement Rules 17), or says why it cannot
 * (Rule 17(3), 17(4)). Other routes abroad (opt-out, outsourcing, joint use)
 * are `foreign-route`'s.
 *
 * @since 0.1.0
 */
import { needsForeignTransferInfo } from "../facts.ts"
import { appi, appiRules } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "foreign-transfer-info",
  severity: "warning",
  citation: [appi(28, 1), appi(28, 2), appiRules(15), appiRules(16), appiRules(17)],
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
