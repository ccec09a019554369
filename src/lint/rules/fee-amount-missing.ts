/**
 * A fee states its amount (32(1)(iii), 38(2)).
 *
 * @since 0.1.0
 */
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "fee-amount-missing",
  severity: "warning",
  citation: [appi(32, 1, 3), appi(38, 2)],
  check: (policy, report) => {
    policy.fees?.forEach((fee, i) => {
      if (fee.amount === undefined) report("no-amount", ["fees", i, "amount"], { id: fee.id })
    })
  }
})
