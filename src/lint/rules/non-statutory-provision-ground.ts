/**
 * Provision without consent rests only on grounds the law knows (27(1), 27(2), 27(5)).
 *
 * @since 0.1.0
 */
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "non-statutory-provision-ground",
  severity: "error",
  citation: [appi(27, 1), appi(27, 2), appi(27, 5)],
  messageSeverity: { "public-information": "warning" },
  check: (policy, report) => {
    policy.thirdPartyProvision?.otherGrounds?.forEach((ground, i) => {
      if (ground.kind === "business-necessity" || ground.kind === "public-information") {
        report(ground.kind, ["thirdPartyProvision", "otherGrounds", i], { id: ground.id })
      }
    })
  }
})
