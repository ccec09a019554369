/**
 * Provision to third parties (第三者提供, Art. 27–28), including opt-out
 * (オプトアウト, 27(2)) and recipients in foreign countries (28).
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { CountryUnidentified, MeasuresUnavailable, SystemBasedTransfer } from "./ForeignTransfer.ts"
import { CategoryScope } from "./Purpose.ts"
import { CountryCode, Id, IsoDate, LocalizedText, TextList, ProperName } from "./primitives.ts"
import { ProvisionExceptionRef } from "./StatutoryException.ts"

/**
 * Extra grounds a policy lists besides consent and the statutory exceptions.
 * Outsourcing, business succession and joint use are not third-party
 * provision at all (27(5)); policies still list them, so they are kept.
 *
 * @since 0.1.0
 */
export const ProvisionGroundKind = Schema.Literals([
  "outsourcing",
  "business-succession",
  "joint-use",
  "consent",
  "business-necessity",
  "public-information",
  "opt-out",
  "other-law"
]).annotate({ identifier: "ProvisionGroundKind", title: "Kind of provision ground (提供の根拠)" })

/** @since 0.1.0 */
export const ProvisionGround = Schema.Struct({
  id: Id,
  kind: ProvisionGroundKind,
  text: LocalizedText,
  items: Schema.optionalKey(TextList.annotate({ description: "Sub-items the ground lists (e.g. the matters notified for joint use, ①–⑥)." })),
  form: Schema.optionalKey(
    Schema.Literals(["item", "sentence"]).annotate({
      description: "`sentence`: the policy writes this ground as a sentence after the list (a proviso such as 「その他法令に基づく場合は、この限りではありません。」), not as an item of it. Default `item`."
    })
  )
}).annotate({ identifier: "ProvisionGround", title: "Other ground for provision (その他の提供事由)" })

/** The kinds that are not provision to a third party at all (27(5)): a list of their own unless the policy merges them. @since 0.1.0 */
export const NOT_THIRD_PARTY_KINDS: ReadonlySet<typeof ProvisionGroundKind.Type> = new Set(["outsourcing", "business-succession", "joint-use"])

/**
 * A list of cases as the policy lays it out: its lead text and, in order, the
 * ids of the statutory exceptions and other grounds it lists;
 * `statutory-exceptions` stands for the 27(1) exceptions cited as one item
 * (「4. (1)～(4)に該当するとき」).
 *
 * @since 0.1.0
 */
export const CaseList = Schema.Struct({
  text: Schema.optionalKey(Schema.Array(LocalizedText).annotate({ description: "The list's lead text, e.g. 「次の場合は、第三者への提供に該当しません。」" })),
  cases: Schema.Array(Id).check(Schema.isMinLength(1))
}).annotate({ identifier: "CaseList", title: "List of cases (列挙)" })

/**
 * A recipient (提供先). For one in a foreign country, Art. 28(2) asks the
 * person be told the country, its protection system and the recipient's measures.
 *
 * @since 0.1.0
 */
export const Recipient = Schema.Struct({
  id: Id,
  name: ProperName,
  country: Schema.optionalKey(CountryCode),
  countrySystem: Schema.optionalKey(LocalizedText.annotateKey({ description: "That country's system for protecting personal information (外国における制度)." })),
  recipientMeasures: Schema.optionalKey(LocalizedText.annotateKey({ description: "The recipient's measures for protecting personal information (提供先が講ずる措置)." })),
  systemBased: Schema.optionalKey(
    SystemBasedTransfer.annotateKey({
      description: "The recipient abroad has a system meeting the Commission's standard (基準適合体制, 28(1), 規則16条): Art. 27 then applies in full instead of the 28(1) consent."
    })
  ),
  purposes: Schema.optionalKey(TextList),
  items: Schema.optionalKey(TextList)
}).annotate({ identifier: "Recipient", title: "Recipient (提供先)" })
/** @since 0.1.0 */
export type Recipient = typeof Recipient.Type

/**
 * A consent-based provision arrangement, e.g. seed 001's ad partners: what is
 * provided, to whom, for what. `recipients` may be empty — that is a lint finding.
 *
 * @since 0.1.0
 */
