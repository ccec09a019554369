/**
 * The statute's lists and the smaller vocabularies the extractors read by, as
 * data: the items of 18(3), 27(1), 21(4) and 33(2) with how each is worded
 * in the Act (so the company's own wording is kept only where it departs
 * from it), the kinds of request, the payment methods, the categories of
 * security measures of the PPC guidelines, the items of opt-out and of joint
 * use, and the tags of purposes.
 *
 * @since 0.3.0
 */
import type { PaymentMethod } from "../model/Fee.ts"

type Payment = typeof PaymentMethod.Type
import type { PurposeTag } from "../model/Purpose.ts"
import type { RequestKind } from "../model/Requests.ts"
import type { DisclosureRefusalGroundId, NonNotificationGroundId, ProvisionExceptionId, UseExceptionId } from "../model/StatutoryException.ts"

/** One item of a statutory list: how to recognise it, and the statute's own words. @since 0.3.0 */
export interface CatalogItem<Id extends string> {
  readonly id: Id
  readonly matches: RegExp
  readonly statute: string
}

const lawsAndRegulations = {
  id: "laws-and-regulations",
  // 法令に基づく場合 / 法令の規定による / 法令により開示を求められた; not 法令の定める事務 (item ④) nor 法令により認められる (other law).
  matches: /法令(?:（条例を含む。?）|\(条例を含む。?\))?(?:等)?(?:の規定)?(?:に基づ|による(?:場合|要請|請求)|により(?:開示|提供)を求め|または司法|又は司法)/u,
  statute: "法令（条例を含む。）に基づく場合"
} as const
const lifeBodyProperty = {
  id: "life-body-property",
  matches: /生命[、,・]?\s*身体/u,
  statute: "人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき"
} as const
const publicHealth = {
  id: "public-health-children",
  matches: /公衆衛生|児童|子ども|子供/u,
  statute: "公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき"
} as const
const stateCooperation = {
  id: "state-cooperation",
  matches: /国の機関|地方公共団体/u,
  statute: "国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき"
} as const

/** Art. 18(3): use beyond the purposes without consent. Tried in order (④ before ①: item ④ speaks of 法令 too). @since 0.3.0 */
export const USE_EXCEPTIONS: ReadonlyArray<CatalogItem<UseExceptionId>> = [
  stateCooperation,
  lifeBodyProperty,
  publicHealth,
  {
    id: "academic-research-provision",
    matches: /学術研究機関等に.{0,10}提供|学術研究機関等である第三者/u,
    statute: "学術研究機関等に個人データを提供する場合であって、当該学術研究機関等が当該個人データを学術研究目的で取り扱う必要があるとき"
  },
  { id: "academic-research-institution", matches: /学術研究/u, statute: "当該個人情報取扱事業者が学術研究機関等である場合であって、当該個人情報を学術研究の用に供する目的で取り扱う必要があるとき" },
  lawsAndRegulations
]

/** Art. 27(1): provision without consent. @since 0.3.0 */
export const PROVISION_EXCEPTIONS: ReadonlyArray<CatalogItem<ProvisionExceptionId>> = [
  stateCooperation,
  lifeBodyProperty,
  publicHealth,
  { id: "academic-research-joint", matches: /共同して学術研究/u, statute: "当該個人情報取扱事業者が学術研究機関等である場合であって、当該個人データを学術研究目的で提供する必要があるとき（当該個人情報取扱事業者と当該第三者が共同して学術研究を行う場合に限る。）" },
  { id: "academic-research-provision", matches: /学術研究機関等である第三者|第三者が学術研究機関等|学術研究機関等に.{0,10}提供/u, statute: "当該第三者が学術研究機関等である場合であって、当該第三者が当該個人データを学術研究目的で取り扱う必要があるとき" },
  { id: "academic-research-institution", matches: /学術研究の成果の公表|学術研究/u, statute: "当該個人情報取扱事業者が学術研究機関等である場合であって、当該個人データの提供が学術研究の成果の公表又は教授のためやむを得ないとき" },
  lawsAndRegulations
]

