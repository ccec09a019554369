/**
 * Building inline text: runs in one language (`t`, for the clause catalogs)
 * and phrases in both (for the section builders). Policy text enters only
 * through `fromPolicy`, which records where an English version is missing.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { LocalizedText, PostalAddress } from "../model/primitives.ts"
import type { Inline, Phrase, Run, Source } from "./parts.ts"
import { parsePlaceholders } from "./placeholders.ts"
import { JA } from "./japanese.ts"
import type { Bilingual } from "../core/Lang.ts"

/** Appends runs, merging adjacent plain text of the same source so formats see tidy runs. */
const push = (into: Array<Run>, runs: Inline): void => {
  for (const run of runs) {
    const last = into[into.length - 1]
    if (run.kind === "text" && last?.kind === "text" && last.source === run.source) into[into.length - 1] = { ...last, text: last.text + run.text }
    else if (run.kind !== "text" || run.text !== "") into.push(run)
  }
}

/** Runs that have no source yet take `source` (text interpolated into a clause keeps its own). @since 0.1.0 */
export const withSource = (content: Inline, source: Source): Inline => {
  const runs: Array<Run> = []
  push(
    runs,
    content.map((run) => (run.source === undefined ? { ...run, source } : run))
  )
  return runs
}

/** Both languages of a phrase take `source` where they have none. @since 0.1.0 */
export const sourced = (phrase: Phrase, source: Source): Phrase => ({ ja: withSource(phrase.ja, source), en: withSource(phrase.en, source) })

/** Inline text from pieces: plain strings, numbers and other inline text. @since 0.1.0 */
export const inline = (...pieces: ReadonlyArray<Inline | string | number>): Inline => {
  const runs: Array<Run> = []
  for (const piece of pieces) push(runs, typeof piece === "string" || typeof piece === "number" ? [{ kind: "text", text: String(piece) }] : piece)
  return runs
}

/**
 * A tagged template for clause catalogs: interpolations may be inline text
 * (a policy value, a cross-reference), strings or numbers.
 *
 * @example
 * ```ts
 * const clause = (p: { readonly window: Inline }) => t`請求は、${p.window}で受け付けます。`
 * ```
 * @since 0.1.0
 */
export const t = (strings: TemplateStringsArray, ...values: ReadonlyArray<Inline | string | number>): Inline =>
  inline(...strings.flatMap((text, index) => (index < values.length ? [text, values[index]!] : [text])))

/** The same plain text in both languages (numbers, codes, e-mail addresses). @since 0.1.0 */
export const same = (text: string): Phrase => ({ ja: inline(text), en: inline(text) })

/** Fixed text in each language. @since 0.1.0 */
export const bilingual = (ja: string, en: string): Phrase => ({ ja: inline(ja), en: inline(en) })

/** A link, the same in both languages. @since 0.1.0 */
export const link = (text: string, href: string): Phrase => {
  const run: Run = { kind: "link", text, href }
  return { ja: [run], en: [run] }
}

/**
 * Policy text at `path`. Its English is the policy's own translation; when
 * there is none, the English side holds a `missing` run pointing at `path.en`.
 * @since 0.1.0
 */
export const fromPolicy = (text: LocalizedText, path: JsonPath): Phrase => {
  const ja: Source = { kind: "policy", path: [...path, "ja"] }
  const en: Source = { kind: "policy", path: [...path, "en"] }
  return {
    ja: parsePlaceholders(text.ja, ja),
    en: text.en === undefined ? [{ kind: "missing", ja: text.ja, path: [...path, "en"], source: ja }] : parsePlaceholders(text.en, en)
  }
}

/**
 * A proper name at `path` (a person's or an organization's name). A name
 * has no translation: without a published English form the English page
 * prints it as written, never a guessed romanization and never a failure.
 * @since 0.1.0
 */
export const fromName = (name: LocalizedText, path: JsonPath): Phrase => {
  const ja: Source = { kind: "policy", path: [...path, "ja"] }
  return { ja: [{ kind: "text", text: name.ja, source: ja }], en: [{ kind: "text", text: name.en ?? name.ja, source: name.en === undefined ? ja : { kind: "policy", path: [...path, "en"] } }] }
}

/** A postal address with its postal code (〒221-0834 …). @since 0.1.0 */
export const fromAddress = (address: PostalAddress, path: JsonPath): Phrase => {
  const code = address.postalCode
  const body = fromPolicy({ ja: address.ja, ...(address.en === undefined ? {} : { en: address.en }) }, path)
  return {
    ja: code === undefined ? body.ja : inline(`〒${code} `, body.ja),
    en: code === undefined ? body.en : inline(body.en, ` ${code}`)
  }
}

/** Concatenates phrases and plain strings (a string is the same in both languages). @since 0.1.0 */
export const concat = (...pieces: ReadonlyArray<Phrase | string>): Phrase => ({
  ja: inline(...pieces.map((piece) => (typeof piece === "string" ? piece : piece.ja))),
  en: inline(...pieces.map((piece) => (typeof piece === "string" ? piece : piece.en)))
})

/** Joins phrases with a separator per language. @since 0.1.0 */
export const joinWith = (phrases: ReadonlyArray<Phrase>, separator: Bilingual): Phrase => ({
  ja: inline(...phrases.flatMap((phrase, index) => (index === 0 ? [phrase.ja] : [separator.ja, phrase.ja]))),
  en: inline(...phrases.flatMap((phrase, index) => (index === 0 ? [phrase.en] : [separator.en, phrase.en])))
})

/**
 * A series as each language writes it: 「A、B及びC」 / "A, B and C"
 * (`or`: 「A、B又はC」 / "A, B or C").
 * @since 0.1.0
 */
export const series = (phrases: ReadonlyArray<Phrase>, conjunction: "and" | "or" = "and"): Phrase => {
  const last = phrases.length - 1
  const ja = conjunction === "and" ? JA.and : JA.or
  const en = conjunction
  return {
    ja: inline(...phrases.flatMap((phrase, index) => (index === 0 ? [phrase.ja] : [index === last ? ja : JA.comma, phrase.ja]))),
    en: inline(...phrases.flatMap((phrase, index) => (index === 0 ? [phrase.en] : [index === last ? (last > 1 ? `, ${en} ` : ` ${en} `) : ", ", phrase.en])))
  }
}

/**
 * Pieces of one language in a series: 「A、B及びC」 (`conjunction` 及び) or
 * "A, B and C" — for catalogs, which build inline text in one language.
 * @since 0.1.0
 */
export const listed = (pieces: ReadonlyArray<Inline | string>, conjunction: string): Inline => {
  const last = pieces.length - 1
  const japanese = /^[^\x00-\x7f]/u.test(conjunction)
  return inline(
    ...pieces.flatMap((piece, index) =>
      index === 0 ? [piece] : [index === last ? (japanese ? conjunction : last > 1 ? `, ${conjunction} ` : ` ${conjunction} `) : japanese ? "、" : ", ", piece]
    )
  )
}

/** The plain text of inline content (missing translations show the Japanese). @since 0.1.0 */
export const plainText = (content: Inline): string => content.map((run) => (run.kind === "missing" ? run.ja : run.kind === "reference" ? "" : run.text)).join("")

/** `outer（inner）` / `outer (inner)`. @since 0.3.0 */
export const inParentheses = (outer: Phrase, inner: Phrase): Phrase => concat(outer, bilingual(JA.open, " ("), inner, bilingual(JA.close, ")"))

/** `label：value` / `label: value`. @since 0.3.0 */
export const labelled = (label: Phrase, value: Phrase): Phrase => concat(label, bilingual(JA.colon, ": "), value)