export const Provision = Schema.Struct({
  id: Id,
  title: Schema.optionalKey(LocalizedText),
  basis: Schema.Literals(["consent", "opt-out", "statutory"]),
  categories: CategoryScope,
  purposes: TextList.annotate({ description: "What the recipients use the data for (提供の目的)." }),
  items: Schema.optionalKey(TextList.annotate({ description: "Data items provided (提供される項目)." })),
  method: Schema.optionalKey(LocalizedText.annotateKey({ description: "How the data is provided (提供の方法)." })),
  recipients: Schema.optionalKey(Schema.Array(Recipient)),
  mayIncludeForeignRecipients: Schema.optionalKey(Schema.Boolean.annotate({ description: "Recipients may be in a foreign country (外国にある場合を含む)." })),
  countryUnidentified: Schema.optionalKey(CountryUnidentified),
  measuresUnavailable: Schema.optionalKey(MeasuresUnavailable),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "Provision", title: "Provision arrangement (提供の内容)" })
/** @since 0.1.0 */
export type Provision = typeof Provision.Type

/**
 * Opt-out provision (27(2)) and its items. The statute's items: (i) operator
 * identity (taken from `operator`), (ii) provision is a purpose, (iii) items,
 * (iv) how acquired, (v) method of provision, (vi) stop on request, (vii) how
 * to request, (viii) how the items are updated, (ix) when provision starts.
 *
 * @since 0.1.0
 */
export const OptOut = Schema.Struct({
  categories: CategoryScope,
  conditional: Schema.optionalKey(
    Schema.Boolean.annotate({
      description:
        "The policy only states when it would provide by opt-out (「…の場合であって…とき」, a statement of the law), not that it does: no ground for the guard, and one finding instead of one per missing item."
    })
  ),
  condition: Schema.optionalKey(LocalizedText.annotateKey({ description: "When the operator relies on opt-out, as published." })),
  provisionIsPurpose: Schema.optionalKey(Schema.Boolean),
  items: Schema.optionalKey(TextList),
  acquisitionMethod: Schema.optionalKey(LocalizedText),
  provisionMethod: Schema.optionalKey(LocalizedText),
  stopOnRequest: Schema.optionalKey(Schema.Boolean),
  requestMethod: Schema.optionalKey(LocalizedText),
  updateMethod: Schema.optionalKey(LocalizedText),
  startDate: Schema.optionalKey(IsoDate),
  notifiedToCommission: Schema.optionalKey(Schema.Boolean.annotate({ description: "Filed with the Personal Information Protection Commission (個人情報保護委員会への届出)." })),
  itemsAsPublished: Schema.optionalKey(TextList.annotate({ description: "The items exactly as the policy lists them, when it words them its own way." }))
}).annotate({ identifier: "OptOut", title: "Opt-out provision (オプトアウトによる第三者提供, 27条2項)" })
/** @since 0.1.0 */
export type OptOut = typeof OptOut.Type

/** @since 0.1.0 */
export const ThirdPartyProvision = Schema.Struct({
  consentRequired: Schema.Boolean.annotate({ description: "No provision without prior consent (あらかじめ本人の同意), save the listed exceptions." }),
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  exceptions: Schema.Array(ProvisionExceptionRef),
  exceptionsReference: Schema.optionalKey(
    LocalizedText.annotateKey({ description: "The words by which the policy cites the exceptions instead of listing them again (上記の各号に該当する場合)." })
  ),
  otherGrounds: Schema.optionalKey(Schema.Array(ProvisionGround)),
  caseLists: Schema.optionalKey(
    Schema.Array(CaseList).annotate({
      description:
        "How the policy lists its cases, when not as the law groups them (by default: the 27(1) exceptions with the other grounds, then the 27(5) cases — outsourcing, business succession, joint use — as a list of their own)."
    })
  ),
  provisions: Schema.optionalKey(Schema.Array(Provision)),
  optOut: Schema.optionalKey(OptOut),
  usesOptOut: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "`false`: the policy states that it does not provide personal data by opt-out (オプトアウトによる第三者提供は行いません)." })
  ),
  myNumber: Schema.optionalKey(LocalizedText.annotateKey({ description: "What the policy says of My Number data (特定個人情報の提供)." }))
}).annotate({ identifier: "ThirdPartyProvision", title: "Provision to third parties (第三者提供, 27条)" })
