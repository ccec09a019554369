/**
 * What every room shares: diagnostics and the JSON paths they point at, and
 * the spelling hint.
 *
 * @since 0.2.0
 * @module
 */
export { Diagnostic, describeValue, formatDiagnostic, formatPath, toPointer, type JsonPath, type SourcePosition } from "./Diagnostic.ts"
export { closest } from "./suggest.ts"
export { appi, appiOrder, appiRules, formatCitation, formatCitations, myNumberAct, NO_STATUTORY_DUTY, formatCitationsOrNone, ppcGeneralGuidelines, ppcQa, proviso, roman, telecommunicationsBusinessAct } from "./citation.ts"
import type * as Citations from "./citation.ts"
import type * as Languages from "./Lang.ts"

// Declared here rather than re-exported: the declaration bundler turns a type re-exported through a namespace from
// a shared chunk into a value (`typeof Lang`), which breaks every consumer's type-check (test/full/consumers.test.ts).
/** @since 0.3.0 */
export type Lang = Languages.Lang
/** @since 0.3.0 */
export type Bilingual = Languages.Bilingual
/** @since 0.3.0 */
export type Citation = Citations.Citation
/** @since 0.3.0 */
export type StatuteCitation = Citations.StatuteCitation
/** @since 0.3.0 */
export type GuidanceCitation = Citations.GuidanceCitation
/** @since 0.3.0 */
export type Law = Citations.Law