/** Art. 21(4): grounds for not notifying or publishing a purpose. @since 0.3.0 */
export const NON_NOTIFICATION_GROUNDS: ReadonlyArray<CatalogItem<NonNotificationGroundId>> = [
  { id: "state-cooperation", matches: /国の機関|地方公共団体/u, statute: "国の機関又は地方公共団体が法令の定める事務を遂行することに対して協力する必要がある場合であって、利用目的を本人に通知し、又は公表することにより当該事務の遂行に支障を及ぼすおそれがあるとき" },
  { id: "obvious-from-circumstances", matches: /取得の状況/u, statute: "取得の状況からみて利用目的が明らかであると認められる場合" },
  { id: "harm-to-operator", matches: /(?:事業者|当社|会社|弊社)の権利又は正当な利益|(?:事業者|当社|会社|弊社)の権利または正当な利益|正当な利益を害/u, statute: "利用目的を本人に通知し、又は公表することにより当該個人情報取扱事業者の権利又は正当な利益を害するおそれがある場合" },
  { id: "harm-to-person-or-third-party", matches: /本人(?:又は|または|若しくは|もしくは)第三者|生命[、,]?\s*身体/u, statute: "利用目的を本人に通知し、又は公表することにより本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合" }
]

/** Art. 33(2): grounds for refusing disclosure. @since 0.3.0 */
export const DISCLOSURE_REFUSAL_GROUNDS: ReadonlyArray<CatalogItem<DisclosureRefusalGroundId>> = [
  { id: "serious-business-hindrance", matches: /業務の適正な実施に著しい支障|業務.{0,10}著しい支障/u, statute: "当該個人情報取扱事業者の業務の適正な実施に著しい支障を及ぼすおそれがある場合" },
  { id: "violates-other-law", matches: /法令に違反|法令により制限|他の法令/u, statute: "他の法令に違反することとなる場合" },
  { id: "harm-to-person-or-third-party", matches: /権利利益を害|生命[、,]?\s*身体/u, statute: "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合" }
]

/** The first item of `catalog` a text speaks of. @since 0.3.0 */
export const matchCatalog = <Id extends string>(catalog: ReadonlyArray<CatalogItem<Id>>, text: string): CatalogItem<Id> | undefined => {
  const plain = text.normalize("NFKC").replace(/\s+/gu, "")
  return catalog.find((item) => item.matches.test(plain))
}

/** The company's wording of a statutory item, or undefined when it is the statute's own (ends and white space aside). @since 0.3.0 */
export const wordingIfDifferent = (text: string, statute: string): string | undefined => {
  const same = (a: string): string => a.normalize("NFKC").replace(/[\s。.]/gu, "")
  return same(text) === same(statute) ? undefined : text
}

/** The kinds of request (32–35), by the words that name them; tried in order on a text. @since 0.3.0 */
export const REQUEST_KINDS: ReadonlyArray<{ readonly kind: RequestKind; readonly matches: RegExp }> = [
  { kind: "purpose-notification", matches: /利用目的の通知/u },
  { kind: "provision-record-disclosure", matches: /第三者提供記録|提供(?:に|にか)(?:かる|係る)記録|提供の記録/u },
  { kind: "disclosure", matches: /(?<!記録の)開示(?!対象)(?!等の求め)/u },
  { kind: "correction", matches: /訂正|追加又は削除|追加または削除|追加・削除/u },
  { kind: "use-stop", matches: /利用(?:の)?停止|消去/u },
  { kind: "provision-stop", matches: /(?:第三者(?:へ|に)の)?提供の停止|提供停止|第三者提供の停止/u }
]

/** The request kinds a text names, in the model's order. @since 0.3.0 */
export const requestKindsIn = (text: string): ReadonlyArray<RequestKind> => {
  const plain = text.normalize("NFKC").replace(/\s+/gu, "")
  const found = new Set(REQUEST_KINDS.filter(({ matches }) => matches.test(plain)).map(({ kind }) => kind))
  // 開示 alone in 第三者提供記録の開示 is not a disclosure of the data itself.
  if (found.has("disclosure") && !/(?<!記録の)開示/u.test(plain.replace(/第三者提供記録の開示/gu, ""))) found.delete("disclosure")
  return REQUEST_KINDS.map(({ kind }) => kind).filter((kind) => found.has(kind))
}

