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
