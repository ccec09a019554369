/**
 * The bilingual clause catalog: `clause` renders a keyed clause in both
 * languages from named parameters; `word` picks a fixed entry (a heading, a
 * label, a statutory list item) in both languages.
 *
 * @since 0.1.0
 * @module
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { Inline, Phrase, Source } from "../parts.ts"
import { sourced } from "../phrase.ts"
import type { Catalog, ClauseKey, ClauseParams } from "./Catalog.ts"
import { en } from "./en.ts"
import { ja } from "./ja.ts"
import { CLAUSE_VOICE } from "./voice.ts"
import type { Lang } from "../../core/Lang.ts"

/** @since 0.1.0 */
export type { Catalog, ClauseKey, ClauseParams, HeadingKey, LabelKey, OptOutItemKey } from "./Catalog.ts"
export { formatCitation, formatCitations } from "../../core/citation.ts"
import type * as Citations from "../../core/citation.ts"
// Declared, not re-exported: see `src/core/index.ts`.
/** @since 0.1.0 */
export type Citation = Citations.Citation
/** @since 0.1.0 */
export type Law = Citations.Law
export { citations } from "./citations.ts"
export { CLAUSE_VOICE, type ClauseVoice, type DeclaredClause } from "./voice.ts"

/** The catalog of each language. @since 0.1.0 */
export const catalogs: { readonly ja: Catalog; readonly en: Catalog } = { ja, en }

/** A clause's parameters as section builders pass them: text parameters as bilingual phrases. @since 0.1.0 */
export type PhraseParams<P> = { readonly [K in keyof P]: P[K] extends Inline ? Phrase : P[K] extends Inline | undefined ? Phrase | undefined : P[K] }

const isPhrase = (value: unknown): value is Phrase =>
  typeof value === "object" && value !== null && Array.isArray((value as Phrase).ja) && Array.isArray((value as Phrase).en)

const localize = (params: object, lang: Lang): never =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isPhrase(value) ? value[lang] : value])) as never

/** At least one path: what a clause that asserts something must cite. @since 0.1.0 */
export type Facts = readonly [JsonPath, ...ReadonlyArray<JsonPath>]

/**
 * The facts a clause needs: the policy values that declare what it says —
 * required for commitments and statements, optional for frames.
 * @since 0.1.0
 */
export type FactsOf<K extends ClauseKey> = (typeof CLAUSE_VOICE)[K] extends "frame" ? [facts?: ReadonlyArray<JsonPath>] : [facts: Facts]

/**
 * A clause in both languages, its text marked with where it came from: the
 * clause and the policy values (`facts`) that made the renderer say it.
 *
 * @example
 * ```ts
 * clause("fee.postage", { borneBy: "requester" }, [["fees", 0, "postageBorneBy"]])
 * ```
 * @since 0.1.0
 */
export const clause = <K extends ClauseKey>(key: K, params: PhraseParams<ClauseParams[K]>, ...[facts]: FactsOf<K>): Phrase => {
  const jaClause = catalogs.ja.clauses[key] as (params: ClauseParams[K]) => Inline
  const enClause = catalogs.en.clauses[key] as (params: ClauseParams[K]) => Inline
  const source: Source = { kind: "clause", key, voice: CLAUSE_VOICE[key], facts: facts ?? [] }
  return sourced({ ja: jaClause(localize(params, "ja")), en: enClause(localize(params, "en")) }, source)
}

/** The dotted name of the entry a selector reads (`labels.recipient-country`), found by running it on a recorder. */
const entryName = (select: (catalog: Catalog) => string): string => {
  const keys: Array<string> = []
  const recorder: object = new Proxy(
    {},
    {
      get: (_, key) => {
        // A selector that builds a string from the entry (「（${…}）」) converts the recorder; let it.
        if (typeof key === "symbol") return () => ""
        keys.push(key)
        return recorder
      }
    }
  )
  select(recorder as Catalog)
  return keys.join(".")
}

/**
 * A fixed catalog entry in both languages (a heading, a label, the statute's
 * wording of a listed item, an enum's name); `facts` are the policy values it
 * stands for, if any.
 *
 * @example
 * ```ts
 * word((c) => c.headings.purposes) // 個人情報の利用目的 / Purposes of Use of Personal Information
 * word((c) => c.provisionExceptions["laws-and-regulations"], [["thirdPartyProvision", "exceptions", 0]])
 * ```
 * @since 0.1.0
 */
export const word = (select: (catalog: Catalog) => string, facts: ReadonlyArray<JsonPath> = []): Phrase => {
  const source: Source = { kind: "catalog", entry: entryName(select), facts }
  return {
    ja: [{ kind: "text", text: select(catalogs.ja), source }],
    en: [{ kind: "text", text: select(catalogs.en), source }]
  }
}
