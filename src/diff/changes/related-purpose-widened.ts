/**
 * A purpose covers more data categories, within what the reviewer judged reasonably related.
 *
 * @since 0.1.0
 */
import { at, defineChange, widensScope } from "../ChangeRule.ts"

export default defineChange({
  id: "related-purpose-widened",
  impact: "notify",
  article: { en: "APPI 17(2), 21(3)", ja: "個人情報保護法17条2項・21条3項" },
  explain: {
    en: "a purpose covers more categories of data, within what is reasonably related (as the reviewer judged): notify the persons or publish",
    ja: "利用目的の対象となる種別の拡大（関連性があるとのレビューでの判断による）。本人に通知し、又は公表する必要がある"
  },
  matches: (edit, context) => at(edit, "purposes.items.*.categories") && widensScope(edit, context) && context.related.has(edit.keys[0]!)
})
