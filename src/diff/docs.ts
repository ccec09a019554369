/**
 * `docs/changes.md`: every kind of change the diff classifies, in the order
 * they are tried, with its impact, the article behind it, what it means and
 * what a reviewer should check — so a CI gate's `--fail-on` can be read
 * against the law. Generated from the change kinds themselves.
 *
 * @since 0.2.0
 */
import { describeChange } from "./catalog/index.ts"
import type { ChangeRule } from "./ChangeRule.ts"
import { FIRST_KINDS, LAST_KINDS } from "./rules.ts"
import { IMPACTS } from "./Impact.ts"

const ids = (kinds: ReadonlyArray<ChangeRule>): string => kinds.map((kind) => `\`${kind.id}\``).join(", ")

const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ")

const IMPACT_MEANINGS: Readonly<Record<(typeof IMPACTS)[number], string>> = {
  editorial: "nothing beyond updating the text",
  publish: "the published policy must say it (e.g. Art. 32)",
  notify: "notify the persons or publish, at the latest when it takes effect (e.g. 21(3))",
  "notify-in-advance": "notify the persons, or make it easily knowable, before the change takes effect (e.g. 27(3), 27(6)); file with the Commission where 27(3) says so",
  consent: "notice is not enough: the person's consent (e.g. 17(2), 18(1), 27(1), 28(1)); for a change marked unlawful, no consent cures the statement"
}

/**
 * The reference of the change kinds, as Markdown.
 *
 * @example
 * ```ts
 * writeFileSync("docs/changes.md", changesMarkdown(CHANGE_RULES, CONCEPT_KINDS))
 * ```
 * @since 0.2.0
 */
export const changesMarkdown = (rules: ReadonlyArray<ChangeRule>, byConcept: { readonly [concept: string]: ReadonlyArray<ChangeRule> }): string =>
  [
    "# Kinds of change and what they oblige",
    "",
    "<!-- Generated from the kinds of change (src/diff/changes/, src/diff/rules.ts) and their catalogs (src/diff/catalog/) by codegen/repoArtifacts.ts; do not edit. -->",
    "",
    "`appi-policy diff <old> <new>` compares two versions of a policy entry by entry and classifies each change. An",
    "edit belongs to the concept of its top-level key; it is tried against " + ids(FIRST_KINDS) + ", then its concept's kinds in the",
    "order of the second table (the explicit priority where two kinds could claim one edit), then " + ids(LAST_KINDS) + ",",
    "the catch-all. `--fail-on <impact>` exits 1 when a change reaches the impact. The law behind each kind has cases in",
    "[test/conformance/diff/](../test/conformance/diff/).",
    "",
    "| impact | obliges |",
    "| --- | --- |",
    ...IMPACTS.map((impact) => `| \`${impact}\` | ${IMPACT_MEANINGS[impact]} |`),
    "",
    "| kind | impact | law | what it means | review |",
    "| --- | --- | --- | --- | --- |",
    ...rules.map((rule) => {
      const { article, explain, hint } = describeChange(rule.id)
      return `| \`${rule.id}\` | ${rule.impact}${rule.unlawful === true ? " (unlawful statement)" : ""} | ${cell(article.en)} | ${cell(explain.en)} | ${hint === undefined ? "" : cell(hint.en)} |`
    }),
    "",
    "| concept (top-level key) | its kinds, highest priority first |",
    "| --- | --- |",
    ...Object.entries(byConcept).map(([concept, kinds]) => `| \`${concept}\` | ${kinds.length === 0 ? "(none of its own: the shared kinds)" : ids(kinds)} |`),
    ""
  ].join("\n")
