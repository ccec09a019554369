/**
 * Where complaints go (32(1)(iv), 令10(ii)).
 *
 * @since 0.1.0
 */
import { appi, appiOrder } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "complaint-contact-missing",
  severity: "warning",
  citation: [appi(32, 1, 4), appi(40), appiOrder(10, undefined, 2)],
  check: (policy, report) => {
    if (policy.complaints?.window !== undefined) return
    // A window whose roles are not given serves every purpose.
    if (policy.contactWindows.some((window) => window.roles === undefined || window.roles.includes("complaints"))) return
    report("missing", policy.complaints === undefined ? ["contactWindows"] : ["complaints"])
  }
})
