/**
 * Categories of personal information (個人情報の種別) with their disclosure
 * class and sensitivity.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Id, LocalizedText } from "./primitives.ts"

/**
 * 開示区分: `disclosable` (開示対象 — retained personal data the person may ask
 * about) or `non-disclosable` (非開示, with the reason, e.g. handled on a client's behalf).
 *
 * @since 0.1.0
 */
export const DisclosureClass = Schema.Literals(["disclosable", "non-disclosable"]).annotate({
  identifier: "DisclosureClass",
  title: "Disclosure class (開示区分)",
  description: "disclosable (開示対象個人情報) or non-disclosable (非開示)."
})
/** @since 0.1.0 */
export type DisclosureClass = typeof DisclosureClass.Type

/** @since 0.1.0 */
export const Disclosure = Schema.Struct({
  class: DisclosureClass,
  reason: Schema.optionalKey(LocalizedText.annotateKey({ description: "Why the data is not disclosable (非開示の理由)." })),
  entrusted: Schema.optionalKey(
    Schema.Boolean.annotate({ description: "The data is handled on a client's behalf (受託個人情報); it may serve only that client's purpose." })
  )
}).annotate({ identifier: "Disclosure", title: "Disclosure (開示区分と理由)" })

/**
 * Sensitivity under APPI and the My Number Act.
 * `ordinary`; `special-care` (要配慮個人情報, Art. 2(3)); `my-number`
 * (特定個人情報); `pseudonymized` (仮名加工情報); `anonymized` (匿名加工情報).
 *
 * @since 0.1.0
 */
export const Sensitivity = Schema.Literals(["ordinary", "special-care", "my-number", "pseudonymized", "anonymized"]).annotate({
  identifier: "Sensitivity",
  title: "Sensitivity (情報の区分)",
  description: "ordinary, special-care (要配慮個人情報), my-number (特定個人情報), pseudonymized (仮名加工情報), anonymized (匿名加工情報)."
})
/** @since 0.1.0 */
export type Sensitivity = typeof Sensitivity.Type

/** How the data is acquired (取得方法). @since 0.1.0 */
export const AcquisitionMethod = Schema.Literals(["from-person-in-writing", "from-person", "from-third-party", "from-opt-out-provision", "from-public-sources", "automatic"]).annotate({
  identifier: "AcquisitionMethod",
  title: "Acquisition method (取得の方法)",
  description:
    "from-person-in-writing (本人から直接書面で), from-person (本人から), from-third-party (第三者から), from-opt-out-provision (オプトアウトにより提供を受けた: 27(2) forbids providing it on by opt-out), from-public-sources (公開情報から), automatic (自動取得: cookies, logs)."
})

/**
 * The ground on which special-care data is acquired (要配慮個人情報の取得, 20(2)):
 * the person's `consent`, or an item of 20(2) — ①–④ as in 18(3);
 * `academic-research` (v)–(vi); `public-sources` (vii: published by the
 * person, a state body, the press and the like); `cabinet-order` (viii: the
 * cases of the Cabinet Order, e.g. visible features, or from a joint user or
 * an outsourcer).
 *
 * @since 0.2.0
 */
export const SpecialCareBasis = Schema.Literals([
  "consent",
  "laws-and-regulations",
  "life-body-property",
  "public-health-children",
  "state-cooperation",
  "academic-research",
  "public-sources",
  "cabinet-order"
]).annotate({
  identifier: "SpecialCareBasis",
  title: "Ground for acquiring special-care data (要配慮個人情報の取得の根拠, 20条2項)",
  description:
    "consent (本人の同意), laws-and-regulations, life-body-property, public-health-children, state-cooperation (20(2)(i)–(iv)), academic-research ((v)–(vi)), public-sources ((vii) 公開されている場合), cabinet-order ((viii) 政令で定める場合)."
})

/**
 * One data item of a category (氏名, 健康情報 …). An item may be more
 * sensitive than its category as a whole (seed 002 lists 健康情報 among
 * ordinary items).
 *
 * @since 0.1.0
 */
export const DataItem = Schema.Struct({
  ja: LocalizedText.fields.ja,
  en: LocalizedText.fields.en,
  sensitivity: Schema.optionalKey(Sensitivity.annotateKey({ description: "Sensitivity of this item when it differs from the category's." }))
}).annotate({ identifier: "DataItem", title: "Data item (項目)" })

/**
 * What an operator publishes about 匿名加工情報 (anonymously processed
 * information, which is not personal information: Arts. 18 and 27 do not
 * apply to it): the items it contains, published when it is made (43(3)),
 * and, before providing it to a third party, the items and the method of
 * provision (43(4)) — the recipient is also told that it is 匿名加工情報.
 *
 * @since 0.2.0
 */
export const AnonymizedPublication = Schema.Struct({
  items: Schema.optionalKey(Schema.Array(LocalizedText).annotate({ description: "Items of information about individuals it contains, published on creation (43条3項)." })),
  provision: Schema.optionalKey(
    Schema.Struct({
      items: Schema.Array(LocalizedText).annotate({ description: "Items provided (提供する匿名加工情報に含まれる項目, 43条4項)." }),
      method: LocalizedText.annotateKey({ description: "How it is provided (提供の方法, 43条4項)." })
    }).annotate({ identifier: "AnonymizedProvision", title: "Provision of anonymously processed information (匿名加工情報の第三者提供, 43条4項)" })
  )
}).annotate({ identifier: "AnonymizedPublication", title: "Publication of anonymously processed information (匿名加工情報の公表, 43条3項・4項)" })

/** @since 0.1.0 */
export const DataCategory = Schema.Struct({
  id: Id,
  name: LocalizedText.annotateKey({ description: "Name of the category (種別), e.g. お取引様情報." }),
  description: Schema.optionalKey(LocalizedText),
  items: Schema.optionalKey(Schema.Array(DataItem).annotate({ description: "The data items in the category (項目), e.g. 氏名, 住所." })),
  disclosure: Disclosure,
  sensitivity: Sensitivity,
  acquisition: Schema.optionalKey(
    Schema.Struct({
      methods: Schema.optionalKey(Schema.Array(AcquisitionMethod)),
      channels: Schema.optionalKey(Schema.Array(Id).annotate({ description: "Ids of acquisition channels (取得方法) this category comes through." })),
      specialCareBasis: Schema.optionalKey(
        SpecialCareBasis.annotateKey({ description: "For special-care data: on what ground it is acquired (20(2)): the person's consent, or an item of 20(2)." })
      ),
      note: Schema.optionalKey(LocalizedText)
    }).annotate({ identifier: "CategoryAcquisition", title: "How this category is acquired (取得の経緯)" })
  ),
  anonymized: Schema.optionalKey(AnonymizedPublication.annotateKey({ description: "For `sensitivity: anonymized`: what is published under 43(3) and 43(4)." })),
  neverOutsourced: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "`true`: the policy states this data is never entrusted to others (e.g. 本人確認書類は委託しません). The guard then denies providing it to any outsourcee."
    })
  )
}).annotate({
  identifier: "DataCategory",
  title: "Data category (個人情報の種別)",
  description: "A kind of personal information the operator holds, with its disclosure class and sensitivity."
})
/** @since 0.1.0 */
export type DataCategory = typeof DataCategory.Type
