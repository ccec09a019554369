/**
 * Art. 28(1) disapplies Art. 27 for a 「外国にある第三者」: no opt-out
 * provision abroad, and outsourcing or joint use with a party abroad needs
 * the 28(1) consent (PPC Q&A 12-1), unless the country is a Rule 15 country
 * or the party has a Rule 16 system.
 *
 * @since 0.2.0
 */
import type { Policy } from "../../model/Policy.ts"
import { coveredCategories, type Destination, destinations, isForeignThirdParty } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/**
 * The policy states a 28(1) consent for this destination: a consent-based
 * provision that reaches recipients abroad — `mayIncludeForeignRecipients`,
 * or a recipient in the destination's country — and covers every category
 * that goes there.
 *
 * @since 0.2.0
 */
export const foreignConsentStated = (policy: Policy, destination: Destination): boolean => {
  const needed = coveredCategories(policy, destination.categories).map(({ category }) => category.id)
  return (policy.thirdPartyProvision?.provisions ?? []).some((provision) => {
    if (provision.basis !== "consent") return false
    const abroad = provision.mayIncludeForeignRecipients === true || (provision.recipients ?? []).some((r) => r.country === destination.country)
    const covered = new Set(coveredCategories(policy, provision.categories).map(({ category }) => category.id))
    return abroad && needed.every((id) => covered.has(id))
  })
}

