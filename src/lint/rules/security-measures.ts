/**
 * Security measures are published, and are more than "we follow the
 * guidelines" (32(1)(iv), 令10(i)).
 *
 * @since 0.1.0
 */
import { appi, appiOrder } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "security-measures",
  severity: "warning",
  citation: [appi(32, 1, 4), appiOrder(10, undefined, 1)],
  check: (policy, report) => {
    const measures = policy.securityMeasures
    if (measures === undefined) {
      report("none", ["securityMeasures"])
      return
    }
    const lists = [measures.basicPolicy, measures.rules, measures.organizational, measures.human, measures.physical, measures.technical]
    const concrete = lists.some((list) => (list ?? []).length > 0) || measures.disclosureOnRequest !== undefined
    if (!concrete) report("only-general", ["securityMeasures"])
  }
})
