/**
 * A provision arrangement added (data provided to third parties on consent or opt-out).
 *
 * @since 0.1.0
 */
import { defineChange, fieldOf, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "provision-added",
  impact: "consent",
  article: { en: "APPI 27(1)", ja: "個人情報保護法27条1項" },
  explain: {
    en: "personal data newly provided to third parties: that needs the person's prior consent",
    ja: "第三者提供の追加。あらかじめ本人の同意が必要"
  },
  hint: {
    en: "provision by opt-out (27(2)) replaces consent with prior notice and filing with the PPC, and is never allowed for special-care data",
    ja: "オプトアウト（27条2項）による場合は、同意に代えて事前の通知等と個人情報保護委員会への届出が必要。要配慮個人情報は対象にできない"
  },
  matches: (edit) => isEntry(edit, "thirdPartyProvision.provisions", "added") && fieldOf(edit.after, "basis") !== "statutory"
})
