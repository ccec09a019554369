/**
 * The policy stops promising consent before use beyond the purposes.
 *
 * @since 0.1.0
 */
import { defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "beyond-purpose-consent-dropped",
  impact: "consent",
  article: { en: "APPI 18(1)", ja: "個人情報保護法18条1項" },
  explain: {
    en: "the policy no longer says that use beyond the purposes needs consent; the law still requires it, save the 18(3) exceptions",
    ja: "目的外利用に本人の同意を要する旨の記載の削除。18条3項の各号に該当する場合を除き、法律上は引き続き同意が必要"
  },
  matches: (edit) => edit.shape === "useBeyondPurpose.consentRequired" && edit.before === true && edit.after === false
})
