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
  article: { en: "APPI 28(1), 28(3); Enforcement Rules 16, 18", ja: "個人情報保護法28条1項・3項、施行規則16条・18条" },
  explain: {
    en: "a recipient abroad with a system meeting the Commission's standard: not a 「外国にある第三者」, so no consent to provision abroad is needed and Art. 27 applies in full; the operator must take the measures of 28(3) and give the person information on them on request",
    ja: "基準適合体制を整備した外国の提供先等の追加。「外国にある第三者」に当たらないため外国にある第三者への提供の同意は不要で、27条が全面的に適用される。28条3項の措置を講じ、本人の求めに応じて情報を提供する必要がある"
  },
  hint: {
    en: "the provision itself is still decided by Art. 27: consent, an item of 27(1), opt-out, or outsourcing / joint use / succession (27(5))",
    ja: "提供そのものは27条による（同意、27条1項各号、オプトアウト、又は委託・共同利用・事業承継）"
  },
  matches: (edit, context) => {
    if (edit.kind === "removed") return false
    for (const list of LISTS) {
      if (isEntry(edit, list, "added")) return systemBasedAbroad(edit.after)
      if (at(edit, `${list}.*.systemBased`) || at(edit, `${list}.*.country`)) return systemBasedAbroad(valueAt(asJson(context.after), edit.path.slice(0, -1)))
    }
    return false
  }
})
