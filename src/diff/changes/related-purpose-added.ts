/**
 * A purpose added that the reviewer judged reasonably related to the old ones (`related`).
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "related-purpose-added",
  impact: "notify",
  article: { en: "APPI 17(2), 21(3)", ja: "個人情報保護法17条2項・21条3項" },
  explain: {
    en: "a purpose added within what is reasonably related to the old purposes (as the reviewer judged): the changed purposes must be notified to the persons or published",
    ja: "変更前の利用目的と関連性を有すると合理的に認められる範囲内の追加（レビューでの判断による）。変更後の利用目的を本人に通知し、又は公表する必要がある"
  },
  matches: (edit, context) => isEntry(edit, "purposes.items", "added") && context.related.has(edit.keys[0]!)
})
