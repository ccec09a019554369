/**
 * The rule reference (`docs/rules.md`), generated from the rules' metas so
 * the documentation cannot drift from the code.
 *
 * @since 0.1.0
 */
import type { Bilingual, Lang, LintRule } from "./Rule.ts"
import type { RuleId } from "./catalog/RuleTexts.ts"
import { REPORT_WORDS } from "../core/report/index.ts"
import { enReference } from "./catalog/reference.en.ts"
import { jaReference } from "./catalog/reference.ja.ts"

/** The messages whose severity is lower than the rule's, as code spans. */
const lowered = (rule: LintRule): string =>
  Object.entries(rule.meta.messages)
    .filter(([, message]) => message.severity !== undefined && message.severity !== rule.meta.severity)
    .map(([key]) => `\`${key}\``)
    .join(", ")

/** `error`, or `error; warning: \`a\`, \`b\`` for a rule some of whose messages are warnings. */
const severityOf = (rule: LintRule): string => (lowered(rule) === "" ? rule.meta.severity : `${rule.meta.severity}; warning: ${lowered(rule)}`)

/**
 * What an error and a warning mean, in both languages: the line every rule's
 * severity is judged by (each rule's `severityReason` applies it).
 *
 * @since 0.2.0
 */
export const SEVERITY_LINE = { en: enReference.severityLine, ja: jaReference.severityLine } as const

/**
 * The law behind a rule in a few sentences, in both languages: the
 * reference's words, apart from the catalog the rules run with. `undefined`
 * for a rule this library does not define.
 *
 * @since 0.3.0
 */
export const ruleDocs = (id: string): Bilingual | undefined =>
  Object.hasOwn(enReference.rules, id) ? { en: enReference.rules[id as RuleId], ja: jaReference.rules[id as RuleId] } : undefined

/** Markdown-safe table cell: pipes escaped, line breaks flattened. */
const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ")

/**
 * One rule's reference section body (no heading): the law, the citation and
 * its messages in both languages. Also used as SARIF `help.markdown`.
 *
 * @since 0.1.0
 */
export const ruleMarkdown = (rule: LintRule): string => {
  const { meta } = rule
  const docs = ruleDocs(meta.id)
  const messages = Object.entries(meta.messages)
    .map(([key, message]) => {
      const en = message.help === undefined ? cell(message.en) : `${cell(message.en)}<br>help: ${cell(message.help.en)}`
      const ja = message.help === undefined ? cell(message.ja) : `${cell(message.ja)}<br>${REPORT_WORDS.ja.help}: ${cell(message.help.ja)}`
      return `| \`${key}\` | ${message.severity ?? meta.severity} | ${en} | ${ja} |`
    })
    .join("\n")
  return [
    `${meta.description.en}<br>${meta.description.ja}`,
    "",
    `- default severity: \`${meta.severity}\`${lowered(rule) === "" ? "" : ` (\`warning\` for ${lowered(rule)})`}`,
    `- law: ${meta.citation.en} (${meta.citation.ja})`,
    `- ${enReference.docs.severityReason}: ${meta.severityReason.en}`,
    `- ${jaReference.docs.severityReason}: ${meta.severityReason.ja}`,
    ...(docs === undefined ? [] : ["", docs.en, "", docs.ja]),
    "",
    `| message | severity | ${enReference.docs.language} | ${jaReference.docs.language} |`,
    "| --- | --- | --- | --- |",
    messages
  ].join("\n")
}

/**
 * The whole reference page: an index table, then one section per rule.
 *
 * @example
 * ```ts
 * writeFileSync("docs/rules.md", rulesMarkdown(rules))
 * ```
 * @since 0.1.0
 */
export const rulesMarkdown = (rules: ReadonlyArray<LintRule>, lang: Lang = "en"): string => {
  const index = rules.map((rule) => `| [\`${rule.meta.id}\`](#${rule.meta.id}) | ${cell(severityOf(rule))} | ${cell(rule.meta.citation[lang])} | ${cell(rule.meta.description[lang])} |`)
  return [
    "# APPI lint rules",
    "",
    "<!-- Generated from the rules (src/lint/rules/) and their catalogs (src/lint/catalog/) by codegen/lintArtifacts.ts; do not edit. -->",
    "",
    enReference.docs.intro,
    "Set a rule with `--rule <id>=off|warn|error` (CLI) or `lint(policy, { rules: { <id>: \"off\" } })`.",
    "Articles are cited in the current numbering (as amended in 2020, in force April 2022).",
    "",
    jaReference.docs.intro,
    "",
    SEVERITY_LINE.en,
    "",
    SEVERITY_LINE.ja,
    "",
    "| rule | severity | law | checks that |",
    "| --- | --- | --- | --- |",
    ...index,
    "",
    ...rules.flatMap((rule) => [`## ${rule.meta.id}`, "", ruleMarkdown(rule), ""])
  ].join("\n")
}
