/**
 * Personal data may now go to a recipient in a foreign country: a recipient
 * abroad added (or moved abroad), or a provision that now "may include foreign recipients".
 *
 * @since 0.1.0
 */
import { defineChange, fieldOf, isEntry } from "../ChangeRule.ts"
import type { Json } from "../Json.ts"

const PROVISIONS = "thirdPartyProvision.provisions"

const abroad = (country: Json | undefined): boolean => typeof country === "string" && country !== "JP"

const foreignRecipients = (recipients: Json | undefined): boolean => Array.isArray(recipients) && recipients.some((recipient) => abroad(fieldOf(recipient, "country")))

export default defineChange({
  id: "foreign-provision-added",
  impact: "consent",
  article: { en: "APPI 28(1)", ja: "個人情報保護法28条1項" },
  explain: {
    en: "personal data may now be provided to a third party in a foreign country: that needs the person's prior consent to provision abroad, given with the information of 28(2)",
    ja: "外国にある第三者への提供の追加。28条2項の情報を提供した上で、外国にある第三者への提供を認める旨の本人の同意が必要"
  },
  hint: {
    en: "not needed for a country the PPC recognises as equivalent (EEA members, UK) or a recipient with an equivalent system (28(3)); consent under 27(1) is still needed",
    ja: "個人情報保護委員会が認める国（EEA加盟国・英国）や基準適合体制を整備した者（28条3項）への提供は除く。その場合も27条1項の同意は必要"
  },
  matches: (edit) => {
    if (isEntry(edit, PROVISIONS, "added")) return fieldOf(edit.after, "mayIncludeForeignRecipients") === true || foreignRecipients(fieldOf(edit.after, "recipients"))
    if (edit.kind === "removed") return false
    switch (edit.shape) {
      case `${PROVISIONS}.*.mayIncludeForeignRecipients`:
        return edit.after === true
      case `${PROVISIONS}.*.recipients`:
        return foreignRecipients(edit.after)
      case `${PROVISIONS}.*.recipients.*`:
        return abroad(fieldOf(edit.after, "country"))
      case `${PROVISIONS}.*.recipients.*.country`:
        return abroad(edit.after)
      default:
        return false
    }
  }
})
