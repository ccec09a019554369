/**
 * The policy lists or words the statutory grounds differently: the exceptions
 * of 18(3) and 27(1), the 27(5) cases and other lawful grounds of provision,
 * the 21(4) grounds for not notifying a purpose, the 33(2) grounds for refusing
 * disclosure. They apply by law whether listed or not.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "statutory-grounds-restated",
  impact: "editorial",
  article: { en: "APPI 18(3), 21(4), 27(1), 27(5), 33(2)", ja: "個人情報保護法18条3項・21条4項・27条1項・27条5項・33条2項" },
  explain: {
    en: "the statutory grounds are listed or worded differently; they apply by law whether the policy lists them or not",
    ja: "法令上の例外事由の記載の変更。例外事由は方針への記載の有無にかかわらず法律により適用される"
  },
  hint: {
    en: "a ground worded wider than the statute does not widen it",
    ja: "法令より広い文言で記載しても、例外の範囲は広がらない"
  },
  matches: (edit) =>
    within(
      edit,
      "useBeyondPurpose.exceptions",
      "useBeyondPurpose.text",
      "thirdPartyProvision.exceptions",
      "thirdPartyProvision.exceptionsReference",
      "thirdPartyProvision.otherGrounds",
      "purposeNotice",
      "requests.refusalGrounds",
      "requests.refusalText"
    )
})
