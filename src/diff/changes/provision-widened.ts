/**
 * A provision covers more: more categories, items, purposes or recipients, or a basis other than consent.
 *
 * @since 0.1.0
 */
import { addsTo, at, defineChange, widensScope } from "../ChangeRule.ts"

const PROVISION = "thirdPartyProvision.provisions.*"

export default defineChange({
  id: "provision-widened",
  impact: "consent",
  article: { en: "APPI 27(1)", ja: "個人情報保護法27条1項" },
  explain: {
    en: "a provision to third parties covers more data, purposes or recipients than the persons consented to: the addition needs their prior consent",
    ja: "第三者提供の対象（種別・項目・目的・提供先）の拡大。本人が同意した範囲を超えるため、あらかじめ本人の同意が必要"
  },
  hint: {
    en: "a reworded item or purpose counts as a new one: if the wording only clarifies, the change is editorial",
    ja: "項目・目的の文言の変更も追加とみなしている。表記の修正のみであれば影響はない"
  },
  matches: (edit, context) =>
    (at(edit, `${PROVISION}.categories`) && widensScope(edit, context)) ||
    addsTo(edit, `${PROVISION}.items`) ||
    addsTo(edit, `${PROVISION}.purposes`) ||
    (at(edit, `${PROVISION}.recipients.*`) && edit.kind === "added") ||
    (at(edit, `${PROVISION}.recipients`) && edit.kind === "added") ||
    (at(edit, `${PROVISION}.basis`) && edit.before === "consent")
})
