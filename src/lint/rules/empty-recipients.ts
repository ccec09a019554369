/**
 * A declared recipients list that is empty (seed 001's 提供先 heading with nothing under it).
 *
 * @since 0.1.0
 */
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "empty-recipients",
  severity: "warning",
  citation: [appi(27, 1), appi(28, 2)],
  check: (policy, report) => {
    policy.thirdPartyProvision?.provisions?.forEach((provision, i) => {
      if (provision.recipients !== undefined && provision.recipients.length === 0) {
        report("empty", ["thirdPartyProvision", "provisions", i, "recipients"], { id: provision.id })
      }
    })
  }
})
