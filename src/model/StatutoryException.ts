/**
 * The closed catalogs of statutory grounds. They are kept apart on purpose:
 * 18(3) (use beyond the purposes, six items) and 27(1) (provision without
 * consent, seven items) share only items ①–④, whose wording is also that of
 * 20(2); their academic items differ. Art. 21(4) (purpose need not be
 * notified) and Art. 33(2) (disclosure may be refused) are other lists again.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { LocalizedText } from "./primitives.ts"

/**
 * Items ①–④, worded alike in 18(3), 20(2) and 27(1): laws and regulations
 * (法令（条例を含む。）に基づく場合); life, body or property; public health or
 * children; cooperation with state bodies.
 *
 * @since 0.2.0
 */
export const COMMON_EXCEPTION_IDS = ["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation"] as const

/**
 * Art. 18(3), the six grounds for use beyond the purposes without consent:
 * ①–④, (v) `academic-research-institution` — the operator is an academic
 * research institution and handles the data for academic research; (vi)
 * `academic-research-provision` — the data is provided to an academic
 * research institution that needs it for academic research. 18(3) has no
 * joint-research item (that is 27(1)(vi) only).
 *
 * @since 0.2.0
 */
export const UseExceptionId = Schema.Literals([...COMMON_EXCEPTION_IDS, "academic-research-institution", "academic-research-provision"]).annotate({
  identifier: "UseExceptionId",
  title: "Exception to the purpose limitation (利用目的による制限の例外, 18条3項各号)",
  description:
    "laws-and-regulations (① 法令に基づく場合), life-body-property (② 人の生命、身体又は財産の保護), public-health-children (③ 公衆衛生・児童の健全な育成), state-cooperation (④ 国の機関等への協力), academic-research-institution (五 学術研究機関等が学術研究目的で取り扱う), academic-research-provision (六 学術研究機関等に提供する)."
})
/** @since 0.2.0 */
export type UseExceptionId = typeof UseExceptionId.Type

/**
 * Art. 27(1), the seven grounds for provision without consent: ①–④, (v)
 * `academic-research-institution` — the operator is an academic research
 * institution and the provision is unavoidable to publish or teach research
 * results; (vi) `academic-research-joint` — the operator is an academic
 * research institution providing for joint research with the recipient;
 * (vii) `academic-research-provision` — the recipient is an academic research
 * institution that needs the data for academic research.
 *
 * @since 0.2.0
 */
export const ProvisionExceptionId = Schema.Literals([...COMMON_EXCEPTION_IDS, "academic-research-institution", "academic-research-joint", "academic-research-provision"]).annotate({
  identifier: "ProvisionExceptionId",
  title: "Exception to the consent for provision (第三者提供の制限の例外, 27条1項各号)",
  description:
    "laws-and-regulations (①), life-body-property (②), public-health-children (③), state-cooperation (④), academic-research-institution (五 学術研究の成果の公表又は教授のため), academic-research-joint (六 共同して学術研究を行う第三者への提供), academic-research-provision (七 学術研究機関等である第三者への提供)."
})
/** @since 0.2.0 */
export type ProvisionExceptionId = typeof ProvisionExceptionId.Type

/** Either list's item: what the render catalog and the lint speak of. @since 0.1.0 */
export type StatutoryExceptionId = UseExceptionId | ProvisionExceptionId

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

/** @since 0.2.0 */
export const UseExceptionRef = catalogRef(UseExceptionId, "UseExceptionRef", "Exception to the purpose limitation (18条3項各号)")
/** @since 0.2.0 */
export type UseExceptionRef = typeof UseExceptionRef.Type
/** @since 0.2.0 */
export const ProvisionExceptionRef = catalogRef(ProvisionExceptionId, "ProvisionExceptionRef", "Exception to the consent for provision (27条1項各号)")
/** @since 0.2.0 */
export type ProvisionExceptionRef = typeof ProvisionExceptionRef.Type
/** @since 0.1.0 */
export const NonNotificationGroundRef = catalogRef(NonNotificationGroundId, "NonNotificationGroundRef", "Ground for not notifying a purpose (21条4項)")
/** @since 0.1.0 */
export const DisclosureRefusalGroundRef = catalogRef(DisclosureRefusalGroundId, "DisclosureRefusalGroundRef", "Ground for refusing disclosure (33条2項)")

/** Use beyond the purposes (目的外利用): consent, save for the 18(3) exceptions. @since 0.1.0 */
export const UseBeyondPurpose = Schema.Struct({
  consentRequired: Schema.Boolean.annotate({ description: "Use beyond the purposes needs the person's consent (同意)." }),
  exceptions: Schema.Array(UseExceptionRef),
  text: Schema.optionalKey(LocalizedText.annotateKey({ description: "The sentence that introduces the exceptions, as published." }))
}).annotate({ identifier: "UseBeyondPurpose", title: "Use beyond the purposes (利用目的による制限の例外, 18条3項)" })
