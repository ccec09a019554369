/**
 * A recipient abroad with a system meeting the Commission's standard
 * (基準適合体制, Rule 16) is declared — a provision's recipient, an outsourcee
 * or a joint user. It is not a 「外国にある第三者」 (28(1)), so the 28(1)
 * consent is not needed and Art. 27 applies in full; the operator takes the
 * measures of 28(3) and gives the person information on them on request.
 *
 * @since 0.2.0
 */
import { countryClass } from "../../model/facts.ts"
import { asJson, at, defineChange, fieldOf, isEntry } from "../ChangeRule.ts"
import { type Json, valueAt } from "../Json.ts"

const systemBasedAbroad = (recipient: Json | undefined): boolean => {
  const country = fieldOf(recipient, "country")
  return typeof country === "string" && countryClass(country) === "foreign" && fieldOf(recipient, "systemBased") !== undefined
}

const LISTS = ["thirdPartyProvision.provisions.*.recipients", "outsourcing.entrustees", "jointUses.*.users"] as const

export default defineChange({
  id: "system-based-recipient-added",
  impact: "publish",
  matches: (edit, context) => {
    if (edit.kind === "removed") return false
    for (const list of LISTS) {
      if (isEntry(edit, list, "added")) return systemBasedAbroad(edit.after)
      if (at(edit, `${list}.*.systemBased`) || at(edit, `${list}.*.country`)) return systemBasedAbroad(valueAt(asJson(context.after), edit.path.slice(0, -1)))
    }
    return false
  }
})
