/**
 * My Number data is never jointly used, provided by opt-out or provided on
 * consent (番号法 19).
 *
 * @since 0.1.0
 */
import type { Policy } from "../../model/Policy.ts"
import type { CategoryScope } from "../../model/Purpose.ts"
import { myNumberAct } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** Indices in an explicit scope that name a My Number category (`all` never covers one). */
const myNumberRefs = (policy: Policy, scope: CategoryScope): ReadonlyArray<{ readonly index: number; readonly id: string }> => {
  if (scope === "all") return []
  const myNumber = new Set(policy.dataCategories.filter((c) => c.sensitivity === "my-number").map((c) => c.id))
  return scope.flatMap((id, index) => (myNumber.has(id) ? [{ index, id }] : []))
}

/** @since 0.1.0 */
export default defineRule({
  id: "my-number-provision",
  severity: "error",
  citation: [myNumberAct(19)],
  messageSeverity: { "no-statement": "warning" },
  check: (policy, report) => {
    policy.jointUses?.forEach((jointUse, i) => {
      for (const { index, id } of myNumberRefs(policy, jointUse.categories)) report("joint-use", ["jointUses", i, "categories", index], { id, use: jointUse.id })
    })
    const provision = policy.thirdPartyProvision
    if (provision === undefined) return
    if (provision.optOut !== undefined) {
      for (const { index, id } of myNumberRefs(policy, provision.optOut.categories)) report("opt-out", ["thirdPartyProvision", "optOut", "categories", index], { id })
    }
    provision.provisions?.forEach((arrangement, i) => {
      if (arrangement.basis === "statutory") return
      for (const { index, id } of myNumberRefs(policy, arrangement.categories)) {
        report("consent-provision", ["thirdPartyProvision", "provisions", i, "categories", index], { id, provision: arrangement.id, basis: arrangement.basis })
      }
    })
    const myNumber = policy.dataCategories.find((c) => c.sensitivity === "my-number")
    if (myNumber !== undefined && provision.consentRequired && provision.myNumber === undefined) report("no-statement", ["thirdPartyProvision", "myNumber"], { id: myNumber.id })
  }
})
