/**
 * Consent is the rule for use beyond the purposes (18(1)) and for provision (27(1)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "consent-default",
    severity: "error",
    severityReason: {
      en: "error: the document itself declares that consent is not needed, a practice Arts. 18(1) and 27(1) forbid; no fact outside the document can make the statement true",
      ja: "エラー: 同意を要しないと文書自体が宣言しており、18条1項・27条1項が禁じる取扱いである。文書の外の事実でこの記載が正しくなることはない"
    },
    citation: { en: "APPI 18(1), 27(1)", ja: "個人情報保護法18条1項・27条1項" },
    description: {
      en: "use beyond the purposes and provision to third parties need consent, save the statutory exceptions",
      ja: "目的外利用と第三者提供には、法定の例外を除き本人の同意が必要とされている"
    },
    docs: {
      en: "Without the person's prior consent an operator may not use personal information beyond what the purposes need (Art. 18(1)) nor provide personal data to a third party (Art. 27(1)), except in the statutory cases. A policy that declares consent unnecessary, without an opt-out for provision, claims a freedom the law does not give.",
      ja: "事業者は、あらかじめ本人の同意を得ないで、利用目的の達成に必要な範囲を超えて個人情報を取り扱ってはならず（18条1項）、個人データを第三者に提供してはならない（27条1項）。法定の場合を除く。同意を不要とする方針（提供についてはオプトアウトもないもの）は、法律が与えていない自由を主張している。"
    },
    messages: {
      "use-without-consent": {
        en: "use beyond the purposes is declared not to need consent",
        ja: "目的外利用に同意を要しないとしている",
        help: { en: "set `useBeyondPurpose.consentRequired: true`", ja: "`useBeyondPurpose.consentRequired: true` にする" }
      },
      "provision-without-consent": {
        en: "provision to third parties is declared not to need consent, and there is no opt-out",
        ja: "第三者提供に同意を要しないとしており、オプトアウトもない",
        help: { en: "set `thirdPartyProvision.consentRequired: true`, or declare a filed opt-out", ja: "`thirdPartyProvision.consentRequired: true` にするか、届け出たオプトアウトを記載する" }
      }
    }
  },
  check: (policy, report) => {
    if (policy.useBeyondPurpose?.consentRequired === false) report("use-without-consent", ["useBeyondPurpose", "consentRequired"])
    const provision = policy.thirdPartyProvision
    // An opt-out the policy only restates as a condition is no opt-out.
    if (provision?.consentRequired === false && (provision.optOut === undefined || provision.optOut.conditional === true)) report("provision-without-consent", ["thirdPartyProvision", "consentRequired"])
  }
})
