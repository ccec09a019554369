/**
 * Anonymized data (匿名加工情報, Art. 43): its items are published when it
 * is made (43(3)), and before it is provided, the items and the method of
 * provision (43(4)).
 *
 * @since 0.2.0
 */
import type { Policy } from "../../model/Policy.ts"
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** Where the policy says it provides the category: a provision arrangement or the opt-out that names it. */
const providedAt = (policy: Policy, id: string): ReadonlyArray<string | number> | undefined => {
  const provision = policy.thirdPartyProvision
  // Only a scope that names the category: `all` speaks of personal information, which anonymized data is not.
  const index = (provision?.provisions ?? []).findIndex((p) => p.categories !== "all" && p.categories.includes(id))
  if (index >= 0) return ["thirdPartyProvision", "provisions", index, "categories"]
  const optOut = provision?.optOut?.categories
  if (optOut !== undefined && optOut !== "all" && optOut.includes(id)) return ["thirdPartyProvision", "optOut", "categories"]
  return undefined
}

/** @since 0.2.0 */
export default defineRule({
  id: "anonymized-data",
  severity: "warning",
  citation: [appi(43, 3), appi(43, 4)],
  check: (policy, report) => {
    policy.dataCategories.forEach((category, i) => {
      if (category.sensitivity !== "anonymized") return
      if ((category.anonymized?.items ?? []).length === 0) report("no-items", ["dataCategories", i, "anonymized"], { id: category.id })
      const provided = providedAt(policy, category.id)
      if (provided !== undefined && category.anonymized?.provision === undefined) report("provision-unpublished", provided, { id: category.id })
    })
  }
})
