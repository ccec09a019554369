/**
 * A lint finding: a `Diagnostic` (file, severity, code = rule id, message,
 * JSON path, line:column) plus the article it cites and the message in both
 * languages, so that any output can be rendered in Japanese or English.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Diagnostic } from "../core/Diagnostic.ts"
import type { Diagnostic as DiagnosticType } from "../core/Diagnostic.ts"

const Bilingual = Schema.Struct({ ja: Schema.String, en: Schema.String })

/** A message and its advice in one language. @since 0.1.0 */
export const LocalizedMessage = Schema.Struct({ message: Schema.String, help: Schema.optionalKey(Schema.String) })

/** @since 0.1.0 */
export const LintDiagnostic = Schema.Struct({
  ...Diagnostic.fields,
  /** Which of the rule's messages this is (ESLint's `messageId`), e.g. `missing-address`. */
  messageId: Schema.String,
  /** The provision the rule enforces. */
  citation: Bilingual,
  /** The message (and help) in each language; `message`/`help` repeat the chosen one. */
  localized: Schema.Struct({ ja: LocalizedMessage, en: LocalizedMessage })
})
/** @since 0.1.0 */
export type LintDiagnostic = typeof LintDiagnostic.Type

/**
 * True for a lint finding, false for a loading diagnostic.
 *
 * @since 0.1.0
 */
export const isLintDiagnostic = (diagnostic: DiagnosticType): diagnostic is LintDiagnostic => "citation" in diagnostic && "localized" in diagnostic
