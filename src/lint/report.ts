/**
 * Lint reports as text (one finding per line, `file:line:col  severity  rule
 * message`, then the path, the help and the article) and as JSON for tools.
 *
 * @since 0.1.0
 */
import { type Diagnostic, formatPath, toPointer } from "../core/Diagnostic.ts"
import { REPORT_WORDS } from "../core/report/index.ts"
import { localizeLoadDiagnostic } from "../load/messages.ts"
import { isLintDiagnostic } from "./LintDiagnostic.ts"
import type { LintReport } from "./lintSource.ts"
import type { Lang } from "./Rule.ts"

/**
 * One finding in text: the first line locates and names it, the indented
 * lines give the path, the advice and (for lint findings) the article.
 *
 * @since 0.1.0
 */
export const formatFinding = (diagnostic: Diagnostic, lang: Lang = "en"): string => {
  const labels = REPORT_WORDS[lang]
  const where = diagnostic.start === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column}`
  const lint = isLintDiagnostic(diagnostic) ? diagnostic : undefined
  // A file that did not load: the loader's diagnostic, in the language asked for.
  const loaded = lint === undefined ? localizeLoadDiagnostic(diagnostic, lang) : undefined
  const message = lint?.localized[lang].message ?? loaded?.message ?? diagnostic.message
  const help = lint === undefined ? loaded?.help : lint.localized[lang].help
  const lines = [`${where}  ${diagnostic.severity}  ${diagnostic.code}  ${message}`]
  if (diagnostic.path.length > 0) lines.push(`    ${labels.at}: ${formatPath(diagnostic.path)}`)
  if (help !== undefined) lines.push(`    ${labels.help}: ${help}`)
  if (lint !== undefined) lines.push(`    ${labels.law}: ${lint.citation[lang]}`)
  return lines.join("\n")
}

/**
 * How many errors and warnings the reports hold.
 *
 * @since 0.1.0
 */
export const countFindings = (reports: ReadonlyArray<LintReport>): { readonly errors: number; readonly warnings: number } => {
  const all = reports.flatMap((report) => report.diagnostics)
  return { errors: all.filter((d) => d.severity === "error").length, warnings: all.filter((d) => d.severity === "warning").length }
}

const summary = (reports: ReadonlyArray<LintReport>, lang: Lang): string => {
  const { errors, warnings } = countFindings(reports)
  const files = reports.length
  return REPORT_WORDS[lang].lintTotals({ errors, warnings, files })
}

/**
 * The text report: each file's findings in document order (or that it has
 * none), then the totals.
 *
 * @example
 * ```ts
 * console.log(formatText([lintFile("policy.yaml")], "ja"))
 * ```
 * @since 0.1.0
 */
export const formatText = (reports: ReadonlyArray<LintReport>, lang: Lang = "en"): string => {
  const lines: Array<string> = []
  for (const report of reports) {
    if (report.diagnostics.length === 0) lines.push(`${report.file}: ${REPORT_WORDS[lang].clean}`)
    for (const diagnostic of report.diagnostics) lines.push(formatFinding(diagnostic, lang))
  }
  lines.push(summary(reports, lang))
  return `${lines.join("\n")}\n`
}

/**
 * The JSON report: per file whether it loaded and its findings (with RFC 6901
 * pointers and both languages), and the totals.
 *
 * @since 0.1.0
 */
export const formatJson = (reports: ReadonlyArray<LintReport>, lang: Lang = "en"): string => {
  const files = reports.map((report) => ({
    file: report.file,
    valid: report.ok,
    diagnostics: report.diagnostics.map((d) => {
      const lint = isLintDiagnostic(d) ? d : undefined
      return {
        ...d,
        ...(lint === undefined ? {} : { message: lint.localized[lang].message, ...(lint.localized[lang].help === undefined ? {} : { help: lint.localized[lang].help }) }),
        pointer: toPointer(d.path)
      }
    })
  }))
  return `${JSON.stringify({ files, ...countFindings(reports) }, null, 2)}\n`
}
