/**
 * Planned provision to third parties is among the purposes (17(1) and the
 * guidelines; for opt-out, 27(2)(ii)).
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { Policy } from "../../model/Policy.ts"
import { squashJa } from "../facts.ts"
import { appi, ppcGeneralGuidelines } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

const PROVISION_WORDS = /第三者(?:へ|に対する|に対して|に)の?(?:個人(?:情報|データ)の?)?提供/u

/** Where the policy plans provision: consent or opt-out arrangements, the opt-out (not one only restated as a condition), grounds that are provision proper. */
const plannedProvision = (policy: Policy): { readonly path: JsonPath; readonly what: string } | undefined => {
  const provision = policy.thirdPartyProvision
  if (provision === undefined) return undefined
  const arrangements = provision.provisions ?? []
  const planned = arrangements.findIndex((p) => p.basis !== "statutory")
  if (planned >= 0) return { path: ["thirdPartyProvision", "provisions", planned], what: arrangements[planned]!.id }
  if (provision.optOut !== undefined && provision.optOut.conditional !== true) return { path: ["thirdPartyProvision", "optOut"], what: "opt-out" }
  const grounds = provision.otherGrounds ?? []
  const ground = grounds.findIndex((g) => g.kind === "business-necessity" || g.kind === "public-information" || g.kind === "opt-out")
  if (ground >= 0) return { path: ["thirdPartyProvision", "otherGrounds", ground], what: grounds[ground]!.id }
  return undefined
}

/** @since 0.1.0 */
export default defineRule({
  id: "provision-purpose-missing",
  severity: "warning",
  citation: [appi(17, 1), appi(27, 2, 2), ppcGeneralGuidelines("3-1-1")],
  check: (policy, report) => {
    const planned = plannedProvision(policy)
    if (planned === undefined) return
    const isPurpose = policy.purposes.items.some((p) => p.tags?.includes("third-party-provision") === true || PROVISION_WORDS.test(squashJa(p.text)))
    if (!isPurpose) report("missing", planned.path, { what: planned.what })
  }
})
