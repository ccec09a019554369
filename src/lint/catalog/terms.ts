/**
 * A term of the catalogs in both languages, for a placeholder value.
 *
 * @since 0.3.0
 */
import type { Bilingual } from "../Rule.ts"
import { enTerms } from "./en.ts"
import { jaTerms } from "./ja.ts"
import type { LintTerms } from "./RuleTexts.ts"

type Group = { [G in keyof LintTerms]: LintTerms[G] extends { readonly [key: string]: string } ? G : never }[keyof LintTerms]

/**
 * `term("requestKinds", "disclosure")` → `{ ja: "開示", en: "disclosure" }`.
 *
 * @since 0.3.0
 */
export const term = <G extends Group>(group: G, key: keyof LintTerms[G] & string): Bilingual => ({
  ja: (jaTerms[group] as Readonly<Record<string, string>>)[key]!,
  en: (enTerms[group] as Readonly<Record<string, string>>)[key]!
})

/**
 * The term for `key` when the catalogs have one, else `fallback` (a field the
 * model adds before the catalogs name it is still reported, by its key).
 *
 * @since 0.3.0
 */
export const termOr = <G extends Group>(group: G, key: string, fallback: Bilingual): Bilingual =>
  Object.hasOwn(enTerms[group], key) ? term(group, key as keyof LintTerms[G] & string) : fallback

/** A composed detail in both languages. @since 0.3.0 */
export const composed = (build: (terms: LintTerms) => string): Bilingual => ({ ja: build(jaTerms), en: build(enTerms) })
