/**
 * `lint(policy, { rules })`: runs the APPI rules over a loaded policy and
 * returns their findings. Pure: no file system, no positions (see `lintText`
 * and `lintFile` for line:column).
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import type { LintDiagnostic } from "./LintDiagnostic.ts"
import { fill, type Lang, type LintRule, type RuleSetting } from "./Rule.ts"
import { rules as allRules } from "./rules/index.ts"
import { effectiveSeverity, unknownRules } from "./settings.ts"

/** @since 0.1.0 */
export interface LintOptions {
  /** Per-rule settings, e.g. `{ "abstract-purpose": "off", "profiling-purpose": "error" }`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>
  /** Language of `message` and `help` (both are always in `localized`); default `en`. */
  readonly lang?: Lang
  /** File name put in each diagnostic (default `<input>`). */
  readonly file?: string
}

/**
 * Runs the given rules (without checking settings for unknown ids); the
 * findings come in rule order, each rule's in the order it reports them.
 *
 * @since 0.1.0
 */
export const runRules = (policy: Policy, rules: ReadonlyArray<LintRule>, options: LintOptions = {}): ReadonlyArray<LintDiagnostic> => {
  const lang = options.lang ?? "en"
  const file = options.file ?? "<input>"
  const found: Array<LintDiagnostic> = []
  for (const rule of rules) {
    const ruleSeverity = effectiveSeverity(rule, options.rules)
    if (ruleSeverity === undefined) continue
    const { meta } = rule
    rule.check(policy, (key, path, data) => {
      const message = meta.messages[key]
      if (message === undefined) throw new Error(`rule ${meta.id} reported an unknown message \`${key}\``)
      const severity = effectiveSeverity(rule, options.rules, key) ?? ruleSeverity
      const localized = {
        ja: { message: fill(message.ja, data, "ja"), ...(message.help === undefined ? {} : { help: fill(message.help.ja, data, "ja") }) },
        en: { message: fill(message.en, data, "en"), ...(message.help === undefined ? {} : { help: fill(message.help.en, data, "en") }) }
      }
      found.push({
        file,
        severity,
        code: meta.id,
        messageId: key,
        message: localized[lang].message,
        path: [...path],
        ...(localized[lang].help === undefined ? {} : { help: localized[lang].help }),
        citation: meta.citation,
        localized
      })
    })
  }
  return found
}

/**
 * Lints a policy with every rule at its default severity, or as `rules` sets
 * them. Throws `UnknownRuleError` for a setting that names no rule (a
 * configuration mistake, not a finding); `lintEffect` fails with it instead.
 *
 * @example
 * ```ts
 * import { lint, loadPolicyFile } from "appi-policy"
 * const loaded = loadPolicyFile("examples/004-k-zone.yaml")
 * if (loaded.ok) {
 *   for (const d of lint(loaded.policy, { rules: { "abstract-purpose": "off" }, lang: "ja" })) {
 *     console.log(d.code, d.message, d.citation.ja)
 *   }
 * }
 * ```
 * @since 0.1.0
 */
export const lint = (policy: Policy, options: LintOptions = {}): ReadonlyArray<LintDiagnostic> => {
  const unknown = unknownRules(options.rules ?? {}, allRules)
  if (unknown[0] !== undefined) throw unknown[0]
  return runRules(policy, allRules, options)
}
