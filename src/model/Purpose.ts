/**
 * Purposes of use (利用目的, Art. 17 and 21) and how they may change.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Id, LocalizedText } from "./primitives.ts"

/**
 * What a purpose is about, so that rules and the guard need not parse prose.
 *
 * @since 0.1.0
 */
export const PurposeTag = Schema.Literals([
  "service-provision",
  "contact",
  "inquiry-response",
  "billing",
  "marketing",
  "advertising",
  "ad-targeting",
  "profiling",
  "analytics",
  "statistics",
  "research",
  "product-development",
  "security",
  "fraud-prevention",
  "legal-compliance",
  "dispute-handling",
  "recruitment",
  "employment",
  "third-party-provision",
  "outsourcing",
  "my-number-affairs",
  "ancillary"
]).annotate({
  identifier: "PurposeTag",
  title: "Purpose tag (利用目的の分類)",
  description: "What a purpose is about; `my-number-affairs` marks the affairs of the My Number Act (個人番号関係事務・個人番号利用事務, 番号法 9) a My Number category may serve."
})
/** @since 0.1.0 */
export type PurposeTag = typeof PurposeTag.Type

/** `all` or a list of category ids. @since 0.1.0 */
export const CategoryScope = Schema.Union([Schema.Literal("all"), Schema.Array(Id).check(Schema.isMinLength(1))]).annotate({
  identifier: "CategoryScope",
  title: "Categories (対象となる個人情報の種別)",
  description: "`all` when the policy does not narrow the purpose to some categories, or the ids of the categories it serves."
})
/** @since 0.1.0 */
export type CategoryScope = typeof CategoryScope.Type

/** @since 0.1.0 */
export const Purpose = Schema.Struct({
  id: Id,
  text: LocalizedText.annotateKey({ description: "The purpose as published (利用目的)." }),
  group: Schema.optionalKey(Id.annotateKey({ description: "Id of the purpose group (見出し) it belongs to." })),
  categories: CategoryScope,
  tags: Schema.optionalKey(Schema.Array(PurposeTag)),
  notes: Schema.optionalKey(Schema.Array(LocalizedText).annotate({ description: "Sentences attached to this purpose (なお書き)." }))
}).annotate({ identifier: "Purpose", title: "Purpose of use (利用目的)", description: "One purpose of use (Art. 17(1), 21)." })
/** @since 0.1.0 */
export type Purpose = typeof Purpose.Type

/**
 * A group of purposes: a heading (seed 002: 契約・サービス関連 …), a lead
 * sentence (seed 000's first table has one and no heading), or both.
 *
 * @since 0.1.0
 */
export const PurposeGroup = Schema.Struct({
  id: Id,
  name: Schema.optionalKey(LocalizedText),
  intro: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "PurposeGroup", title: "Purpose group (利用目的の区分)" })

/** How the operator handles a change of purpose (Art. 17(2), 21(3)). @since 0.1.0 */
export const PurposeChange = Schema.Struct({
  withinReasonableRelation: Schema.Boolean.annotate({
    description: "Changes stay within what is reasonably related to the old purpose (関連性を有すると合理的に認められる範囲)."
  }),
  notice: Schema.Literals(["notify", "publish", "notify-or-publish"]).annotate({ description: "How a change is made known (通知・公表)." }),
  text: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "PurposeChange", title: "Change of purpose (利用目的の変更)" })

/** Introductory text of the purposes section, e.g. how the data was acquired. @since 0.1.0 */
export const PurposesSection = Schema.Struct({
  intro: Schema.optionalKey(Schema.Array(LocalizedText)),
  groups: Schema.optionalKey(Schema.Array(PurposeGroup)),
  items: Schema.Array(Purpose),
  change: Schema.optionalKey(PurposeChange)
}).annotate({ identifier: "PurposesSection", title: "Purposes of use (利用目的)" })
