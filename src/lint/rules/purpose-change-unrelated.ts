/**
 * Purposes change only within a reasonable relation to the old ones (17(2)).
 *
 * @since 0.1.0
 */
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "purpose-change-unrelated",
  severity: "error",
  citation: [appi(17, 2), appi(18, 1), appi(21, 3)],
  check: (policy, report) => {
    if (policy.purposes.change?.withinReasonableRelation === false) report("unrelated", ["purposes", "change", "withinReasonableRelation"])
  }
})
