/**
 * Dates, money and list labels as each language writes them. Pure and
 * locale-independent (no `Intl`, no clock), so output is byte-identical on
 * every machine.
 *
 * @since 0.1.0
 */
import { JA } from "./japanese.ts"
import type { Bilingual } from "../core/Lang.ts"

const parts = (iso: string): readonly [number, number, number] => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number]
  return [year, month, day]
}

/**
 * A date in the Japanese era calendar (和暦): `2005-05-13` → 平成17年5月13日,
 * `2019-05-01` → 令和元年5月1日. Dates before the solar calendar (1873) are
 * written in the Gregorian calendar.
 *
 * @example
 * ```ts
 * japaneseEraDate("2022-04-01") // "令和4年4月1日"
 * ```
 * @since 0.1.0
 */
export const japaneseEraDate = (iso: string): string => {
  const [year, month, day] = parts(iso)
  // ISO dates compare correctly as strings.
  const era = JA.eras.find((candidate) => iso >= candidate.start)
  if (era === undefined) return gregorianJapaneseDate(iso)
  const eraYear = year - era.firstYear + 1
  return `${era.name}${JA.date(eraYear === 1 ? JA.firstYear : eraYear, month, day)}`
}

/** `2020-09-01` → 2020年9月1日. @since 0.1.0 */
export const gregorianJapaneseDate = (iso: string): string => {
  const [year, month, day] = parts(iso)
  return JA.date(year, month, day)
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

/** `2005-05-13` → 13 May 2005. @since 0.1.0 */
export const longEnglishDate = (iso: string): string => {
  const [year, month, day] = parts(iso)
  return `${day} ${MONTHS[month - 1]} ${year}`
}

/** `1000` → `1,000`, without `Intl`. @since 0.1.0 */
export const groupDigits = (value: number): string => String(value).replace(/\B(?=(?:\d{3})+(?!\d))/gu, ",")

/**
 * An amount of yen: 1,000円（税込） / JPY 1,000 (tax incl.). `taxIncluded`
 * `undefined` says nothing about tax.
 *
 * @example
 * ```ts
 * yen(1000, true) // { ja: "1,000円（税込）", en: "JPY 1,000 (tax incl.)" }
 * ```
 * @since 0.1.0
 */
export const yen = (amount: number, taxIncluded: boolean | undefined): Bilingual => ({
  ja: `${JA.yen(groupDigits(amount))}${taxIncluded === undefined ? "" : taxIncluded ? JA.taxIncluded : JA.taxExcluded}`,
  en: `JPY ${groupDigits(amount)}${taxIncluded === undefined ? "" : taxIncluded ? " (tax incl.)" : " (tax excl.)"}`
})

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

/** ① … ⑳, then (21) beyond the circled numbers Unicode has in this block. @since 0.1.0 */
export const circled = (n: number): string => (n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : `(${n})`)

/** Lower-case Roman numerals (kept here for the renderer's labels; the one implementation is the citations'). @since 0.1.0 */
export { roman } from "../core/citation.ts"
