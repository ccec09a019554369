/**
 * A recipient abroad with a system meeting the standard: the operator tells
 * the person, on request, about the measures it takes for the recipient
 * (28(3), Enforcement Rules 18(3)).
 *
 * @since 0.2.0
 */
import { countryClass } from "../../model/facts.ts"
import { destinations } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "system-based-statement",
    severity: "warning",
    severityReason: {
      en: "warning: 28(3) is a duty to answer when asked; the policy need not say it, and the document cannot show that the answer would not be given",
      ja: "警告: 28条3項は求めに応じて情報を提供する義務であり、方針に書くことまでは求められていない。求められても提供しないことは文書からは分からない"
    },
    citation: { en: "APPI 28(3); Enforcement Rules 18", ja: "個人情報保護法28条3項、施行規則18条" },
    description: {
      en: "for a recipient abroad with a system meeting the standard, the policy says that information on the measures is given on request",
      ja: "基準適合体制を整備した外国の提供先について、措置に関する情報を求めに応じて提供する旨が示されている"
    },
    docs: {
      en: "A recipient abroad whose system meets the Commission's standard (基準適合体制, Rule 16) is not a 「外国にある第三者」 (28(1)), so no 28(1) consent is needed. In exchange the operator must take the measures needed to ensure the recipient keeps implementing it, and must give the person, on request, information on those measures (Art. 28(3), Enforcement Rules 18(1) and 18(3)). Saying so in the policy (`systemBased.informationOnRequest: true`) tells the person that they may ask. The rule reads every recipient, outsourcee and joint user marked `systemBased` that is not in Japan or a Rule 15 country.",
      ja: "基準適合体制（規則16条）を整備した外国の提供先は「外国にある第三者」に当たらず（28条1項）、28条1項の同意は要らない。その代わり事業者は、提供先による継続的な実施を確保するために必要な措置を講じ、本人の求めに応じてその措置に関する情報を提供しなければならない（28条3項、施行規則18条1項・3項）。方針にその旨を記載すれば（`systemBased.informationOnRequest: true`）、本人は求めることができると分かる。このルールは、国内でも規則15条の国でもない `systemBased` の提供先・委託先・共同利用者を読む。"
    },
    messages: {
      "no-information-on-request": {
        en: "`{name}` in `{country}` is system-based, but the policy does not say that information on the measures for it is given on request",
        ja: "`{country}` の `{name}` は基準適合体制によるが、その措置に関する情報を求めに応じて提供する旨がない",
        help: {
          en: "say so and set `systemBased.informationOnRequest: true` (28(3), Rule 18(3))",
          ja: "その旨を記載し `systemBased.informationOnRequest: true` とする（28条3項、規則18条3項）"
        }
      }
    }
  },
  check: (policy, report) => {
    for (const destination of destinations(policy)) {
      const { systemBased, country } = destination
      if (systemBased === undefined || systemBased.informationOnRequest === true) continue
      if (country !== undefined && countryClass(country) !== "foreign") continue
      report("no-information-on-request", [...destination.path, "systemBased"], { name: destination.name, country: country ?? "?" })
    }
  }
})
