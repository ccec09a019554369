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
  article: { en: "APPI 27(6), 21(3)", ja: "個人情報保護法27条6項・21条3項" },
  explain: {
    en: "a purpose that a joint use covers changed: the joint users' purposes change, so the persons must be notified (or it made easily known) before the change",
    ja: "共同利用の対象となる利用目的の変更。利用する者の利用目的の変更にあたるため、あらかじめ本人に通知し、又は容易に知り得る状態に置く必要がある"
  },
  hint: {
    en: "a purpose beyond what is reasonably related to the old ones still needs consent (17(2), 18(1)); this kind applies to the changes notice allows",
    ja: "変更前の利用目的と関連性を有すると合理的に認められる範囲を超える場合は本人の同意が必要（17条2項・18条1項）"
  },
  matches: (edit, context) => {
    const id = edit.keys[0]
    const narrowed = at(edit, "purposes.items.*.categories") && narrowsScope(edit, context)
    if (id === undefined || !(isEntry(edit, "purposes.items") || within(edit, "purposes.items.*.text", "purposes.items.*.notes") || narrowed)) return false
    return jointlyUsed(context.before, id) || jointlyUsed(context.after, id)
  }
})
