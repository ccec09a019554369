/**
 * Disclosure is made by the method the person chooses (33(1)–(2), since
 * April 2022; Enforcement Rules 30): a policy that fixes the method —
 * paper only, or anything that leaves out electronic records or paper —
 * contradicts it.
 *
 * @since 0.2.0
 */
import { appi, appiRules } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** The methods of Enforcement Rules 30 the person may always designate: an electronic record, or paper (the statutory fallback of 33(2)). */
const CHOICES = ["electronic", "paper"] as const

/** @since 0.2.0 */
export default defineRule({
  id: "disclosure-method",
  severity: "error",
  citation: [appi(33, 1), appi(33, 2), appiRules(30)],
  check: (policy, report) => {
    const delivery = policy.requests?.delivery ?? []
    if (delivery.length === 0) return
    const missing = CHOICES.filter((method) => !delivery.includes(method))
    if (missing.length === 0) return
    if (delivery.every((method) => method === "paper")) report("paper-only", ["requests", "delivery"])
    else report("excludes-choice", ["requests", "delivery"], { methods: delivery.join(", "), missing: missing.join(", ") })
  }
})
