/**
 * A joint use's responsible party was added, removed or renamed. A new name
 * is read as a different party (the stricter of the two readings); the hint
 * names the other.
 *
 * @since 0.1.0
 */
import { at, defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "responsible-party-replaced",
  impact: "notify-in-advance",
  article: { en: "APPI 27(6)", ja: "個人情報保護法27条6項" },
  explain: {
    en: "the party responsible for the jointly used data changed: notify the persons (or make it easily known) before the change",
    ja: "共同利用する個人データの管理について責任を有する者の変更。変更前に本人に通知し、又は容易に知り得る状態に置く必要がある"
  },
  hint: {
    en: "if the same party only changed its name, notifying without delay after the change is enough (27(6))",
    ja: "同一の者の名称の変更にすぎない場合は、変更後遅滞なく通知等すれば足りる（27条6項）"
  },
  matches: (edit) => at(edit, "jointUses.*.responsibleParties.*.name") || isEntry(edit, "jointUses.*.responsibleParties")
})
