/**
 * Joint use states everything 27(5)(iii) asks for.
 *
 * @since 0.1.0
 */
import { jointUseGaps } from "../../model/facts.ts"
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "joint-use-incomplete",
  severity: "warning",
  citation: [appi(27, 5, 3)],
  check: (policy, report) => {
    policy.jointUses?.forEach((jointUse, i) => {
      const at = ["jointUses", i] as const
      const { id } = jointUse
      const parties = jointUse.responsibleParties
      for (const gap of jointUseGaps(jointUse)) {
        switch (gap.kind) {
          case "items":
            report("no-items", [...at, "items"], { id })
            break
          case "users":
            report("no-users", [...at, "users"], { id })
            break
          case "purposes":
            report("no-purposes", [...at, "purposesText"], { id })
            break
          case "responsible-address":
            report("no-responsible-address", [...at, "responsibleParties", gap.party, "address"], { id, name: parties[gap.party]!.name.ja })
            break
          case "responsible-representative":
            report("no-responsible-representative", [...at, "responsibleParties", gap.party, "representatives"], { id, name: parties[gap.party]!.name.ja })
            break
          case "unnamed-representative":
            report("unnamed-representative", [...at, "responsibleParties", gap.party, "representatives", gap.index, "name"], {
              id,
              title: parties[gap.party]!.representatives?.[gap.index]?.title.ja ?? "?"
            })
        }
      }
    })
  }
})
