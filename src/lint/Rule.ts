/**
 * The shape of a lint rule, after typescript-eslint's: a `meta` (stable id =
 * file name, default severity, the article it enforces, a few sentences on the
 * law, bilingual messages with named `{placeholders}`) and a `check` that
 * reports the exact JSON path of each finding.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { Policy } from "../model/Policy.ts"

/**
 * How serious a finding is. `error` fails `appi-policy lint` (exit 1).
 *
 * @since 0.1.0
 */
export type Severity = "error" | "warning"

/**
 * What a user may set a rule to: ESLint's words.
 *
 * @since 0.1.0
 */
export type RuleSetting = "off" | "warn" | "error"

/**
 * The two languages of every message. @since 0.1.0
 */
export type Lang = "ja" | "en"

/**
 * A text in both languages. @since 0.1.0
 */
export interface Bilingual {
  readonly ja: string
  readonly en: string
}

/**
 * One message of a rule: the finding (lower-case, no final period, user input
 * in backticks) and, apart, the advice. Both may use `{placeholders}`.
 *
 * @since 0.1.0
 */
export interface RuleMessage extends Bilingual {
  readonly help?: Bilingual
  /**
   * The severity of this message when it is lower than the rule's: a rule
   * whose findings are not all as serious (`my-number-provision` reports
   * unlawful provision as an error and a missing statement as a warning).
   * A setting (`off | warn | error`) applies to every message of the rule.
   */
  readonly severity?: "warning"
}

/**
 * Names of the `{placeholders}` in a template, at the type level.
 *
 * @example
 * ```ts
 * type P = Placeholders<"purpose `{id}` is `{text}`"> // "id" | "text"
 * ```
 * @since 0.1.0
 */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never

type MessagePlaceholders<M extends RuleMessage> = Placeholders<M["ja"] | M["en"] | (M["help"] extends Bilingual ? M["help"]["ja"] | M["help"]["en"] : never)>

/** Values for a message's placeholders; none at all when it has none. */
type DataArgs<M extends RuleMessage> = [MessagePlaceholders<M>] extends [never] ? [] : [data: Readonly<Record<MessagePlaceholders<M>, string | number>>]

/**
 * What a rule knows about itself; `docs/rules.md` is generated from it.
 *
 * @since 0.1.0
 */
export interface RuleMeta<Messages extends Readonly<Record<string, RuleMessage>> = Readonly<Record<string, RuleMessage>>> {
  /** Stable kebab-case id, equal to the file name in `src/lint/rules/`. */
  readonly id: string
  /** The severity of the rule's findings (a message may lower its own, see `RuleMessage.severity`). */
  readonly severity: Severity
  /**
   * Why the findings are errors or warnings, by the line `docs/rules.md`
   * states: an error is the document breaking the law or contradicting
   * itself; a finding that turns on a fact the document cannot show is a warning.
   */
  readonly severityReason: Bilingual
  /** The provision enforced, e.g. `{ en: "APPI 32(1)(i)", ja: "個人情報保護法32条1項1号" }`. */
  readonly citation: Bilingual
  /** One line: what the rule checks. */
  readonly description: Bilingual
  /** The law behind the rule in a few sentences. */
  readonly docs: Bilingual
  readonly messages: Messages
}

/**
 * Reports a finding of the rule's message `message` at `path`, with the
 * message's placeholder values (type-checked against the templates).
 *
 * @since 0.1.0
 */
export type Report<Messages extends Readonly<Record<string, RuleMessage>>> = <K extends keyof Messages & string>(
  message: K,
  path: JsonPath,
  ...data: DataArgs<Messages[K]>
) => void

/**
 * A rule as written, with its message keys and placeholders typed.
 *
 * @since 0.1.0
 */
export interface RuleDefinition<Messages extends Readonly<Record<string, RuleMessage>>> {
  readonly meta: RuleMeta<Messages>
  /** Reads the policy and reports each finding by its message key, JSON path and placeholder values. */
  readonly check: (policy: Policy, report: Report<Messages>) => void
}

/**
 * The untyped report a rule receives at run time.
 *
 * @since 0.1.0
 */
export type AnyReport = (message: string, path: JsonPath, data?: Readonly<Record<string, string | number>>) => void

/**
 * A rule as the linter runs it (message keys erased).
 *
 * @since 0.1.0
 */
export interface LintRule {
  readonly meta: RuleMeta
  /** Reads the policy and reports each finding (message keys unchecked at this point). */
  readonly check: (policy: Policy, report: AnyReport) => void
}

/**
 * Declares a rule: checks its message keys and placeholders at compile time,
 * and erases them for the registry.
 *
 * @example
 * ```ts
 * export default defineRule({
 *   meta: { id: "no-purposes", severity: "error", citation, description, docs,
 *     messages: { none: { en: "no purpose of use is published", ja: "利用目的が公表されていない" } } },
 *   check: (policy, report) => {
 *     if (policy.purposes.items.length === 0) report("none", ["purposes", "items"])
 *   }
 * })
 * ```
 * @since 0.1.0
 */
export const defineRule = <const Messages extends Readonly<Record<string, RuleMessage>>>(rule: RuleDefinition<Messages>): LintRule =>
  // Sound: `Report<Messages>` only narrows which calls type-check; at run time every report is an `AnyReport`.
  rule as unknown as LintRule

/**
 * Fills `{name}` placeholders; a placeholder without a value is left as is,
 * which the rule tests catch.
 *
 * @example
 * ```ts
 * fill("unknown `{id}`", { id: "x" }) // "unknown `x`"
 * ```
 * @since 0.1.0
 */
export const fill = (template: string, data: Readonly<Record<string, string | number>> | undefined): string =>
  template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/gu, (whole, name: string) => {
    const value = data?.[name]
    return value === undefined ? whole : String(value)
  })
