/**
 * Presentation choices that do not change content: how sections, items and
 * the statutory lists are numbered, and how dates are written.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export interface RenderStyle {
  /** `articles`: 第1条 / Article 1, subsections 1. 2.; `sections`: 1. and 1.1 (default). */
  readonly numbering: "articles" | "sections"
  /** Ordinary item lists: `parenthesized` (1) (2) (default), or `circled` ① ② (English (i) (ii)). */
  readonly items: "parenthesized" | "circled"
  /** The statutory lists (各号: 18(3)/27(1), 21(4), 33(2)): `circled` ①–④ (default; English (i)–(iv)), or `parenthesized`. */
  readonly exceptions: "circled" | "parenthesized"
  /** Japanese dates: `japanese` era, 令和4年4月1日 (default), or `gregorian`, 2022年4月1日. */
  readonly calendar: "japanese" | "gregorian"
  /** English dates: `long`, 1 April 2022 (default), or `iso`, 2022-04-01. */
  readonly englishDates: "long" | "iso"
}

/**
 * The defaults: decimal sections, (1) items, ①–④ for the statutory lists,
 * 和暦 dates as the seeds print them, long English dates.
 *
 * @since 0.1.0
 */
export const DEFAULT_STYLE: RenderStyle = {
  numbering: "sections",
  items: "parenthesized",
  exceptions: "circled",
  calendar: "japanese",
  englishDates: "long"
}

/** The accepted values of each style option, for the CLI and for input checks. @since 0.1.0 */
export const STYLE_VALUES: { readonly [K in keyof RenderStyle]: ReadonlyArray<RenderStyle[K]> } = {
  numbering: ["articles", "sections"],
  items: ["parenthesized", "circled"],
  exceptions: ["circled", "parenthesized"],
  calendar: ["japanese", "gregorian"],
  englishDates: ["long", "iso"]
}
