/**
 * A new provision arrangement declared to rest on opt-out: no consent, but
 * the 27(2) items must be notified or made easily knowable in advance and
 * filed with the Commission before provision starts.
 *
 * @since 0.2.0
 */
import { defineChange, fieldOf, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-provision-added",
  impact: "notify-in-advance",
  article: { en: "APPI 27(2), 27(3)", ja: "個人情報保護法27条2項・3項" },
  explain: {
    en: "a new provision by opt-out: the persons must be notified of the 27(2) items (or they made easily known) and the items filed with the Commission before provision starts",
    ja: "オプトアウトによる提供の追加。提供開始前に27条2項の事項を本人に通知し（又は容易に知り得る状態に置き）、個人情報保護委員会に届け出る必要がある"
  },
  hint: {
    en: "special-care data, data received by opt-out, My Number and pseudonymized data can never go by opt-out; nor can data to a recipient abroad (28(1))",
    ja: "要配慮個人情報、オプトアウトにより提供を受けたもの、特定個人情報、仮名加工情報はオプトアウトにより提供できない。外国にある第三者への提供も同様（28条1項）"
  },
  matches: (edit) => isEntry(edit, "thirdPartyProvision.provisions", "added") && fieldOf(edit.after, "basis") === "opt-out"
})
