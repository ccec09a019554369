/**
 * The policy stops promising consent before use beyond the purposes.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "beyond-purpose-consent-dropped",
  impact: "consent",
  article: { en: "APPI 18(1)", ja: "個人情報保護法18条1項" },
  explain: {
    en: "the policy now says that use beyond the purposes needs no consent: a waiver the law does not allow (18(1), save the 18(3) items); no notice or consent makes the statement lawful, so revert it",
    ja: "目的外利用に本人の同意を要しない旨の記載への変更。法律上認められない（18条1項、18条3項各号の場合を除く）。通知や同意によって適法にはならないため、記載を元に戻す必要がある"
  },
  unlawful: true,
  matches: (edit) => at(edit, "useBeyondPurpose.consentRequired") && edit.before === true && edit.after === false
})
