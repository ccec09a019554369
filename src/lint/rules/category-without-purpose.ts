/**
 * Every category of personal information is served by some purpose (17(1),
 * 21(1), 32(1)(ii)). Anonymized data is not personal information (its items
 * are checked by `anonymized-data`); pseudonymized data has its own rule
 * (`pseudonymized-data`, 41(4)); entrusted data gets a milder message.
 *
 * @since 0.1.0
 */
import { scopeCovers } from "../../model/facts.ts"
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "category-without-purpose",
  severity: "warning",
  citation: [appi(17, 1), appi(21, 1), appi(32, 1, 2)],
  check: (policy, report) => {
    const purposes = policy.purposes.items
    policy.dataCategories.forEach((category, i) => {
      // Not personal information (43), or checked under 41(4) by `pseudonymized-data`.
      if (category.sensitivity === "anonymized" || category.sensitivity === "pseudonymized") return
      if (purposes.some((purpose) => scopeCovers(purpose.categories, category))) return
      if (category.disclosure.entrusted === true) report("entrusted-without-purpose", ["dataCategories", i], { id: category.id })
      else if (category.sensitivity === "my-number" && purposes.some((purpose) => purpose.categories === "all")) {
        report("my-number-needs-explicit-purpose", ["dataCategories", i], { id: category.id })
      } else report("uncovered", ["dataCategories", i], { id: category.id })
    })
  }
})
