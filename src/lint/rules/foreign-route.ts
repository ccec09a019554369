/**
 * Art. 28(1) disapplies Art. 27 for a 「外国にある第三者」: no opt-out
 * provision abroad, and outsourcing or joint use with a party abroad needs
 * the 28(1) consent (PPC Q&A 12-1), unless the country is a Rule 15 country
 * or the party has a Rule 16 system.
 *
 * @since 0.2.0
 */
import type { Policy } from "../../model/Policy.ts"
import { coveredCategories, type Destination, destinations, isForeignThirdParty } from "../facts.ts"
import { appi, appiRules, ppcQa } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/**
 * The policy states a 28(1) consent for this destination: a consent-based
 * provision that reaches recipients abroad — `mayIncludeForeignRecipients`,
 * or a recipient in the destination's country — and covers every category
 * that goes there.
 *
 * @since 0.2.0
 */
export const foreignConsentStated = (policy: Policy, destination: Destination): boolean => {
  const needed = coveredCategories(policy, destination.categories).map(({ category }) => category.id)
  return (policy.thirdPartyProvision?.provisions ?? []).some((provision) => {
    if (provision.basis !== "consent") return false
    const abroad = provision.mayIncludeForeignRecipients === true || (provision.recipients ?? []).some((r) => r.country === destination.country)
    const covered = new Set(coveredCategories(policy, provision.categories).map(({ category }) => category.id))
    return abroad && needed.every((id) => covered.has(id))
  })
}

/** @since 0.2.0 */
export default defineRule({
  id: "foreign-route",
  severity: "error",
  citation: [appi(28, 1), appiRules(15), appiRules(16), ppcQa("12-1")],
  messageSeverity: { "entrustee-abroad": "warning", "joint-user-abroad": "warning" },
  check: (policy, report) => {
    const provisions = policy.thirdPartyProvision?.provisions ?? []
    provisions.forEach((provision, i) => {
      if (provision.basis !== "opt-out") return
      const recipients = provision.recipients ?? []
      if (provision.mayIncludeForeignRecipients === true && !recipients.some((r) => r.country !== undefined && r.country !== "JP")) {
        report("opt-out-may-be-abroad", ["thirdPartyProvision", "provisions", i, "mayIncludeForeignRecipients"], { id: provision.id })
      }
    })
    for (const destination of destinations(policy)) {
      if (!isForeignThirdParty(destination)) continue
      const data = { name: destination.name, country: destination.country! }
      if (destination.kind === "recipient") {
        if (destination.provision?.basis === "opt-out") report("opt-out-abroad", [...destination.path, "country"], { ...data, id: destination.provision.id })
      } else if (!foreignConsentStated(policy, destination)) {
        report(destination.kind === "entrustee" ? "entrustee-abroad" : "joint-user-abroad", [...destination.path, "country"], data)
      }
    }
  }
})
