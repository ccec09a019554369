/**
 * A recipient abroad with a system meeting the standard: the operator tells
 * the person, on request, about the measures it takes for the recipient
 * (28(3), Enforcement Rules 18(3)).
 *
 * @since 0.2.0
 */
import { countryClass } from "../../model/facts.ts"
import { destinations } from "../facts.ts"
import { appi, appiRules } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.2.0 */
export default defineRule({
  id: "system-based-statement",
  severity: "warning",
  citation: [appi(28, 3), appiRules(18)],
  check: (policy, report) => {
    for (const destination of destinations(policy)) {
      const { systemBased, country } = destination
      if (systemBased === undefined || systemBased.informationOnRequest === true) continue
      if (country !== undefined && countryClass(country) !== "foreign") continue
      report("no-information-on-request", [...destination.path, "systemBased"], { name: destination.name, country: country ?? "?" })
    }
  }
})
