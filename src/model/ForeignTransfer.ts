/**
 * Recipients in foreign countries (外国にある第三者, Art. 28): where a
 * recipient is, whether it has a system meeting the Commission's standard
 * (基準適合体制, 28(1), Enforcement Rules 16), and the Rule 17(3)/(4)
 * fallbacks when the country or the recipient's measures cannot be told at
 * the time of consent. Every kind of recipient carries the same fields:
 * provision recipients, outsourcees, joint users.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import { LocalizedText } from "./primitives.ts"

/**
 * The Rule 16 basis of a recipient's system: (i) a contract, or the
 * group's internal rules, that ensure measures equivalent to APPI's
 * (契約・内規等); (ii) a recognised international framework such as APEC CBPR
 * (国際的な枠組みに基づく認定).
 *
 * @since 0.2.0
 */
export const SystemBasis = Schema.Literals(["contract-or-rules", "international-framework"]).annotate({
  identifier: "SystemBasis",
  title: "Basis of the recipient's system (基準適合体制の根拠, 施行規則16条)",
  description: "contract-or-rules (契約・内規等による措置, 規則16条1号) or international-framework (国際的な枠組みに基づく認定, e.g. APEC CBPR, 規則16条2号)."
})
/** @since 0.2.0 */
export type SystemBasis = typeof SystemBasis.Type

/**
 * A recipient abroad with a system meeting the Commission's standard: it is
 * not a 「外国にある第三者」 (28(1)), so Art. 27 applies in full (consent, a
 * 27(1) item, opt-out or 27(5)); the operator takes the measures of 28(3)
 * and tells the person about them on request.
 *
 * @since 0.2.0
 */
export const SystemBasedTransfer = Schema.Struct({
  basis: SystemBasis,
  measures: Schema.optionalKey(LocalizedText.annotateKey({ description: "The operator's measures for the recipient's continued implementation (28(3), 規則18条1項)." })),
  informationOnRequest: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "The policy says the person is given information on those measures on request (28(3), 規則18条3項)." })
  )
}).annotate({ identifier: "SystemBasedTransfer", title: "System-based transfer (基準適合体制による移転, 28条1項・3項)" })
/** @since 0.2.0 */
export type SystemBasedTransfer = typeof SystemBasedTransfer.Type

/**
 * What the policy says when the country cannot be identified when consent is
 * sought (施行規則17条3項): the fact, the reason and any reference
 * information (e.g. the candidate countries).
 *
 * @since 0.2.0
 */
export const CountryUnidentified = Schema.Struct({
  reason: LocalizedText.annotateKey({ description: "Why the country cannot be identified (特定できない旨及びその理由)." }),
  reference: Schema.optionalKey(LocalizedText.annotateKey({ description: "Information that helps the person, e.g. candidate countries (参考となるべき情報)." }))
}).annotate({ identifier: "CountryUnidentified", title: "Country not identifiable (移転先国を特定できない場合, 規則17条3項)" })

/**
 * What the policy says when information on the recipient's measures cannot
 * be given (施行規則17条4項): the fact and the reason.
 *
 * @since 0.2.0
 */
export const MeasuresUnavailable = Schema.Struct({
  reason: LocalizedText.annotateKey({ description: "Why the measures cannot be told (提供できない旨及びその理由)." })
}).annotate({ identifier: "MeasuresUnavailable", title: "Recipient's measures not available (措置の情報を提供できない場合, 規則17条4項)" })