/** How a fee is paid, by the words that name it. @since 0.3.0 */
export const PAYMENT_METHODS: ReadonlyArray<{ readonly method: Payment; readonly matches: RegExp }> = [
  { method: "postal-money-order", matches: /(?:郵便|定額)?小為替/u },
  { method: "postage-stamps", matches: /切手/u },
  { method: "bank-transfer", matches: /振込|振り込み|振替/u },
  { method: "cash-on-delivery", matches: /代金引換|代引/u },
  { method: "credit-card", matches: /クレジットカード/u },
  { method: "cash", matches: /現金/u }
]

/** The categories of security measures of the PPC guidelines (通則編 10), by their names. @since 0.3.0 */
export const SECURITY_CATEGORIES: ReadonlyArray<{ readonly field: "basicPolicy" | "rules" | "organizational" | "human" | "physical" | "technical" | "externalEnvironment"; readonly matches: RegExp }> = [
  { field: "basicPolicy", matches: /基本方針の策定/u },
  { field: "rules", matches: /規律の整備|取扱規程|取扱い規程/u },
  { field: "organizational", matches: /組織的/u },
  { field: "human", matches: /人的/u },
  { field: "physical", matches: /物理的/u },
  { field: "technical", matches: /技術的/u },
  { field: "externalEnvironment", matches: /外的環境/u }
]

/** The five (six, with the fact of joint use) items of 27(5)(iii), by their names. @since 0.3.0 */
export const JOINT_USE_ITEMS: ReadonlyArray<{ readonly field: "items" | "users" | "purposes" | "responsibleParty" | "acquisitionMethod"; readonly matches: RegExp }> = [
  { field: "responsibleParty", matches: /責任を有する者|管理責任者|管理について責任/u },
  { field: "purposes", matches: /利用(?:する者|者)?の?利用目的|利用目的/u },
  { field: "users", matches: /利用する者の範囲|共同利用者の範囲|共同して利用する者|共同利用者/u },
  { field: "items", matches: /項目|利用される(?:個人)?(?:情報|データ)/u },
  { field: "acquisitionMethod", matches: /取得方法|取得の方法/u }
]

/** The items of 27(2) opt-out, by their names. @since 0.3.0 */
export const OPT_OUT_ITEMS: ReadonlyArray<{ readonly field: "provisionIsPurpose" | "items" | "provisionMethod" | "stopOnRequest" | "acquisitionMethod" | "requestMethod" | "updateMethod" | "startDate"; readonly matches: RegExp }> = [
  { field: "provisionIsPurpose", matches: /提供を利用目的とする/u },
  { field: "stopOnRequest", matches: /求めに応じて.{0,40}停止|停止すること/u },
  { field: "requestMethod", matches: /求めを受け付ける方法|申出の方法/u },
  { field: "updateMethod", matches: /変更する方法|更新の方法/u },
  { field: "startDate", matches: /提供を開始する予定日|開始日/u },
  { field: "provisionMethod", matches: /提供の(?:手段|方法)|手段又は方法/u },
  { field: "items", matches: /項目/u },
  { field: "acquisitionMethod", matches: /取得(?:の)?方法/u }
]

