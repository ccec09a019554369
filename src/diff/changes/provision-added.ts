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
    en: "a provision by opt-out is `opt-out-provision-added`: prior notice and filing instead of consent",
    ja: "オプトアウトによる提供は `opt-out-provision-added`（同意に代えて事前の通知等と届出）"
  },
  matches: (edit) => isEntry(edit, "thirdPartyProvision.provisions", "added") && fieldOf(edit.after, "basis") === "consent"
})
