/**
 * Rule settings (`{ "abstract-purpose": "off" }`, `--rule id=warn`): parsing,
 * validation with a spelling hint, and the effective severity of each rule.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { closest } from "../core/suggest.ts"
import type { LintRule, RuleSetting, Severity } from "./Rule.ts"

/**
 * A setting names a rule that does not exist. The message is English; `rule`
 * and `suggestion` are the data a caller words in another language (the CLI
 * does, from its catalogs, in the locale's language).
 *
 * @since 0.1.0
 */
export class UnknownRuleError extends Schema.TaggedError<UnknownRuleError>()("UnknownRuleError", {
  rule: Schema.String,
  suggestion: Schema.optionalKey(Schema.String)
}) {
  override get message(): string {
    return `unknown rule \`${this.rule}\`${this.suggestion === undefined ? "" : ` (did you mean \`${this.suggestion}\`?)`}`
  }
}

/**
 * The known id closest to `id`, when it is close enough to be a typo.
 *
 * @since 0.1.0
 */
export const suggestRule = (id: string, rules: ReadonlyArray<LintRule>): string | undefined => closest(id, rules.map((rule) => rule.meta.id))

/**
 * The unknown ids among `settings`, in the order given.
 *
 * @since 0.1.0
 */
export const unknownRules = (settings: Readonly<Record<string, RuleSetting>>, rules: ReadonlyArray<LintRule>): ReadonlyArray<UnknownRuleError> => {
  const known = new Set(rules.map((rule) => rule.meta.id))
  return Object.keys(settings)
    .filter((id) => !known.has(id))
    .map((id) => {
      const suggestion = suggestRule(id, rules)
      return new UnknownRuleError(suggestion === undefined ? { rule: id } : { rule: id, suggestion })
    })
}

/**
 * Parses `id=off|warn|error` (the CLI's `--rule`); undefined when malformed.
 *
 * @example
 * ```ts
 * parseRuleSetting("abstract-purpose=off") // ["abstract-purpose", "off"]
 * ```
 * @since 0.1.0
 */
export const parseRuleSetting = (text: string): readonly [string, RuleSetting] | undefined => {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(off|warn|error)$/u.exec(text.trim())
  return match === null ? undefined : [match[1]!, match[2] as RuleSetting]
}

/**
 * The severity a rule's findings get, or undefined when the rule is off. A
 * setting applies to every message of the rule; without one, a finding of
 * `message` has that message's own severity, if it has one, else the rule's.
 *
 * @example
 * ```ts
 * effectiveSeverity(myNumberProvision, undefined, "no-statement") // "warning"
 * effectiveSeverity(myNumberProvision, { "my-number-provision": "error" }, "no-statement") // "error"
 * ```
 * @since 0.1.0
 */
export const effectiveSeverity = (rule: LintRule, settings: Readonly<Record<string, RuleSetting>> | undefined, message?: string): Severity | undefined => {
  const setting = settings?.[rule.meta.id]
  if (setting === undefined) return (message === undefined ? undefined : rule.meta.messages[message]?.severity) ?? rule.meta.severity
  return setting === "off" ? undefined : setting === "warn" ? "warning" : "error"
}
