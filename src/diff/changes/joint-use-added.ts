/**
 * A joint use (共同利用) added.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-added",
  impact: "consent",
  article: { en: "APPI 27(1), 27(5)(iii), 27(6)", ja: "個人情報保護法27条1項・27条5項3号・27条6項" },
  explain: {
    en: "a new joint use: its users and items were not notified when the data was acquired, so sharing data already held needs the person's consent",
    ja: "共同利用の追加。取得時に共同利用する者・項目が通知等されていないため、取得済みの個人データを共同利用するには本人の同意が必要"
  },
  hint: {
    en: "for data acquired after the notice, notifying the five items of 27(5)(iii) in advance suffices",
    ja: "通知後に取得する個人データについては、27条5項3号の事項をあらかじめ通知等すれば足りる"
  },
  matches: (edit) => isEntry(edit, "jointUses", "added")
})
