/**
 * Country names for the ISO 3166-1 codes a policy may name (foreign
 * recipients, where data is held). A code not listed is printed as the code.
 *
 * @since 0.1.0
 */
import { bilingual, same } from "../phrase.ts"
import type { Phrase } from "../parts.ts"

const NAMES: Readonly<Record<string, readonly [ja: string, en: string]>> = {
  AU: ["オーストラリア", "Australia"],
  BR: ["ブラジル", "Brazil"],
  CA: ["カナダ", "Canada"],
  CH: ["スイス", "Switzerland"],
  CN: ["中華人民共和国", "the People's Republic of China"],
  DE: ["ドイツ", "Germany"],
  DK: ["デンマーク", "Denmark"],
  ES: ["スペイン", "Spain"],
  FI: ["フィンランド", "Finland"],
  FR: ["フランス", "France"],
  GB: ["英国", "the United Kingdom"],
  HK: ["香港", "Hong Kong"],
  ID: ["インドネシア", "Indonesia"],
  IE: ["アイルランド", "Ireland"],
  IL: ["イスラエル", "Israel"],
  IN: ["インド", "India"],
  IT: ["イタリア", "Italy"],
  JP: ["日本", "Japan"],
  KR: ["大韓民国", "the Republic of Korea"],
  MY: ["マレーシア", "Malaysia"],
  NL: ["オランダ", "the Netherlands"],
  NZ: ["ニュージーランド", "New Zealand"],
  PH: ["フィリピン", "the Philippines"],
  SE: ["スウェーデン", "Sweden"],
  SG: ["シンガポール", "Singapore"],
  TH: ["タイ", "Thailand"],
  TW: ["台湾", "Taiwan"],
  US: ["アメリカ合衆国", "the United States of America"],
  VN: ["ベトナム", "Viet Nam"]
}

/** The name of a country in both languages, or its code when not listed. @since 0.1.0 */
export const countryName = (code: string): Phrase => {
  const names = NAMES[code]
  return names === undefined ? same(code) : bilingual(names[0], names[1])
}
