/**
 * The Japanese the renderer writes around a policy's own text, outside its
 * clause catalogs: brackets and separators, the words of numbering and
 * cross-references (第3条, 前条, 上記3.), dates (the eras, 年月日) and amounts
 * (円, 税込). One home for this notation; the English counterparts stand
 * beside their use, where the format decides them.
 *
 * @since 0.3.0
 */

/** A Japanese era, the first day this calendar writes it, and the Gregorian year of its 元年. @since 0.3.0 */
export interface Era {
  readonly name: string
  readonly start: string
  readonly firstYear: number
}

/** @since 0.3.0 */
export const JA = {
  open: "（",
  close: "）",
  colon: "：",
  bullet: "・",
  comma: "、",
  and: "及び",
  or: "又は",
  /**
   * Newest first. 令和 from 2019-05-01; 平成 1989-01-08 … 2019-04-30; and so on
   * back to 明治6年 (1873), when Japan adopted the solar calendar.
   */
  eras: [
    { name: "令和", start: "2019-05-01", firstYear: 2019 },
    { name: "平成", start: "1989-01-08", firstYear: 1989 },
    { name: "昭和", start: "1926-12-25", firstYear: 1926 },
    { name: "大正", start: "1912-07-30", firstYear: 1912 },
    { name: "明治", start: "1873-01-01", firstYear: 1868 }
  ] satisfies ReadonlyArray<Era>,
  /** The first year of an era: 令和元年. */
  firstYear: "元",
  date: (year: number | string, month: number, day: number): string => `${year}年${month}月${day}日`,
  monthDay: (month: number, day: number): string => `${month}月${day}日`,
  yen: (amount: string): string => `${amount}円`,
  taxIncluded: "（税込）",
  taxExcluded: "（税別）",
  article: (n: number): string => `第${n}条`,
  paragraph: (n: number): string => `第${n}項`,
  precedingArticle: "前条",
  thisArticle: "本条",
  thisSection: "本項",
  above: "上記",
  below: "下記"
} as const