const consentHelp = {
  en: "obtain the person's consent to provision abroad, after the 28(2) information, and state it (a consent-based provision with `mayIncludeForeignRecipients` or a recipient in `{country}`, covering the data); or choose a party with a Rule 16 system (`systemBased`)",
  ja: "28条2項の情報を提供した上で外国にある第三者への提供について本人の同意を得て、その旨を記載する（`mayIncludeForeignRecipients` 又は `{country}` の提供先を持ち、そのデータを対象とする同意による提供）。又は規則16条の体制を整備した相手を選ぶ（`systemBased`）"
}

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "foreign-route",
    severity: "error",
    severityReason: {
      en: "error for opt-out provision abroad: the document states a provision without consent to a 「外国にある第三者」, for which 28(1) disapplies 27(2). Warning for outsourcing or joint use abroad: the 28(1) consent may be obtained outside the policy (when the person signs up), which the document cannot show",
      ja: "外国へのオプトアウトによる提供はエラー: 28条1項が27条2項の適用を除く「外国にある第三者」への同意なき提供を文書が述べている。外国への委託・共同利用は警告: 28条1項の同意は方針の外（登録時など）で得ているかもしれず、文書からは分からない"
    },
    citation: { en: "APPI 28(1); Enforcement Rules 15, 16; PPC Q&A 12-1", ja: "個人情報保護法28条1項、施行規則15条・16条、個人情報保護法Q&A 12-1" },
    description: {
      en: "no opt-out provision abroad; outsourcing and joint use abroad rest on a stated 28(1) consent",
      ja: "外国にある第三者にオプトアウトで提供せず、外国への委託・共同利用には28条1項の同意が示されている"
    },
    docs: {
      en: "For a third party in a foreign country, Art. 28(1) requires the person's prior consent to provision abroad, 「前条第一項各号に掲げる場合を除くほか」, and its second sentence disapplies Art. 27 (「この場合においては、同条の規定は、適用しない」): opt-out (27(2)) is no route abroad, and neither are outsourcing, succession and joint use (27(5)) — the PPC says so for outsourcing (Q&A 12-1). Outside the rule: countries the PPC recognises as equivalent (Rule 15: EEA members and the United Kingdom) and parties with a system meeting the Commission's standard (Rule 16, `systemBased`), for which Art. 27 applies in full. What counts as the 28(1) consent statement: a consent-based provision of the policy (`basis: consent`) that reaches recipients abroad — `mayIncludeForeignRecipients: true`, or a recipient in the same country — and covers every category the outsourcee or joint user receives. A general consent to provision in Japan is not one (28(1) asks consent to provision abroad, given after the 28(2) information). Recipients, outsourcees and joint users without a country are not reported here.",
      ja: "外国にある第三者への提供には、「前条第一項各号に掲げる場合を除くほか」、あらかじめ外国にある第三者への提供を認める旨の本人の同意が必要であり（28条1項）、同項後段は27条を適用しない（「この場合においては、同条の規定は、適用しない」）。オプトアウト（27条2項）は外国への提供の根拠にならず、委託・事業承継・共同利用（27条5項）も同じである（委託について Q&A 12-1）。対象外: 委員会が同等と認める国（規則15条: EEA 加盟国と英国）と、基準適合体制を整備した相手（規則16条、`systemBased`）。これらには27条がそのまま適用される。28条1項の同意の記載とみなすもの: 同意による提供（`basis: consent`）で、外国にある提供先に及び（`mayIncludeForeignRecipients: true` 又は同じ国の提供先）、委託先・共同利用者が受け取る全ての種別を対象とするもの。国内での提供への一般的な同意はこれに当たらない（28条1項の同意は、28条2項の情報を提供した上での外国への提供への同意である）。国の記載のない提供先・委託先・共同利用者はここでは報告しない。"
    },
    messages: {
      "opt-out-abroad": {
        en: "the opt-out provision `{id}` goes to `{name}` in `{country}`, a third party abroad, for which 28(1) disapplies opt-out",
        ja: "オプトアウトによる提供 `{id}` の提供先 `{name}` は `{country}` にある外国にある第三者であり、28条1項によりオプトアウトは使えない",
        help: {
          en: "provide to it only with the person's consent to provision abroad (28(1)), or to a recipient with a Rule 16 system",
          ja: "外国にある第三者への提供についての本人の同意（28条1項）を得て提供するか、規則16条の体制を整備した提供先に限る"
        }
      },
      "opt-out-may-be-abroad": {
        en: "the opt-out provision `{id}` may go to recipients abroad, for which 28(1) disapplies opt-out",
        ja: "オプトアウトによる提供 `{id}` は外国にある提供先を含みうるが、28条1項により外国にある第三者にはオプトアウトは使えない",
        help: { en: "limit the opt-out to recipients in Japan (or Rule 15 countries, or with a Rule 16 system)", ja: "オプトアウトの提供先を国内（又は規則15条の国、規則16条の体制のある者）に限る" }
      },
      "entrustee-abroad": {
        severity: "warning",
        en: "the outsourcee `{name}` is in `{country}`, but the policy states no consent to provision abroad for it",
        ja: "委託先 `{name}` は `{country}` にあるが、外国にある第三者への提供の同意が示されていない",
        help: consentHelp
      },
      "joint-user-abroad": {
        severity: "warning",
        en: "the joint user `{name}` is in `{country}`, but the policy states no consent to provision abroad for it",
        ja: "共同利用者 `{name}` は `{country}` にあるが、外国にある第三者への提供の同意が示されていない",
        help: consentHelp
      }
    }
  },
  check: (policy, report) => {
    const provisions = policy.thirdPartyProvision?.provisions ?? []
    provisions.forEach((provision, i) => {
      if (provision.basis !== "opt-out") return
      const recipients = provision.recipients ?? []
      if (provision.mayIncludeForeignRecipients === true && !recipients.some((r) => r.country !== undefined && r.country !== "JP")) {
        report("opt-out-may-be-abroad", ["thirdPartyProvision", "provisions", i, "mayIncludeForeignRecipients"], { id: provision.id })
      }
    })
    for (const destination of destinations(policy)) {
      if (!isForeignThirdParty(destination)) continue
      const data = { name: destination.name, country: destination.country! }
      if (destination.kind === "recipient") {
        if (destination.provision?.basis === "opt-out") report("opt-out-abroad", [...destination.path, "country"], { ...data, id: destination.provision.id })
      } else if (!foreignConsentStated(policy, destination)) {
        report(destination.kind === "entrustee" ? "entrustee-abroad" : "joint-user-abroad", [...destination.path, "country"], data)
      }
    }
  }
})
