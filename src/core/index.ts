/**
 * What every room shares: diagnostics and the JSON paths they point at, and
 * the spelling hint.
 *
 * @since 0.2.0
 * @module
 */
export { Diagnostic, describeValue, formatDiagnostic, formatPath, toPointer, type JsonPath, type SourcePosition } from "./Diagnostic.ts"
export { closest } from "./suggest.ts"
export type { Bilingual, Lang } from "./Lang.ts"
export { appi, appiOrder, appiRules, formatCitation, formatCitations, myNumberAct, NO_STATUTORY_DUTY, formatCitationsOrNone, ppcGeneralGuidelines, ppcQa, proviso, roman, telecommunicationsBusinessAct, type Citation, type GuidanceCitation, type Law, type StatuteCitation } from "./citation.ts"
