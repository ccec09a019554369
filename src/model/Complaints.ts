/**
 * Complaints and consultations (苦情・相談): internal handling and external desks.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Id, LocalizedText } from "./primitives.ts"

/** @since 0.1.0 */
export const ExternalDesk = Schema.Struct({
  id: Id,
  name: LocalizedText,
  scope: Schema.optionalKey(LocalizedText.annotateKey({ description: "What the desk handles." }))
}).annotate({ identifier: "ExternalDesk", title: "External desk (外部相談窓口)" })

/** @since 0.1.0 */
export const Complaints = Schema.Struct({
  window: Schema.optionalKey(Id.annotateKey({ description: "Id of the contact window that receives complaints." })),
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  internalSteps: Schema.optionalKey(
    Schema.Array(Schema.Struct({ title: LocalizedText, text: LocalizedText }).annotate({ identifier: "ComplaintStep", title: "Handling step (対応手順)" }))
  ),
  externalDesks: Schema.optionalKey(Schema.Array(ExternalDesk)),
  externalText: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "Complaints", title: "Complaints and consultations (苦情・相談)" })
