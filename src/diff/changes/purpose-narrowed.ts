/**
 * A purpose no longer covers some data categories.
 *
 * @since 0.1.0
 */
import { at, defineChange, narrowsScope } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-narrowed",
  impact: "notify",
  article: { en: "APPI 21(3)", ja: "個人情報保護法21条3項" },
  explain: {
    en: "a purpose covers fewer categories of data: the purposes changed, so notify the persons or publish",
    ja: "利用目的の対象となる種別の縮小。利用目的の変更にあたるため、本人に通知し、又は公表する必要がある"
  },
  matches: (edit, context) => at(edit, "purposes.items.*.categories") && narrowsScope(edit, context)
})
