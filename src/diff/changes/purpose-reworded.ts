/**
 * A purpose's text or notes changed. Whether the new wording stays within what
 * is reasonably related to the old cannot be read from the structure; rewording
 * within it is what 17(2) allows, so the change is classified as a notified
 * change of purpose, and the hint asks the reviewer to confirm.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-reworded",
  impact: "notify",
  article: { en: "APPI 17(2), 21(3)", ja: "個人情報保護法17条2項・21条3項" },
  explain: {
    en: "the wording of a purpose changed: a change of purpose must be notified to the persons or published",
    ja: "利用目的の文言の変更。利用目的の変更は本人に通知し、又は公表する必要がある"
  },
  hint: {
    en: "review the new wording: if it goes beyond what is reasonably related to the old purpose, it needs the person's consent (17(2), 18(1)); if it only corrects the wording, it is editorial",
    ja: "新しい文言を確認すること。変更前の利用目的と関連性を有すると合理的に認められる範囲を超える場合は本人の同意が必要（17条2項・18条1項）。表記の修正のみであれば影響はない"
  },
  matches: (edit) => within(edit, "purposes.items.*.text", "purposes.items.*.notes")
})
