/**
 * The policy stops promising consent before provision to third parties.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "provision-consent-dropped",
  impact: "consent",
  article: { en: "APPI 27(1)", ja: "個人情報保護法27条1項" },
  explain: {
    en: "the policy now says that provision to third parties needs no prior consent: a waiver the law does not allow (27(1), save its items, opt-out and 27(5)); no notice or consent makes the statement lawful, so revert it",
    ja: "第三者提供に本人の同意を要しない旨の記載への変更。法律上認められない（27条1項。各号・オプトアウト・27条5項の場合を除く）。通知や同意によって適法にはならないため、記載を元に戻す必要がある"
  },
  unlawful: true,
  matches: (edit) => at(edit, "thirdPartyProvision.consentRequired") && edit.before === true && edit.after === false
})