/** The tags of a purpose, by the words of the purpose. @since 0.3.0 */
export const PURPOSE_TAGS: ReadonlyArray<{ readonly tag: PurposeTag; readonly matches: RegExp }> = [
  { tag: "my-number-affairs", matches: /個人番号|マイナンバー|源泉徴収/u },
  { tag: "recruitment", matches: /採用|応募|選考/u },
  { tag: "employment", matches: /人事|労務|雇用|給与|社会保険|福利厚生|従業員|被用者/u },
  { tag: "inquiry-response", matches: /問い?合わ?せ|問合せ|ご質問|ご意見|ご要望|回答/u },
  { tag: "billing", matches: /請求|決済|支払|入金|料金|代金/u },
  { tag: "ad-targeting", matches: /広告(?:の)?(?:表示|配信).{0,10}最適化|ターゲティング|行動ターゲティング/u },
  { tag: "advertising", matches: /広告|宣伝|メールマガジン|メルマガ|ダイレクトメール/u },
  { tag: "marketing", matches: /ご案内|案内|営業|マーケティング|プロモーション|キャンペーン|販売促進/u },
  { tag: "profiling", matches: /顧客分析|プロファイリング|嗜好|属性.{0,6}分析/u },
  { tag: "statistics", matches: /統計/u },
  { tag: "analytics", matches: /分析|解析|利用状況/u },
  { tag: "research", matches: /アンケート|調査|モニター|取材/u },
  { tag: "product-development", matches: /開発|改善|向上|企画/u },
  { tag: "fraud-prevention", matches: /不正|違反行為|なりすまし/u },
  { tag: "security", matches: /セキュリティ|安全性|本人確認|認証|入退室/u },
  { tag: "legal-compliance", matches: /法令|法的義務|届出|報告/u },
  { tag: "dispute-handling", matches: /紛争|訴訟/u },
  { tag: "third-party-provision", matches: /第三者(?:に|へ)?(?:対する|の)?(?:個人情報の)?提供/u },
  { tag: "outsourcing", matches: /委託/u },
  { tag: "contact", matches: /連絡|コミュニケーション|通知/u },
  { tag: "ancillary", matches: /付帯|付随|関連する(?:すべての|全ての)?業務/u },
  { tag: "service-provision", matches: /サービス(?:の)?提供|提供するため|サービスの(?:ご)?利用|予約|保守|サポート|発送|配送|お届け|納品|ご注文|契約の履行/u }
]

/** The tags a purpose's text speaks of, in the vocabulary's order. @since 0.3.0 */
export const purposeTagsOf = (text: string): ReadonlyArray<PurposeTag> => {
  const plain = text.normalize("NFKC").replace(/\s+/gu, "")
  return PURPOSE_TAGS.filter(({ matches }) => matches.test(plain)).map(({ tag }) => tag)
}

/** Countries by their Japanese names (ISO 3166-1 alpha-2), for recipients and data kept abroad. @since 0.3.0 */
export const COUNTRIES: ReadonlyArray<{ readonly code: string; readonly matches: RegExp }> = [
  { code: "US", matches: /米国|アメリカ(?:合衆国)?/u },
  { code: "GB", matches: /英国|イギリス/u },
  { code: "CN", matches: /中国|中華人民共和国/u },
  { code: "KR", matches: /韓国|大韓民国/u },
  { code: "TW", matches: /台湾/u },
  { code: "SG", matches: /シンガポール/u },
  { code: "IN", matches: /インド(?!ネシア)/u },
  { code: "ID", matches: /インドネシア/u },
  { code: "VN", matches: /ベトナム/u },
  { code: "PH", matches: /フィリピン/u },
  { code: "TH", matches: /タイ(?:王国)?(?![ムプトヤル])/u },
  { code: "MY", matches: /マレーシア/u },
  { code: "AU", matches: /オーストラリア/u },
  { code: "CA", matches: /カナダ/u },
  { code: "DE", matches: /ドイツ/u },
  { code: "FR", matches: /フランス/u },
  { code: "IE", matches: /アイルランド/u },
  { code: "NL", matches: /オランダ/u },
  { code: "HK", matches: /香港/u }
]

/** The countries a text names. @since 0.3.0 */
export const countriesIn = (text: string): ReadonlyArray<string> => COUNTRIES.filter(({ matches }) => matches.test(text)).map(({ code }) => code)

/** Special-care data (要配慮個人情報, 2条3項・令2条) by its names. @since 0.3.0 */
export const SPECIAL_CARE = /人種|信条|社会的身分|病歴|犯罪の経歴|犯罪により害を被った|障害|健康診断|診療|調剤|遺伝子|健康情報|健康状態|心身の機能/u

/** My Number data (特定個人情報・個人番号). @since 0.3.0 */
export const MY_NUMBER = /特定個人情報|個人番号|マイナンバー/u
