/**
 * APPI lint: legal checks of a policy, each citing its article, with messages
 * in Japanese and English, as text, JSON or SARIF.
 *
 * @example
 * ```ts
 * import { lintFile, formatText } from "appi-policy"
 * const report = lintFile("policy.yaml", { rules: { "abstract-purpose": "error" } })
 * process.stdout.write(formatText([report], "ja"))
 * ```
 * @since 0.1.0
 * @module
 */
export { ruleDocs, rulesMarkdown, ruleMarkdown } from "./docs.ts"
export { countFindings, formatFinding, formatJson, formatText } from "./report.ts"
export { lint, runRules, type LintOptions } from "./lint.ts"
export { isLintDiagnostic, LintDiagnostic, LocalizedMessage } from "./LintDiagnostic.ts"
export { lintLoadResult, lintText, type LintReport, type LintSourceOptions } from "./lintSource.ts"
export { spanOfPath } from "./locate.ts"
export {
  defineRule,
  fill,
  type AnyReport,
  type Bilingual,
  type Lang,
  type LintRule,
  type Placeholders,
  type Report,
  type RuleDeclaration,
  type RuleMessage,
  type RuleMeta,
  type RuleSetting,
  type Severity
} from "./Rule.ts"
export { rules } from "./rules/index.ts"
export { formatSarif, toSarif, TOOL_VERSION } from "./sarif.ts"
export { effectiveSeverity, parseRuleSetting, suggestRule, UnknownRuleError, unknownRules } from "./settings.ts"
