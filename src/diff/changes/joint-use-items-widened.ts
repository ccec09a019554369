/**
 * A joint use covers more data: items added or reworded, categories widened.
 *
 * @since 0.1.0
 */
import { addsTo, at, defineChange, widensScope } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-items-widened",
  impact: "consent",
  article: { en: "APPI 27(5)(iii), 27(6)", ja: "個人情報保護法27条5項3号・27条6項" },
  explain: {
    en: "the items of personal data used jointly grow: they cannot be changed by notice, so jointly using the new items needs the person's consent",
    ja: "共同利用する個人データの項目の拡大。通知等による変更は認められないため、追加された項目の共同利用には本人の同意が必要"
  },
  hint: {
    en: "a reworded item is taken as a new one; if the wording only clarifies, the change is editorial",
    ja: "項目の文言の変更も追加とみなしている。表記の修正のみであれば影響はない"
  },
  matches: (edit, context) => addsTo(edit, "jointUses.*.items") || (at(edit, "jointUses.*.categories") && widensScope(edit, context))
})
