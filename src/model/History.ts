/**
 * Establishment and revisions (制定・改定).
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { IsoDate, LocalizedText } from "./primitives.ts"

/** @since 0.1.0 */
export const Revision = Schema.Struct({
  date: IsoDate,
  summary: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "Revision", title: "Revision (改定)" })

/** @since 0.1.0 */
export const History = Schema.Struct({
  established: Schema.optionalKey(IsoDate.annotateKey({ description: "Date the policy was established (制定日)." })),
  revisions: Schema.optionalKey(Schema.Array(Revision)),
  effective: Schema.optionalKey(IsoDate.annotateKey({ description: "Date this version takes effect (施行日)." }))
}).annotate({ identifier: "History", title: "History (制定・改定)" })
