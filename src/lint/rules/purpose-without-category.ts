/**
 * Every purpose serves some declared data category.
 *
 * @since 0.1.0
 */
import { coveredCategories } from "../facts.ts"
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "purpose-without-category",
  severity: "warning",
  citation: [appi(17, 1), appi(32, 1, 2)],
  check: (policy, report) => {
    const purposes = policy.purposes.items
    if (purposes.length === 0) return
    if (policy.dataCategories.length === 0) {
      report("no-categories", ["dataCategories"], { count: purposes.length })
      return
    }
    purposes.forEach((purpose, i) => {
      if (coveredCategories(policy, purpose.categories).length === 0) report("serves-nothing", ["purposes", "items", i, "categories"], { id: purpose.id })
    })
  }
})
