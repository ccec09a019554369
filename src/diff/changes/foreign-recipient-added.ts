/**
 * An outsourcee or a joint user in a foreign country (not a Rule 15 country,
 * without a Rule 16 system) is added, or an existing one moves abroad or
 * loses its system: 28(1) second sentence disapplies 27(5), so the data can
 * go to it only with the person's consent to provision abroad (or on an item
 * of 27(1)). PPC Q&A 12-1 says so for 委託.
 *
 * @since 0.2.0
 */
import { countryClass } from "../../model/facts.ts"
import { asJson, at, defineChange, fieldOf, isEntry } from "../ChangeRule.ts"
import { type Json, valueAt } from "../Json.ts"

/** A recipient entry (an outsourcee, a joint user) a 「外国にある第三者」 in the sense of 28(1). */
export const isAbroad = (recipient: Json | undefined): boolean => {
  const country = fieldOf(recipient, "country")
  return typeof country === "string" && countryClass(country) === "foreign" && fieldOf(recipient, "systemBased") === undefined
}

const anyAbroad = (recipients: Json | undefined): boolean => Array.isArray(recipients) && recipients.some(isAbroad)

const RECIPIENT_LISTS = ["outsourcing.entrustees", "jointUses.*.users"] as const

export default defineChange({
  id: "foreign-recipient-added",
  impact: "consent",
  matches: (edit, context) => {
    if (edit.kind === "removed") return false
    if (isEntry(edit, "jointUses", "added")) return anyAbroad(fieldOf(edit.after, "users"))
    if (isEntry(edit, "outsourcing.entrustees", "added") || isEntry(edit, "jointUses.*.users", "added")) return isAbroad(edit.after)
    if (at(edit, "outsourcing.entrustees") || at(edit, "jointUses.*.users") || at(edit, "outsourcing")) {
      const list = at(edit, "outsourcing") ? fieldOf(edit.after, "entrustees") : edit.after
      return anyAbroad(list)
    }
    // A country changed, or a system dropped, on an existing outsourcee or joint user.
    for (const list of RECIPIENT_LISTS) {
      if (at(edit, `${list}.*.country`) || at(edit, `${list}.*.systemBased`)) return isAbroad(valueAt(asJson(context.after), edit.path.slice(0, -1)))
    }
    return false
  }
})
