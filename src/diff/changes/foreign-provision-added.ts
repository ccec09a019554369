/**
 * Personal data may now go to a recipient in a foreign country: a recipient
 * abroad added (or moved abroad), or a provision that now "may include foreign recipients".
 *
 * @since 0.1.0
 */
import { asJson, at, defineChange, fieldOf, isEntry } from "../ChangeRule.ts"
import { countryClass } from "../../model/facts.ts"
import { type Json, valueAt } from "../Json.ts"

const PROVISIONS = "thirdPartyProvision.provisions"

const abroad = (country: Json | undefined): boolean => typeof country === "string" && countryClass(country) === "foreign"

/** A recipient 28(1) applies to: in a foreign country (not EEA/UK), without a Rule 16 system. */
const foreignRecipient = (recipient: Json | undefined): boolean => abroad(fieldOf(recipient, "country")) && fieldOf(recipient, "systemBased") === undefined

const foreignRecipients = (recipients: Json | undefined): boolean => Array.isArray(recipients) && recipients.some(foreignRecipient)

export default defineChange({
  id: "foreign-provision-added",
  impact: "consent",
  article: { en: "APPI 28(1)", ja: "個人情報保護法28条1項" },
  explain: {
    en: "personal data may now be provided to a third party in a foreign country: that needs the person's prior consent to provision abroad, given with the information of 28(2)",
    ja: "外国にある第三者への提供の追加。28条2項の情報を提供した上で、外国にある第三者への提供を認める旨の本人の同意が必要"
  },
  hint: {
    en: "not needed for a country the Commission recognises (EEA members, UK: Rule 15) or a recipient with a system meeting the standard (28(1), Rule 16); for those Art. 27 applies in full: consent, an item of 27(1), opt-out or 27(5)",
    ja: "個人情報保護委員会が認める国（EEA加盟国・英国、規則15条）や基準適合体制を整備した者（28条1項、規則16条）への提供は除く。その場合は27条が全面的に適用される（同意、27条1項各号、オプトアウト又は27条5項）"
  },
  matches: (edit, context) => {
    if (isEntry(edit, PROVISIONS, "added")) return fieldOf(edit.after, "mayIncludeForeignRecipients") === true || foreignRecipients(fieldOf(edit.after, "recipients"))
    if (edit.kind === "removed") return false
    if (at(edit, `${PROVISIONS}.*.mayIncludeForeignRecipients`)) return edit.after === true
    if (at(edit, `${PROVISIONS}.*.recipients`)) return foreignRecipients(edit.after)
    if (at(edit, `${PROVISIONS}.*.recipients.*`)) return foreignRecipient(edit.after)
    if (at(edit, `${PROVISIONS}.*.recipients.*.country`)) return abroad(edit.after) && foreignRecipient(valueAt(asJson(context.after), edit.path.slice(0, -1)))
    return false
  }
})
