/**
 * The two languages of everything the library writes: Japanese, in which a
 * policy is published under the APPI, and English. (A page or a changelog
 * may show both, `ja+en`: that is a layout, not a language.)
 *
 * @since 0.3.0
 */

/** @since 0.3.0 */
export type Lang = "ja" | "en"

/** A text in both languages. @since 0.3.0 */
export interface Bilingual {
  readonly ja: string
  readonly en: string
}
