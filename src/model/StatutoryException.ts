/**
 * The closed catalogs of statutory grounds. They are kept apart on purpose:
 * the 18(3)/27(1) list (use beyond purpose, provision without consent) is
 * worded alike in 18(3), 20(2) and 27(1); Art. 21(4) (purpose need not be
 * notified) and Art. 33(2) (disclosure may be refused) are different lists.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { LocalizedText } from "./primitives.ts"

/**
 * Art. 18(3) / 27(1) items ①–④, plus the academic-research items 5–7 that
 * only academic operators may claim.
 *
 * @since 0.1.0
 */
export const StatutoryExceptionId = Schema.Literals([
  "laws-and-regulations",
  "life-body-property",
  "public-health-children",
  "state-cooperation",
  "academic-research-institution",
  "academic-research-provision",
  "academic-research-joint"
]).annotate({
  identifier: "StatutoryExceptionId",
  title: "Statutory exception (法令上の例外, 18条3項・27条1項各号)",
  description:
    "laws-and-regulations (① 法令に基づく場合), life-body-property (② 人の生命、身体又は財産の保護), public-health-children (③ 公衆衛生・児童の健全育成), state-cooperation (④ 国の機関等への協力), and the academic-research items."
})
/** @since 0.1.0 */
export type StatutoryExceptionId = typeof StatutoryExceptionId.Type

/** Art. 21(4): grounds for not notifying or publishing a purpose. @since 0.1.0 */
export const NonNotificationGroundId = Schema.Literals([
  "harm-to-person-or-third-party",
  "harm-to-operator",
  "state-cooperation",
  "obvious-from-circumstances"
]).annotate({
  identifier: "NonNotificationGroundId",
  title: "Ground for not notifying a purpose (21条4項各号)",
  description:
    "harm-to-person-or-third-party (本人又は第三者の権利利益を害するおそれ), harm-to-operator (事業者の権利又は正当な利益を害するおそれ), state-cooperation (国の機関等への協力), obvious-from-circumstances (取得の状況からみて利用目的が明らか)."
})
/** @since 0.1.0 */
export type NonNotificationGroundId = typeof NonNotificationGroundId.Type

/** Art. 33(2): grounds for refusing disclosure. @since 0.1.0 */
export const DisclosureRefusalGroundId = Schema.Literals(["harm-to-person-or-third-party", "serious-business-hindrance", "violates-other-law"]).annotate({
  identifier: "DisclosureRefusalGroundId",
  title: "Ground for refusing disclosure (33条2項各号)",
  description:
    "harm-to-person-or-third-party (本人又は第三者の生命、身体、財産その他の権利利益を害するおそれ), serious-business-hindrance (業務の適正な実施に著しい支障), violates-other-law (他の法令に違反)."
})
/** @since 0.1.0 */
export type DisclosureRefusalGroundId = typeof DisclosureRefusalGroundId.Type

/**
 * A reference to a catalog item, optionally with the policy's own wording
 * when it departs from the statute's (seed 004 says 健康 and 子ども).
 */
const catalogRef = <S extends Schema.Top>(id: S, identifier: string, title: string) =>
  Schema.Struct({
    id,
    wording: Schema.optionalKey(LocalizedText.annotateKey({ description: "The policy's own wording, when it differs from the statute's." }))
  }).annotate({ identifier, title })

/** @since 0.1.0 */
export const StatutoryExceptionRef = catalogRef(StatutoryExceptionId, "StatutoryExceptionRef", "Statutory exception (各号)")
/** @since 0.1.0 */
export type StatutoryExceptionRef = typeof StatutoryExceptionRef.Type
/** @since 0.1.0 */
export const NonNotificationGroundRef = catalogRef(NonNotificationGroundId, "NonNotificationGroundRef", "Ground for not notifying a purpose (21条4項)")
/** @since 0.1.0 */
export const DisclosureRefusalGroundRef = catalogRef(DisclosureRefusalGroundId, "DisclosureRefusalGroundRef", "Ground for refusing disclosure (33条2項)")

/** Use beyond the purposes (目的外利用): consent, save for the 18(3) exceptions. @since 0.1.0 */
export const UseBeyondPurpose = Schema.Struct({
  consentRequired: Schema.Boolean.annotate({ description: "Use beyond the purposes needs the person's consent (同意)." }),
  exceptions: Schema.Array(StatutoryExceptionRef),
  text: Schema.optionalKey(LocalizedText.annotateKey({ description: "The sentence that introduces the exceptions, as published." }))
}).annotate({ identifier: "UseBeyondPurpose", title: "Use beyond the purposes (利用目的による制限の例外, 18条3項)" })
