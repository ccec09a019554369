/**
 * Lint reports as SARIF 2.1.0, the format GitHub code scanning reads: one run
 * of the `appi-policy` tool, every rule's metadata (description, the law,
 * help in Markdown, default level), and each finding at its line and column
 * in the YAML/JSON file.
 *
 * @since 0.1.0
 */
import { formatPath, toPointer, type Diagnostic } from "../core/Diagnostic.ts"
import { ruleDocs, ruleMarkdown } from "./docs.ts"
import { isLintDiagnostic } from "./LintDiagnostic.ts"
import type { LintReport } from "./lintSource.ts"
import type { Lang, LintRule } from "./Rule.ts"
import { REPORT_WORDS } from "../core/report/index.ts"

/**
 * The version the SARIF log names (kept equal to package.json by a test).
 *
 * @since 0.1.0
 */
export const TOOL_VERSION = "0.1.0"

/** `abstract-purpose` → `AbstractPurpose` (SARIF's `name` is a readable identifier). */
const pascal = (id: string): string => id.replace(/(?:^|-)([a-z0-9])/gu, (_, c: string) => c.toUpperCase())

/** A repository-relative path stays relative (GitHub resolves it against the checkout); an absolute one becomes a file URI. */
/**
 * A file's URI as SARIF wants it: `file://` for an absolute path (POSIX `/…`
 * or Windows `C:\…`), else the relative path with `/` separators, percent-encoded.
 * Written by hand, not with node:url, so that SARIF output works in browsers too.
 */
export const artifactUri = (file: string): string => {
  const path = file.replaceAll("\\", "/")
  const encoded = encodeURI(path).replaceAll("?", "%3F").replaceAll("#", "%23")
  if (path.startsWith("/")) return `file://${encoded}`
  if (/^[A-Za-z]:\//u.test(path)) return `file:///${encoded}`
  return encoded
}

const ruleDescriptor = (rule: LintRule, lang: Lang) => {
  const docs = ruleDocs(rule.meta.id)?.[lang] ?? rule.meta.description[lang]
  return {
  id: rule.meta.id,
  name: pascal(rule.meta.id),
  shortDescription: { text: rule.meta.description[lang] },
  fullDescription: { text: docs },
  help: { text: `${docs} (${rule.meta.citation[lang]})`, markdown: ruleMarkdown(rule) },
  defaultConfiguration: { level: rule.meta.severity },
  properties: { tags: ["appi", "privacy-policy"], citation: rule.meta.citation, description: rule.meta.description }
  }
}

const loadDescriptor = (code: string, lang: Lang) => ({
  id: code,
  name: pascal(code),
  shortDescription: { text: REPORT_WORDS[lang].notLoaded.short },
  fullDescription: { text: REPORT_WORDS[lang].notLoaded.full },
  defaultConfiguration: { level: "error" },
  properties: { tags: ["appi-policy-load"] }
})

const region = (diagnostic: Diagnostic) =>
  diagnostic.start === undefined
    ? {}
    : {
        region: {
          startLine: diagnostic.start.line,
          startColumn: diagnostic.start.column,
          ...(diagnostic.end === undefined ? {} : { endLine: diagnostic.end.line, endColumn: diagnostic.end.column })
        }
      }

/**
 * The SARIF log of some lint reports. Every rule is described even when it
 * found nothing, so code scanning can show the rule set; loading errors get a
 * descriptor of their own code.
 *
 * @example
 * ```ts
 * writeFileSync("lint.sarif", JSON.stringify(toSarif([lintFile("policy.yaml")], rules), null, 2))
 * ```
 * @since 0.1.0
 */
export const toSarif = (reports: ReadonlyArray<LintReport>, rules: ReadonlyArray<LintRule>, lang: Lang = "en") => {
  const loadCodes = [...new Set(reports.flatMap((report) => (report.ok ? [] : report.diagnostics.map((d) => d.code))))].sort()
  const descriptors = [...rules.map((rule) => ruleDescriptor(rule, lang)), ...loadCodes.map((code) => loadDescriptor(code, lang))]
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]))
  const results = reports.flatMap((report, artifactIndex) =>
    report.diagnostics.map((diagnostic) => {
      const localized = isLintDiagnostic(diagnostic) ? diagnostic.localized : undefined
      const index = ruleIndex.get(diagnostic.code)
      return {
        ruleId: diagnostic.code,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: diagnostic.severity,
        message: { text: localized?.[lang].message ?? diagnostic.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: artifactUri(report.file), index: artifactIndex }, ...region(diagnostic) },
            ...(diagnostic.path.length === 0 ? {} : { logicalLocations: [{ fullyQualifiedName: formatPath(diagnostic.path), kind: "member" }] })
          }
        ],
        // Stable across edits that move lines: rule, JSON path and message identify the finding.
        partialFingerprints: { "appiPolicyFinding/v1": `${diagnostic.code}:${toPointer(diagnostic.path)}:${localized?.en.message ?? diagnostic.message}` },
        properties: { pointer: toPointer(diagnostic.path), ...(localized === undefined ? {} : { ja: localized.ja.message, en: localized.en.message }) }
      }
    })
  )
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0" as const,
    runs: [
      {
        tool: { driver: { name: "appi-policy", semanticVersion: TOOL_VERSION, version: TOOL_VERSION, rules: descriptors } },
        artifacts: reports.map((report) => ({ location: { uri: artifactUri(report.file) }, mimeType: report.file.toLowerCase().endsWith(".json") ? "application/json" : "application/yaml" })),
        columnKind: "utf16CodeUnits" as const,
        results
      }
    ]
  }
}

/**
 * `toSarif` serialized as the CLI prints it.
 *
 * @since 0.1.0
 */
export const formatSarif = (reports: ReadonlyArray<LintReport>, rules: ReadonlyArray<LintRule>, lang: Lang = "en"): string =>
  `${JSON.stringify(toSarif(reports, rules, lang), null, 2)}\n`
