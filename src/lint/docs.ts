/**
 * The rule reference (`docs/rules.md`), generated from the rules' metas so
 * the documentation cannot drift from the code.
 *
 * @since 0.1.0
 */
import type { Lang, LintRule } from "./Rule.ts"

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
export const SEVERITY_LINE = {
  en: [
    "**Errors and warnings.** An `error` means the document itself breaks the law or contradicts itself: it states a practice the law forbids",
    "(a fee for correcting data, provision \"for business necessity\", disclosure only on paper, opt-out provision abroad), a condition the",
    "law sets is shown by the document itself to fail (an opt-out it says is not filed), or two of its statements cannot both be true.",
    "A `warning` means the finding turns on a fact the document cannot show. Most publication duties are met by putting the matter where",
    "the person can know it, which includes another page and answering on request (32(1) 「本人の知り得る状態（本人の求めに応じて遅滞なく回答する場合を含む。）」;",
    "27(2) and 27(5)(iii) 「容易に知り得る状態」; the 28(2) information is given when consent is sought): the operator's address may be on its",
    "company page. Where data is actually handled, and whether a filing was made, are facts outside the document too (a conditional",
    "「外国で保管するときは」 sentence), and so are judgements of degree (an abstract purpose). Each rule below gives the reason for its",
    "severity, naming the fact a warning turns on. A project whose policy is its only publication can raise a rule with `--rule <id>=error`."
  ].join("\n"),
  ja: [
    "**エラーと警告。** `error` は、文書自体が法律に反しているか、自己矛盾していることを意味する。法律が禁じる取扱いを述べている（訂正等への手数料、「業務上の必要」による提供、",
    "書面に限った開示、外国へのオプトアウトによる提供）、法律の要件を満たさないことを文書自身が示している（届出をしていないとするオプトアウト）、又は両立しない記載がある場合である。",
    "`warning` は、文書からは分からない事実に左右される指摘である。公表事項の多くは本人の知り得る状態に置けば足り、それには別のページや求めに応じた回答も含まれる",
    "（32条1項「本人の知り得る状態（本人の求めに応じて遅滞なく回答する場合を含む。）」、27条2項・5項3号「容易に知り得る状態」、28条2項の情報は同意を得る際に提供）。",
    "事業者の住所は会社概要のページにあるかもしれない。実際にどこでデータを取り扱うか、届出をしたかも文書の外の事実であり（「外国で保管するときは」という条件文）、",
    "程度の判断（抽象的な利用目的）も同じである。各ルールの節に重大度の理由と、警告が左右される事実を記す。方針が唯一の公表手段である場合は `--rule <id>=error` で引き上げられる。"
  ].join("")
} as const

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
  const messages = Object.entries(meta.messages)
    .map(([key, message]) => {
      const en = message.help === undefined ? cell(message.en) : `${cell(message.en)}<br>help: ${cell(message.help.en)}`
      const ja = message.help === undefined ? cell(message.ja) : `${cell(message.ja)}<br>対応: ${cell(message.help.ja)}`
      return `| \`${key}\` | ${message.severity ?? meta.severity} | ${en} | ${ja} |`
    })
    .join("\n")
  return [
    `${meta.description.en}<br>${meta.description.ja}`,
    "",
    `- default severity: \`${meta.severity}\`${lowered(rule) === "" ? "" : ` (\`warning\` for ${lowered(rule)})`}`,
    `- law: ${meta.citation.en} (${meta.citation.ja})`,
    `- why this severity: ${meta.severityReason.en}`,
    `- 重大度の理由: ${meta.severityReason.ja}`,
    "",
    meta.docs.en,
    "",
    meta.docs.ja,
    "",
    "| message | severity | English | 日本語 |",
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
    "<!-- Generated from the rule metas in src/lint/rules/ by codegen/lintArtifacts.ts; do not edit. -->",
    "",
    "`appi-policy lint <files…>` checks a policy against the Act on the Protection of Personal Information",
    "(個人情報保護法, APPI), its Cabinet Order (施行令), the PPC's guidelines and the My Number Act.",
    "Set a rule with `--rule <id>=off|warn|error` (CLI) or `lint(policy, { rules: { <id>: \"off\" } })`.",
    "Articles are cited in the current numbering (as amended in 2020, in force April 2022).",
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
