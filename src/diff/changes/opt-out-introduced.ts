/**
 * The policy starts providing data by opt-out (27(2)).
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-introduced",
  impact: "notify-in-advance",
  article: { en: "APPI 27(2)", ja: "個人情報保護法27条2項" },
  explain: {
    en: "provision by opt-out starts: its items must be notified to the persons (or made easily known) and filed with the PPC before any data is provided",
    ja: "オプトアウトによる第三者提供の開始。提供の前に、所定の事項を本人に通知し（又は容易に知り得る状態に置き）、個人情報保護委員会に届け出る必要がある"
  },
  hint: {
    en: "never for special-care data or data itself obtained by opt-out",
    ja: "要配慮個人情報やオプトアウトにより取得した個人データは対象にできない"
  },
  matches: (edit) => at(edit, "thirdPartyProvision.optOut") && edit.kind === "added"
})
