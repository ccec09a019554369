/**
 * Opt-out provision states its items and is filed with the PPC (27(2)); an
 * opt-out the policy only restates as a condition gets one finding.
 *
 * @since 0.1.0
 */
import { OPT_OUT_ITEMS } from "../../model/facts.ts"
import type { OptOut } from "../../model/ThirdPartyProvision.ts"
import { appi, appiRules } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/**
 * How each item of 27(2)(ii)–(viii) reads (item (viii) is what Enforcement Rules 11(4) adds: how the items are
 * updated, when provision starts). Item (i), the operator's identity, is checked by `operator-identity`.
 */
const LABELS: Readonly<Partial<Record<keyof OptOut, { readonly en: string; readonly ja: string }>>> = {
  provisionIsPurpose: { en: "that provision to third parties is a purpose", ja: "第三者への提供を利用目的とすること" },
  items: { en: "the data items provided", ja: "第三者に提供される個人データの項目" },
  acquisitionMethod: { en: "how the data is acquired", ja: "第三者に提供される個人データの取得の方法" },
  provisionMethod: { en: "how the data is provided", ja: "第三者への提供の方法" },
  stopOnRequest: { en: "that provision stops at the person's request", ja: "本人の求めに応じて第三者への提供を停止すること" },
  requestMethod: { en: "how to ask for provision to stop", ja: "本人の求めを受け付ける方法" },
  updateMethod: { en: "how the items are updated", ja: "第三者に提供される個人データの更新の方法" },
  startDate: { en: "when provision starts", ja: "第三者への提供を開始する予定日" }
}

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
      // An item the model adds before its label here is still reported, by its key.
      const label = LABELS[key] ?? { en: `\`${key}\``, ja: key }
      if (!present(optOut)) report("missing-item", [...at, key], { key, item, itemJa: ITEM_NUMBER[item], label: label.en, labelJa: label.ja })
    }
    if (optOut.notifiedToCommission === false) report("not-filed", [...at, "notifiedToCommission"])
    else if (optOut.notifiedToCommission !== true) report("filing-unstated", [...at, "notifiedToCommission"])
  }
})
