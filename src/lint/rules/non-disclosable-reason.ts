/**
 * A category marked non-disclosable says why (16(4), 令5).
 *
 * @since 0.1.0
 */
import { appi, appiOrder } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "non-disclosable-reason",
  severity: "warning",
  citation: [appi(16, 4), appi(33, 1), appiOrder(5)],
  check: (policy, report) => {
    policy.dataCategories.forEach((category, i) => {
      const { disclosure } = category
      // Pseudonymized data is outside the requests by law (41(9)); anonymized data is not personal information.
      const outsideByLaw = category.sensitivity === "pseudonymized" || category.sensitivity === "anonymized"
      if (disclosure.class === "non-disclosable" && disclosure.reason === undefined && disclosure.entrusted !== true && !outsideByLaw) {
        report("no-reason", ["dataCategories", i, "disclosure", "class"], { id: category.id })
      }
    })
  }
})
