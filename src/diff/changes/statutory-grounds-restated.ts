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
