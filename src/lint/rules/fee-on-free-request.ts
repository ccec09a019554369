/**
 * No fee on correction, use-stop, erasure or provision-stop (38(1)).
 *
 * @since 0.1.0
 */
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

const FREE = new Set<string>(["correction", "use-stop", "provision-stop"])

/** @since 0.1.0 */
export default defineRule({
  id: "fee-on-free-request",
  severity: "error",
  citation: [appi(38, 1)],
  check: (policy, report) => {
    policy.fees?.forEach((fee, i) =>
      fee.kinds.forEach((kind, k) => {
        if (FREE.has(kind)) report("fee-not-allowed", ["fees", i, "kinds", k], { id: fee.id, kind })
      })
    )
  }
})
