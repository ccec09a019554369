/**
 * Linting a policy text, with line:column (files: `lintFile.ts`). Loading errors come back
 * as the loader's diagnostics; a loaded policy is linted and each finding is
 * mapped to its span in the source.
 *
 * @since 0.1.0
 */
import type { Diagnostic } from "../core/Diagnostic.ts"
import { type LoadOptions, type LoadResult, parsePolicy } from "../load/parsePolicy.ts"
import type { ParsedSource, SourceFormat } from "../load/parseSource.ts"
import type { Policy } from "../model/Policy.ts"
import { lint, type LintOptions } from "./lint.ts"
import type { LintDiagnostic } from "./LintDiagnostic.ts"
import { spanOfPath } from "./locate.ts"

/**
 * The outcome for one file: its findings when it loaded, else why it did not.
 *
 * @since 0.1.0
 */
export type LintReport =
  | { readonly ok: true; readonly file: string; readonly policy: Policy; readonly diagnostics: ReadonlyArray<LintDiagnostic> }
  | { readonly ok: false; readonly file: string; readonly diagnostics: ReadonlyArray<Diagnostic> }

/** @since 0.1.0 */
export interface LintSourceOptions extends LintOptions {
  readonly format?: SourceFormat
}

/**
 * Document order, then rule id; findings of one rule at one place keep the
 * order the rule reports them in (the sort is stable, the rules deterministic).
 */
const byPosition = (a: LintDiagnostic, b: LintDiagnostic): number =>
  (a.start?.line ?? Infinity) - (b.start?.line ?? Infinity) || (a.start?.column ?? 0) - (b.start?.column ?? 0) || a.code.localeCompare(b.code)

const located = (diagnostics: ReadonlyArray<LintDiagnostic>, source: ParsedSource): ReadonlyArray<LintDiagnostic> =>
  diagnostics
    .map((diagnostic) => {
      const span = spanOfPath(source, diagnostic.path)
      return span === undefined ? diagnostic : { ...diagnostic, start: span.start, end: span.end }
    })
    .sort(byPosition)

/**
 * Lints what a loader returned: the load's diagnostics when it failed, else
 * the findings placed at their line:column.
 *
 * @since 0.2.0
 */
export const lintLoadResult = (loaded: LoadResult, options: Omit<LintSourceOptions, "file"> = {}): LintReport =>
  loaded.ok ? { ok: true, file: loaded.file, policy: loaded.policy, diagnostics: located(lint(loaded.policy, { ...options, file: loaded.file }), loaded.source) } : loaded

/**
 * Loads and lints a policy from its text. Pure: no file system.
 *
 * @example
 * ```ts
 * const report = lintText(yaml, { file: "policy.yaml", rules: { "abstract-purpose": "error" } })
 * if (report.ok) for (const d of report.diagnostics) console.log(`${d.start?.line}:${d.start?.column} ${d.code}`)
 * ```
 * @since 0.1.0
 */
export const lintText = (content: string | Uint8Array, options: LintSourceOptions = {}): LintReport => {
  const file = options.file ?? "<input>"
  const loadOptions: LoadOptions = options.format === undefined ? { file } : { file, format: options.format }
  return lintLoadResult(parsePolicy(content, loadOptions), options)
}
