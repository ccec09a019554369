/**
 * The bilingual clause catalog: `clause` renders a keyed clause in both
 * languages from named parameters; `word` picks a fixed entry (a heading, a
 * label, a statutory list item) in both languages.
 *
 * @since 0.1.0
 */
import type { Inline, Phrase } from "../parts.ts"
import type { Catalog, ClauseKey, ClauseParams } from "./Catalog.ts"
import { en } from "./en.ts"
import { ja } from "./ja.ts"

/** @since 0.1.0 */
export type { Catalog, ClauseKey, ClauseParams, HeadingKey, LabelKey, OptOutItemKey } from "./Catalog.ts"
export { citations, formatCitation, formatCitations, type Citation, type Law } from "./citations.ts"

/** The catalog of each language. @since 0.1.0 */
export const catalogs: { readonly ja: Catalog; readonly en: Catalog } = { ja, en }

/** A clause's parameters as section builders pass them: text parameters as bilingual phrases. @since 0.1.0 */
export type PhraseParams<P> = { readonly [K in keyof P]: P[K] extends Inline ? Phrase : P[K] extends Inline | undefined ? Phrase | undefined : P[K] }

const isPhrase = (value: unknown): value is Phrase =>
  typeof value === "object" && value !== null && Array.isArray((value as Phrase).ja) && Array.isArray((value as Phrase).en)

const localize = (params: object, lang: "ja" | "en"): never =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isPhrase(value) ? value[lang] : value])) as never

/**
 * A clause in both languages.
 *
 * @example
 * ```ts
 * clause("fee.free", { kinds: same("…") })
 * ```
 * @since 0.1.0
 */
export const clause = <K extends ClauseKey>(key: K, params: PhraseParams<ClauseParams[K]>): Phrase => {
  const jaClause = catalogs.ja.clauses[key] as (params: ClauseParams[K]) => Inline
  const enClause = catalogs.en.clauses[key] as (params: ClauseParams[K]) => Inline
  return { ja: jaClause(localize(params, "ja")), en: enClause(localize(params, "en")) }
}

/**
 * A fixed catalog entry in both languages.
 *
 * @example
 * ```ts
 * word((c) => c.headings.purposes) // 個人情報の利用目的 / Purposes of Use of Personal Information
 * ```
 * @since 0.1.0
 */
export const word = (select: (catalog: Catalog) => string): Phrase => ({
  ja: [{ kind: "text", text: select(catalogs.ja) }],
  en: [{ kind: "text", text: select(catalogs.en) }]
})
