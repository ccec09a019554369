/**
 * The shape of a lint rule, after typescript-eslint's: a stable id (= file
 * name), default severity, the provisions it enforces and a `check` that
 * reports the exact JSON path of each finding by a message key. Its texts —
 * what it checks, the law behind it, the messages with named
 * `{placeholders}` — are in the catalogs (`catalog/en.ts`, `catalog/ja.ts`),
 * keyed by the id.
 *
 * @since 0.1.0
 */
import { type Citation, formatCitationsOrNone } from "../core/citation.ts"
import type { JsonPath } from "../core/Diagnostic.ts"
import type { Policy } from "../model/Policy.ts"
import { en } from "./catalog/en.ts"
import { ja } from "./catalog/ja.ts"
import type { MessageKey, RuleId, RuleTexts } from "./catalog/RuleTexts.ts"
import type { Bilingual as CoreBilingual, Lang as CoreLang } from "../core/Lang.ts"

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

/** The two languages of every message (the one `Lang` of the library). @since 0.1.0 */
export type Lang = CoreLang

/** A text in both languages (the one `Bilingual` of the library). @since 0.1.0 */
export type Bilingual = CoreBilingual

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

type JapaneseOf<Id extends RuleId, K extends string> = (typeof ja)[Id]["messages"] extends infer M ? (K extends keyof M ? M[K] : never) : never

type TextsOf<Id extends RuleId, K extends MessageKey<Id>> = (typeof en)[Id]["messages"][K] | JapaneseOf<Id, K>

type PlaceholdersOf<T> =
  | (T extends { readonly text: infer S extends string } ? Placeholders<S> : never)
  | (T extends { readonly help: infer H extends string } ? Placeholders<H> : never)

/**
 * A placeholder's value: the same in both languages (an id, a number), or a
 * term in each (`{ ja, en }`, from the catalogs' terms).
 *
 * @since 0.3.0
 */
export type PlaceholderValue = string | number | Bilingual

/** Values for a message's placeholders (in either language's text or help); none at all when it has none. */
type DataArgs<Names extends string> = [Names] extends [never] ? [] : [data: Readonly<Record<Names, PlaceholderValue>>]

/**
 * What a rule knows about itself, in both languages (assembled from the
 * rule's declaration and the catalogs); `docs/rules.md` is generated from it
 * with the law behind each rule (`ruleDocs`), which the reference keeps apart
 * so that a bundle that only lints does not carry it.
 *
 * @since 0.1.0
 */
export interface RuleMeta {
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
  /** The provisions enforced, written out: `{ en: "APPI Art. 32(1)(i)", ja: "個人情報保護法第32条第1項第1号" }`. */
  readonly citation: Bilingual
  /** The same provisions as data. */
  readonly citations: ReadonlyArray<Citation>
  /** One line: what the rule checks. */
  readonly description: Bilingual
  readonly messages: Readonly<Record<string, RuleMessage>>
}

/**
 * Reports a finding of the rule's message `message` at `path`, with the
 * message's placeholder values (type-checked against both catalogs' templates).
 *
 * @since 0.1.0
 */
export type Report<Id extends RuleId> = <K extends MessageKey<Id>>(message: K, path: JsonPath, ...data: DataArgs<PlaceholdersOf<TextsOf<Id, K>>>) => void

/**
 * A rule as written: its id (a key of the catalogs, which hold its texts),
 * default severity, the provisions it enforces, any message whose findings
 * are less serious than the rule's, and the check.
 *
 * @since 0.3.0
 */
export interface RuleDeclaration<Id extends RuleId> {
  readonly id: Id
  readonly severity: Severity
  readonly citation: ReadonlyArray<Citation>
  /** Messages whose findings are warnings under a rule whose severity is error. */
  readonly messageSeverity?: { readonly [K in MessageKey<Id>]?: "warning" }
  /** Reads the policy and reports each finding by its message key, JSON path and placeholder values. */
  readonly check: (policy: Policy, report: Report<Id>) => void
}

/**
 * The untyped report a rule receives at run time.
 *
 * @since 0.1.0
 */
export type AnyReport = (message: string, path: JsonPath, data?: Readonly<Record<string, PlaceholderValue>>) => void

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
 * Declares a rule: checks its id, message keys and placeholders against the
 * catalogs at compile time, assembles its bilingual meta, and erases the
 * message keys for the registry.
 *
 * @example
 * ```ts
 * export default defineRule({
 *   id: "no-purposes",
 *   severity: "warning",
 *   citation: [appi(17, 1), appi(21, 1), appi(32, 1, 2)],
 *   check: (policy, report) => {
 *     if (policy.purposes.items.length === 0) report("none", ["purposes", "items"])
 *   }
 * })
 * ```
 * @since 0.1.0
 */
export const defineRule = <const Id extends RuleId>(rule: RuleDeclaration<Id>): LintRule => {
  const inEn: RuleTexts = en[rule.id]
  const inJa: RuleTexts = ja[rule.id]
  const lowered: Readonly<Record<string, "warning" | undefined>> = rule.messageSeverity ?? {}
  const messages = Object.fromEntries(
    Object.entries(inEn.messages).map(([key, english]): [string, RuleMessage] => {
      const japanese = inJa.messages[key]!
      const severity = lowered[key]
      return [
        key,
        {
          ja: japanese.text,
          en: english.text,
          ...(english.help === undefined || japanese.help === undefined ? {} : { help: { ja: japanese.help, en: english.help } }),
          ...(severity === undefined ? {} : { severity })
        }
      ]
    })
  )
  return {
    meta: {
      id: rule.id,
      severity: rule.severity,
      severityReason: { ja: inJa.severityReason, en: inEn.severityReason },
      citation: { ja: formatCitationsOrNone(rule.citation, "ja"), en: formatCitationsOrNone(rule.citation, "en") },
      citations: rule.citation,
      description: { ja: inJa.description, en: inEn.description },
      messages
    },
    // Sound: `Report<Id>` only narrows which calls type-check; at run time every report is an `AnyReport`.
    check: rule.check as unknown as LintRule["check"]
  }
}

/**
 * Fills `{name}` placeholders in `lang` (a `{ ja, en }` value gives its
 * `lang` side); a placeholder without a value is left as is, which the rule
 * tests catch.
 *
 * @example
 * ```ts
 * fill("unknown `{id}`", { id: "x" }) // "unknown `x`"
 * fill("{label}の請求", { label: { ja: "開示", en: "disclosure" } }, "ja") // "開示の請求"
 * ```
 * @since 0.1.0
 */
export const fill = (template: string, data: Readonly<Record<string, PlaceholderValue>> | undefined, lang: Lang = "en"): string =>
  template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/gu, (whole, name: string) => {
    const value = data?.[name]
    if (value === undefined) return whole
    return typeof value === "object" ? value[lang] : String(value)
  })
