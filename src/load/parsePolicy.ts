/**
 * Parsing a policy: bytes → UTF-8 text → YAML/JSON value → `Policy`, or
 * diagnostics that name the file, the JSON path, the line:column, what was
 * expected and what was found. Never throws on bad input. No file system
 * here (this runs in browsers); `loadPolicy.ts` reads files.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { Policy, SCHEMA_VERSION } from "../model/Policy.ts"
import { semanticIssues } from "../model/semantics.ts"
import { decodeText } from "./decodeText.ts"
import type { Diagnostic } from "../core/Diagnostic.ts"
import { Diagnostic as DiagnosticSchema } from "../core/Diagnostic.ts"
import { parseSource, type ParsedSource, type SourceFormat } from "./parseSource.ts"
import { findingsOfIssue } from "./schemaIssues.ts"

/** @since 0.1.0 */
export type LoadResult =
  | {
      readonly ok: true
      readonly policy: Policy
      readonly file: string
      /** The parsed source, to map JSON paths of later findings (lint) to line:column. */
      readonly source: ParsedSource
    }
  | { readonly ok: false; readonly file: string; readonly diagnostics: ReadonlyArray<Diagnostic> }

/** @since 0.1.0 */
export interface LoadOptions {
  /** `yaml` or `json`; by default taken from the file extension (`.json` → JSON, anything else → YAML). */
  readonly format?: SourceFormat
  /** Name used in diagnostics when loading text (default `<input>`). */
  readonly file?: string
}

const decodeOptions = { errors: "all", onExcessProperty: "error" } as const

/** Diagnostics in document order (those without a position last), so the output reads top to bottom. */
const byPosition = (a: Diagnostic, b: Diagnostic): number =>
  (a.start?.line ?? Infinity) - (b.start?.line ?? Infinity) || (a.start?.column ?? 0) - (b.start?.column ?? 0)

/**
 * The most diagnostics one load reports: a hostile file can hold 90,000
 * unknown keys, and the first screen is all anyone reads. The rest are
 * counted in a last `too-many-problems` diagnostic.
 *
 * @since 0.3.0
 */
export const MAX_DIAGNOSTICS = 100

/** A failed load, its diagnostics in document order; past {@link MAX_DIAGNOSTICS}, the first ones and a count of the rest. @since 0.2.0 */
export const failure = (file: string, diagnostics: ReadonlyArray<Diagnostic>, total = diagnostics.length): LoadResult => {
  const sorted = [...diagnostics].sort(byPosition)
  if (total <= MAX_DIAGNOSTICS) return { ok: false, file, diagnostics: sorted }
  const more: Diagnostic = {
    file,
    severity: "error",
    code: "too-many-problems",
    message: `${total.toLocaleString("en-US")} problems in all; the first ${MAX_DIAGNOSTICS} are shown`,
    path: [],
    help: "fix these and run again"
  }
  return { ok: false, file, diagnostics: [...sorted.slice(0, MAX_DIAGNOSTICS), more] }
}

const formatOf = (file: string, options: LoadOptions | undefined): SourceFormat =>
  options?.format ?? (file.toLowerCase().endsWith(".json") ? "json" : "yaml")

/** Structural decode, then the semantic pass; both mapped back to source positions. */
const decodePolicy = (source: ParsedSource, file: string): LoadResult => {
  const version = (source.value as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === "number" && version !== SCHEMA_VERSION) {
    return failure(file, [
      {
        file,
        severity: "error",
        code: "unsupported-schema-version",
        message: `schemaVersion ${version} is not supported; this version of appi-policy reads schemaVersion ${SCHEMA_VERSION}`,
        path: ["schemaVersion"],
        ...spanFields(source, ["schemaVersion"]),
        expected: String(SCHEMA_VERSION),
        found: String(version),
        help: version > SCHEMA_VERSION ? "upgrade appi-policy" : "migrate the document"
      }
    ])
  }
  const decoded = Schema.decodeUnknownResult(Policy)(source.value, decodeOptions)
  if (Result.isFailure(decoded)) {
    const { findings, total } = findingsOfIssue(decoded.failure.issue, source.value, MAX_DIAGNOSTICS)
    return failure(
      file,
      findings.map((finding) => ({
        file,
        severity: "error",
        ...finding,
        ...spanFields(source, finding.code === "missing-key" ? finding.path.slice(0, -1) : finding.path, finding.code === "unknown-key")
      })),
      total
    )
  }
  const semantic = semanticIssues(decoded.success)
  if (semantic.length > 0) {
    return failure(
      file,
      semantic.map((issue) => ({
        file,
        severity: "error",
        code: issue.code,
        message: issue.message,
        path: issue.path,
        found: issue.found,
        ...(issue.expected === undefined ? {} : { expected: issue.expected }),
        ...spanFields(source, issue.path)
      }))
    )
  }
  return { ok: true, policy: decoded.success, file, source }
}

const spanFields = (source: ParsedSource, path: ReadonlyArray<string | number>, key = false) => {
  const span = source.locate(path, { key })
  return span === undefined ? {} : { start: span.start, end: span.end }
}

/**
 * Parses and validates a policy from its text or bytes. Pure: no file system.
 *
 * @example
 * ```ts
 * import { parsePolicy } from "appi-policy"
 * const result = parsePolicy(yamlText, { file: "policy.yaml" })
 * if (!result.ok) for (const d of result.diagnostics) console.error(d.message)
 * ```
 * @since 0.1.0
 */
export const parsePolicy = (content: string | Uint8Array, options?: LoadOptions): LoadResult => {
  const file = options?.file ?? "<input>"
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content
  const text = decodeText(bytes, file)
  if ("diagnostics" in text) return failure(file, text.diagnostics)
  const parsed = parseSource(text.text, formatOf(file, options), file)
  if ("diagnostics" in parsed) return failure(file, parsed.diagnostics)
  return decodePolicy(parsed.source, file)
}

/**
 * The diagnostics of a policy that failed to load.
 *
 * @since 0.1.0
 */
export class PolicyLoadError extends Schema.TaggedError<PolicyLoadError>()("PolicyLoadError", {
  file: Schema.String,
  diagnostics: Schema.Array(DiagnosticSchema)
}) {
  override get message(): string {
    return `${this.file}: ${this.diagnostics.length} problem(s), first: ${this.diagnostics[0]?.message ?? "unknown"}`
  }
}
