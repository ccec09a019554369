/**
 * Data held or processed abroad: the security measures describe the foreign
 * environment and name the countries (32(1)(iv), 令10(i); guidelines:
 * 外的環境の把握).
 *
 * @since 0.1.0
 */
import { destinations } from "../facts.ts"
import { appi, appiOrder, ppcGeneralGuidelines } from "../../core/citation.ts"
import { term } from "../catalog/terms.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "foreign-country-unnamed",
  severity: "warning",
  citation: [appi(32, 1, 4), appiOrder(10, undefined, 1), ppcGeneralGuidelines("3-8-1"), ppcGeneralGuidelines("10-7")],
  check: (policy, report) => {
    const environment = policy.securityMeasures?.externalEnvironment
    if (environment !== undefined) {
      if (environment.countries.length === 0) report("unnamed", ["securityMeasures", "externalEnvironment", "countries"])
      for (const destination of destinations(policy)) {
        const { country } = destination
        if (destination.kind !== "entrustee" || country === undefined || country === "JP" || environment.countries.length === 0) continue
        if (!environment.countries.includes(country)) report("country-not-listed", [...destination.path, "country"], { name: destination.name, country })
      }
      return
    }
    const abroad = destinations(policy).find((destination) => destination.country !== undefined && destination.country !== "JP")
    if (abroad !== undefined) {
      report("environment-missing", [...abroad.path, "country"], { what: term("recipientRoles", abroad.kind), name: abroad.name, country: abroad.country! })
      return
    }
    const provisions = policy.thirdPartyProvision?.provisions ?? []
    const mayBe = provisions.findIndex((provision) => provision.mayIncludeForeignRecipients === true)
    if (mayBe >= 0) report("may-be-abroad", ["thirdPartyProvision", "provisions", mayBe, "mayIncludeForeignRecipients"], { id: provisions[mayBe]!.id })
  }
})
