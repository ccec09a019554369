/**
 * The policy no longer says the opt-out is filed with the Commission: without
 * the filing, 27(2) is no ground, so from then on provision needs the
 * person's consent (27(1)).
 *
 * @since 0.2.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-filing-withdrawn",
  impact: "consent",
  article: { en: "APPI 27(1), 27(2)", ja: "個人情報保護法27条1項・2項" },
  explain: {
    en: "the opt-out is no longer filed with the Commission: it stops being a ground, so provision needs the person's consent",
    ja: "オプトアウトの個人情報保護委員会への届出がなくなった。提供の根拠でなくなるため、提供には本人の同意が必要"
  },
  matches: (edit) => at(edit, "thirdPartyProvision.optOut.notifiedToCommission") && edit.before === true && edit.after !== true
})
