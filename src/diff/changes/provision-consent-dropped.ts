/**
 * The policy stops promising consent before provision to third parties.
 *
 * @since 0.1.0
 */
import { defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "provision-consent-dropped",
  impact: "consent",
  article: { en: "APPI 27(1)", ja: "個人情報保護法27条1項" },
  explain: {
    en: "the policy no longer says that provision to third parties needs prior consent; the law still requires it, save the 27(1) exceptions, opt-out and 27(5)",
    ja: "第三者提供にあらかじめ本人の同意を要する旨の記載の削除。27条1項各号・オプトアウト・27条5項の場合を除き、法律上は引き続き同意が必要"
  },
  matches: (edit) => edit.shape === "thirdPartyProvision.consentRequired" && edit.before === true && edit.after === false
})
