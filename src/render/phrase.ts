/**
 * Building inline text: runs in one language (`t`, for the clause catalogs)
 * and phrases in both (for the section builders). Policy text enters only
 * through `fromPolicy`, which records where an English version is missing.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { LocalizedText, PostalAddress } from "../model/primitives.ts"
import type { Inline, Phrase, Run } from "./parts.ts"

/** Appends runs, merging adjacent plain text so formats see tidy runs. */
const push = (into: Array<Run>, runs: Inline): void => {
  for (const run of runs) {
    const last = into[into.length - 1]
    if (run.kind === "text" && last?.kind === "text") into[into.length - 1] = { kind: "text", text: last.text + run.text }
    else if (run.kind !== "text" || run.text !== "") into.push(run)
  }
}

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
export const fromPolicy = (text: LocalizedText, path: JsonPath): Phrase => ({
  ja: inline(text.ja),
  en: text.en === undefined ? [{ kind: "missing", ja: text.ja, path: [...path, "en"] }] : inline(text.en)
})

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
export const joinWith = (phrases: ReadonlyArray<Phrase>, separator: { readonly ja: string; readonly en: string }): Phrase => ({
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
  const ja = conjunction === "and" ? "及び" : "又は"
  const en = conjunction
  return {
    ja: inline(...phrases.flatMap((phrase, index) => (index === 0 ? [phrase.ja] : [index === last ? ja : "、", phrase.ja]))),
    en: inline(...phrases.flatMap((phrase, index) => (index === 0 ? [phrase.en] : [index === last ? (last > 1 ? `, ${en} ` : ` ${en} `) : ", ", phrase.en])))
  }
}

/** The plain text of inline content (missing translations show the Japanese). @since 0.1.0 */
export const plainText = (content: Inline): string => content.map((run) => (run.kind === "missing" ? run.ja : run.text)).join("")
