/**
 * Special-care data acquired from others or automatically: the policy says
 * on what ground (20(2): the person's consent, or an item of 20(2)).
 *
 * @since 0.2.0
 */
import { holdsSpecialCare } from "../../model/facts.ts"
import { appi } from "../../core/citation.ts"
import { composed } from "../catalog/terms.ts"
import { defineRule } from "../Rule.ts"

const INDIRECT = new Set(["from-third-party", "automatic"])

/** @since 0.2.0 */
export default defineRule({
  id: "special-care-acquisition",
  severity: "warning",
  citation: [appi(20, 2)],
  check: (policy, report) => {
    policy.dataCategories.forEach((category, i) => {
      const acquisition = category.acquisition
      const indirect = (acquisition?.methods ?? []).filter((method) => INDIRECT.has(method))
      if (!holdsSpecialCare(category) || indirect.length === 0 || acquisition?.specialCareBasis !== undefined) return
      report("no-basis", ["dataCategories", i, "acquisition"], { id: category.id, how: composed((terms) => terms.indirectAcquisition(indirect.map((method) => (method === "automatic" ? "automatic" : "third-party")))) })
    })
  }
})
