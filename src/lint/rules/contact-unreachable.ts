/**
 * A contact window can be reached: an address, phone, fax, e-mail, form or
 * other channel (32(1), 令10(ii)).
 *
 * @since 0.1.0
 */
import { appi, appiOrder } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "contact-unreachable",
  severity: "warning",
  citation: [appi(32, 1, 3), appi(32, 1, 4), appiOrder(10, undefined, 2)],
  check: (policy, report) => {
    if (policy.contactWindows.length === 0) {
      report("no-window", ["contactWindows"])
      return
    }
    policy.contactWindows.forEach((window, i) => {
      const reachable =
        window.address !== undefined ||
        (window.phones ?? []).length > 0 ||
        window.fax !== undefined ||
        (window.emails ?? []).length > 0 ||
        window.form !== undefined ||
        (window.otherChannels ?? []).length > 0
      if (!reachable) report("unreachable", ["contactWindows", i], { id: window.id })
    })
  }
})
