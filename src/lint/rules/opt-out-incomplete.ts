/**
 * Opt-out provision states its items and is filed with the PPC (27(2)); an
 * opt-out the policy only restates as a condition gets one finding.
 *
 * @since 0.1.0
 */
import { OPT_OUT_ITEMS } from "../../model/facts.ts"
import { appi, appiRules } from "../../core/citation.ts"
import { termOr } from "../catalog/terms.ts"
import { defineRule } from "../Rule.ts"

/** The 27(2) item numbers as Japanese writes them (item (viii) is what Enforcement Rules 11(4) adds). */
const ITEM_NUMBER = { ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8 } as const

/** @since 0.1.0 */
export default defineRule({
  id: "opt-out-incomplete",
  severity: "error",
  citation: [appi(27, 2), appi(27, 4), appiRules(11)],
  messageSeverity: { "missing-item": "warning", "filing-unstated": "warning", "conditional": "warning" },
  check: (policy, report) => {
    const optOut = policy.thirdPartyProvision?.optOut
    if (optOut === undefined) return
    const at = ["thirdPartyProvision", "optOut"] as const
    if (optOut.conditional === true) {
      report("conditional", [...at, "conditional"])
      return
    }
    for (const { key, item, present } of OPT_OUT_ITEMS) {
      if (!present(optOut)) report("missing-item", [...at, key], { key, item: { en: item, ja: String(ITEM_NUMBER[item]) }, label: termOr("optOutItems", key, { en: `\`${key}\``, ja: key }) })
    }
    if (optOut.notifiedToCommission === false) report("not-filed", [...at, "notifiedToCommission"])
    else if (optOut.notifiedToCommission !== true) report("filing-unstated", [...at, "notifiedToCommission"])
  }
})
