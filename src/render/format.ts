/**
 * Dates, money and list labels as each language writes them. Pure and
 * locale-independent (no `Intl`, no clock), so output is byte-identical on
 * every machine.
 *
 * @since 0.1.0
 */

/** A Japanese era, the first day this calendar writes it, and the Gregorian year of its 元年. */
interface Era {
  readonly name: string
  readonly start: string
  readonly firstYear: number
}

/**
 * Newest first. 令和 from 2019-05-01; 平成 1989-01-08 … 2019-04-30; and so on
 * back to 明治6年 (1873), when Japan adopted the solar calendar.
 */
const ERAS: ReadonlyArray<Era> = [
  { name: "令和", start: "2019-05-01", firstYear: 2019 },
  { name: "平成", start: "1989-01-08", firstYear: 1989 },
  { name: "昭和", start: "1926-12-25", firstYear: 1926 },
  { name: "大正", start: "1912-07-30", firstYear: 1912 },
  { name: "明治", start: "1873-01-01", firstYear: 1868 }
]

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
  const era = ERAS.find((candidate) => iso >= candidate.start)
  if (era === undefined) return gregorianJapaneseDate(iso)
  const eraYear = year - era.firstYear + 1
  return `${era.name}${eraYear === 1 ? "元" : eraYear}年${month}月${day}日`
}

/** `2020-09-01` → 2020年9月1日. @since 0.1.0 */
export const gregorianJapaneseDate = (iso: string): string => {
  const [year, month, day] = parts(iso)
  return `${year}年${month}月${day}日`
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
export const yen = (amount: number, taxIncluded: boolean | undefined): { readonly ja: string; readonly en: string } => ({
  ja: `${groupDigits(amount)}円${taxIncluded === undefined ? "" : taxIncluded ? "（税込）" : "（税別）"}`,
  en: `JPY ${groupDigits(amount)}${taxIncluded === undefined ? "" : taxIncluded ? " (tax incl.)" : " (tax excl.)"}`
})

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

/** ① … ⑳, then (21) beyond the circled numbers Unicode has in this block. @since 0.1.0 */
export const circled = (n: number): string => (n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : `(${n})`)

/** Lower-case Roman numerals (kept here for the renderer's labels; the one implementation is the citations'). @since 0.1.0 */
export { roman } from "../core/citation.ts"
