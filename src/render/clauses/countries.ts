/**
 * Country names for ISO 3166-1 alpha-2 codes, in Japanese and English, from
 * the maintained `i18n-iso-countries` data (28(2) asks for the country's
 * name, not its code). Only the renderer imports this: the guard entry stays
 * free of it.
 *
 * @since 0.1.0
 */
import en from "i18n-iso-countries/langs/en.json" with { type: "json" }
import ja from "i18n-iso-countries/langs/ja.json" with { type: "json" }
import type { Phrase } from "../parts.ts"
import { bilingual, same } from "../phrase.ts"

type Names = { readonly countries: Readonly<Record<string, string | ReadonlyArray<string>>> }

/** The package's first (official) name, except where that is a claim rather than a name. */
const ENGLISH_OVERRIDES: Readonly<Record<string, string>> = { TW: "Taiwan" }

const first = (names: Names, code: string): string | undefined => {
  const entry = names.countries[code]
  return typeof entry === "string" ? entry : entry?.[0]
}

/** English names read in running text with "the" (the United States, the Philippines, the Cayman Islands). */
const TAKES_ARTICLE =
  /^(?:United |Republic |Democratic |Islamic |Russian Federation|Netherlands|Philippines|Bahamas|Czech Republic|Dominican Republic|Central African|People's |State of |Holy See|Plurinational |Bolivarian |Federated |Lao People's|Syrian Arab|Maldives|Comoros|Marshall |Solomon |Cayman |Falkland |Faroe |Virgin |Cook |Turks |British |Northern Mariana|Cocos |Heard |French Southern|South Georgia)|Islands$/u

/** The English name of a country, or `undefined` for a code the data does not know. @since 0.1.0 */
export const englishCountryName = (code: string): string | undefined => ENGLISH_OVERRIDES[code] ?? first(en, code)

/**
 * The name of a country in both languages, or its code when the data does
 * not know it. `article`: the English name as running text writes it
 * ("the United States of America"); labels and fields take the bare name.
 * @since 0.1.0
 */
export const countryName = (code: string, options: { readonly article?: boolean } = {}): Phrase => {
  const japanese = first(ja, code)
  const english = englishCountryName(code)
  if (japanese === undefined || english === undefined) return same(code)
  const withArticle = options.article === true && !/^The /u.test(english) && TAKES_ARTICLE.test(english) ? `the ${english}` : english
  return bilingual(japanese, withArticle)
}
