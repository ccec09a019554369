/**
 * Pseudonymized data (仮名加工情報 that is personal information, Art. 41):
 * no provision to third parties save under laws and regulations (41(6)),
 * no use beyond the purposes save under laws and regulations (41(3)), no
 * requests (41(9) disapplies 32–39), and its purposes published (41(4)).
 *
 * @since 0.2.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import { scopeCovers } from "../../model/facts.ts"
import type { CategoryScope } from "../../model/Purpose.ts"
import { coveredCategories, squashJa } from "../facts.ts"
import { appi, ppcQa } from "../../core/citation.ts"
import { composed } from "../catalog/terms.ts"
import { defineRule } from "../Rule.ts"

/** Where in a scope a category is: its index when named, the scope itself when `all`. */
const at = (path: JsonPath, scope: CategoryScope, id: string): JsonPath => (scope === "all" ? path : [...path, scope.indexOf(id)])

/** @since 0.2.0 */
export default defineRule({
  id: "pseudonymized-data",
  severity: "error",
  citation: [appi(41, 3), appi(41, 4), appi(41, 6), appi(41, 7), appi(41, 9), ppcQa("14-17")],
  messageSeverity: { "use-beyond-purpose": "warning", "no-purpose": "warning" },
  check: (policy, report) => {
    const pseudonymized = new Set(policy.dataCategories.filter((c) => c.sensitivity === "pseudonymized").map((c) => c.id))
    if (pseudonymized.size === 0) return
    const inScope = (scope: CategoryScope) => coveredCategories(policy, scope).filter(({ category }) => pseudonymized.has(category.id))
    const provision = policy.thirdPartyProvision
    provision?.provisions?.forEach((arrangement, i) => {
      if (arrangement.basis === "statutory") return
      const path = ["thirdPartyProvision", "provisions", i, "categories"]
      for (const { category } of inScope(arrangement.categories)) {
        report("provided", at(path, arrangement.categories, category.id), { id: category.id, provision: arrangement.id, basis: arrangement.basis })
      }
    })
    if (provision?.optOut !== undefined) {
      const scope = provision.optOut.categories
      for (const { category } of inScope(scope)) report("opt-out", at(["thirdPartyProvision", "optOut", "categories"], scope, category.id), { id: category.id })
    }
    const beyond = policy.useBeyondPurpose
    const otherItems = (beyond?.exceptions ?? []).filter((exception) => exception.id !== "laws-and-regulations")
    const setApart = /仮名加工情報/u.test(squashJa(beyond?.text))
    policy.dataCategories.forEach((category, i) => {
      if (!pseudonymized.has(category.id)) return
      if (category.disclosure.class === "disclosable") report("disclosable", ["dataCategories", i, "disclosure", "class"], { id: category.id })
      if (beyond !== undefined && !setApart && (beyond.consentRequired || otherItems.length > 0)) {
        const how = beyond.consentRequired ? composed((terms) => terms.consent) : otherItems.map((e) => e.id).join(", ")
        report("use-beyond-purpose", ["useBeyondPurpose"], { id: category.id, how })
      }
      if (!policy.purposes.items.some((purpose) => scopeCovers(purpose.categories, category))) {
        report("no-purpose", ["dataCategories", i], { id: category.id })
      }
    })
  }
})
