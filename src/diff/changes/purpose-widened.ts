/**
 * A purpose now covers data categories it did not cover, and no reviewer judged it related.
 *
 * @since 0.1.0
 */
import { at, defineChange, widensScope } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-widened",
  impact: "consent",
  article: { en: "APPI 17(2), 18(1)", ja: "個人情報保護法17条2項・18条1項" },
  explain: {
    en: "a purpose now covers more categories of data: for those categories it is a new purpose, and using data already held for it needs the person's consent",
    ja: "利用目的の対象となる個人情報の種別の拡大。追加された種別にとっては新たな利用目的となり、取得済みの個人情報を利用するには本人の同意が必要"
  },
  hint: {
    en: "if the reviewer judges the wider purpose reasonably related to the old one, pass its id as related (`--related`): notice or publication then suffices (21(3))",
    ja: "関連性があると判断した場合は、その id を related（`--related`）に指定すれば通知又は公表で足りる（21条3項）"
  },
  matches: (edit, context) => at(edit, "purposes.items.*.categories") && widensScope(edit, context) && !context.related.has(edit.keys[0]!)
})
