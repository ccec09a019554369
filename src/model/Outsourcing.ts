/**
 * Outsourcing (委託, Art. 25 and 27(5)(i)): the operator entrusts handling to
 * others, and may itself handle data entrusted by clients.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { SystemBasedTransfer } from "./ForeignTransfer.ts"
import { CategoryScope } from "./Purpose.ts"
import { CountryCode, Id, LocalizedText, TextList, ProperName } from "./primitives.ts"

/**
 * A named outsourcee (委託先). Entrusting to one in a foreign country is
 * provision to a 「外国にある第三者」 (28(1) disapplies 27(5)(i); PPC Q&A
 * 12-1) unless the country is one the Commission recognises (EEA, UK) or the
 * outsourcee has a system meeting the standard.
 *
 * @since 0.2.0
 */
export const Entrustee = Schema.Struct({
  id: Id,
  name: ProperName,
  country: Schema.optionalKey(CountryCode.annotateKey({ description: "Country where the outsourcee handles the data (所在国); `JP` for Japan." })),
  systemBased: Schema.optionalKey(SystemBasedTransfer),
  categories: Schema.optionalKey(CategoryScope.annotateKey({ description: "The categories entrusted to it; all the operator entrusts when omitted." })),
  work: Schema.optionalKey(LocalizedText.annotateKey({ description: "What is entrusted (委託する業務)." }))
}).annotate({ identifier: "Entrustee", title: "Outsourcee (委託先)" })
/** @since 0.2.0 */
export type Entrustee = typeof Entrustee.Type

/** @since 0.1.0 */
export const Outsourcing = Schema.Struct({
  used: Schema.Boolean.annotate({ description: "The operator entrusts handling of personal data to others (委託の有無)." }),
  withinPurposes: Schema.optionalKey(Schema.Boolean.annotate({ description: "Only within what the purposes need (利用目的の達成に必要な範囲内)." })),
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  selectionCriteria: Schema.optionalKey(TextList.annotate({ description: "How outsourcees are chosen (委託先の選定基準)." })),
  contractClauses: Schema.optionalKey(TextList.annotate({ description: "What the contract requires (委託契約の条項)." })),
  supervision: Schema.optionalKey(TextList.annotate({ description: "How outsourcees are supervised (委託先の監督)." })),
  reEntrustment: Schema.optionalKey(LocalizedText.annotateKey({ description: "Rules for re-entrustment (再委託)." })),
  asContractor: Schema.optionalKey(TextList.annotate({ description: "How the operator handles data a client entrusts to it (受託した個人情報の取扱い)." })),
  entrustees: Schema.optionalKey(
    Schema.Array(Entrustee).annotate({ description: "Named outsourcees, with where they are (委託先); the guard reads their country." })
  )
}).annotate({ identifier: "Outsourcing", title: "Outsourcing (委託)" })
/** @since 0.1.0 */
export type Outsourcing = typeof Outsourcing.Type
