/**
 * Outsourcing (委託, Art. 25 and 27(5)(i)): the operator entrusts handling to
 * others, and may itself handle data entrusted by clients.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { LocalizedText, TextList } from "./primitives.ts"

/** @since 0.1.0 */
export const Outsourcing = Schema.Struct({
  used: Schema.Boolean.annotate({ description: "The operator entrusts handling of personal data to others (委託の有無)." }),
  withinPurposes: Schema.optionalKey(Schema.Boolean.annotate({ description: "Only within what the purposes need (利用目的の達成に必要な範囲内)." })),
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  selectionCriteria: Schema.optionalKey(TextList.annotate({ description: "How outsourcees are chosen (委託先の選定基準)." })),
  contractClauses: Schema.optionalKey(TextList.annotate({ description: "What the contract requires (委託契約の条項)." })),
  supervision: Schema.optionalKey(TextList.annotate({ description: "How outsourcees are supervised (委託先の監督)." })),
  reEntrustment: Schema.optionalKey(LocalizedText.annotateKey({ description: "Rules for re-entrustment (再委託)." })),
  asContractor: Schema.optionalKey(TextList.annotate({ description: "How the operator handles data a client entrusts to it (受託した個人情報の取扱い)." }))
}).annotate({ identifier: "Outsourcing", title: "Outsourcing (委託)" })
/** @since 0.1.0 */
export type Outsourcing = typeof Outsourcing.Type
