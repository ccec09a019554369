/**
 * A purpose that a joint use covers (`purposes: all`, or named) is added,
 * widened, reworded, narrowed or dropped within what notice allows: the
 * joint users' purposes change, which 27(6) requires to be notified or made
 * easily knowable in advance — not merely after, as 21(3) would.
 *
 * @since 0.2.0
 */
import type { Policy } from "../../model/Policy.ts"
import { at, defineChange, isEntry, narrowsScope, within } from "../ChangeRule.ts"

/** A joint use of the policy uses the purpose `id`. */
export const jointlyUsed = (policy: Policy, id: string): boolean =>
  (policy.jointUses ?? []).some((jointUse) => jointUse.purposes === "all" || (jointUse.purposes ?? []).includes(id))

export default defineChange({
  id: "jointly-used-purpose-changed",
  impact: "notify-in-advance",
  matches: (edit, context) => {
    const id = edit.keys[0]
    const narrowed = at(edit, "purposes.items.*.categories") && narrowsScope(edit, context)
    if (id === undefined || !(isEntry(edit, "purposes.items") || within(edit, "purposes.items.*.text", "purposes.items.*.notes") || narrowed)) return false
    return jointlyUsed(context.before, id) || jointlyUsed(context.after, id)
  }
})
