/**
 * At least one purpose of use (17(1), 21(1), 32(1)(ii)).
 *
 * @since 0.1.0
 */
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "no-purposes",
  severity: "warning",
  citation: [appi(17, 1), appi(21, 1), appi(32, 1, 2)],
  check: (policy, report) => {
    if (policy.purposes.items.length === 0) report("none", ["purposes", "items"])
  }
})
