/**
 * Opt-out never covers special-care data or data itself received by opt-out (27(2) proviso).
 *
 * @since 0.1.0
 */
import { acquiredByOptOut, holdsSpecialCare } from "../../model/facts.ts"
import { coveredCategories, squashJa } from "../facts.ts"
import { appi, proviso } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

const VIA_OPT_OUT = /オプトアウト/u

/** @since 0.1.0 */
export default defineRule({
  id: "opt-out-forbidden-data",
  severity: "error",
  citation: [proviso(appi(27, 2))],
  check: (policy, report) => {
    const optOut = policy.thirdPartyProvision?.optOut
    if (optOut === undefined) return
    const scopePath = ["thirdPartyProvision", "optOut", "categories"] as const
    for (const { category } of coveredCategories(policy, optOut.categories)) {
      const path = optOut.categories === "all" ? [...scopePath] : [...scopePath, optOut.categories.indexOf(category.id)]
      if (holdsSpecialCare(category)) report("special-care", path, { id: category.id })
      // The structured method says it; older policies only say it in words.
      const acquisition = `${squashJa(category.acquisition?.note)}${squashJa(category.description)}`
      if (acquiredByOptOut(category) || VIA_OPT_OUT.test(acquisition)) {
        report("received-by-opt-out", path, { id: category.id })
      }
    }
    if (VIA_OPT_OUT.test(squashJa(optOut.acquisitionMethod))) report("acquired-by-opt-out", ["thirdPartyProvision", "optOut", "acquisitionMethod", "ja"])
  }
})
