/**
 * The operator's commitments (基本方針) and any policy statement (宣言) that heads the document.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Id, LocalizedText } from "./primitives.ts"

/** @since 0.1.0 */
export const PrincipleKind = Schema.Literals([
  "law-compliance",
  "continuous-improvement",
  "training",
  "incident-response",
  "management-system",
  "security",
  "proper-acquisition-and-use",
  "rights-handling",
  "other"
]).annotate({ identifier: "PrincipleKind", title: "Kind of commitment" })

/** @since 0.1.0 */
export const Principle = Schema.Struct({
  id: Id,
  kind: PrincipleKind,
  title: Schema.optionalKey(LocalizedText),
  text: LocalizedText
}).annotate({ identifier: "Principle", title: "Commitment (基本方針の項目)" })

/** @since 0.1.0 */
export const Principles = Schema.Struct({
  title: Schema.optionalKey(LocalizedText),
  intro: Schema.optionalKey(Schema.Array(LocalizedText)),
  items: Schema.Array(Principle)
}).annotate({ identifier: "Principles", title: "Basic policy (基本方針)" })
