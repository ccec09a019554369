/**
 * The classification rules: one rule per concept of the model, in DATA,
 * written from the vocabulary of the statute (個人情報保護法) and of the
 * PPC guidelines (通則編), not from any one policy. A rule says how a heading
 * that names the concept reads (`title`), and how a sentence that states it
 * reads (`states`); `not` vetoes look-alikes.
 *
 * Rules are tried in table order and the first that matches wins, so the
 * table runs from the specific to the general: 認定個人情報保護団体 before
 * 苦情, 手数料 before 開示等, 外部送信 before Cookie, 共同利用 before 第三者提供.
 *
 * @since 0.3.0
 */
import { appi, appiOrder, telecommunicationsBusinessAct, type Citation } from "../core/citation.ts"

/** The concepts a passage can be placed in. @since 0.3.0 */
export const CONCEPTS = [
  "accreditedOrganization",
  "history",
  "purposeNotice",
  "useBeyondPurpose",
  "purposeChange",
  "marketingOptOut",
  "voluntariness",
  "dataFlows",
  "cookies",
  "logs",
  "optOut",
  "jointUse",
  "fees",
  "identityVerification",
  "retention",
  "policyChanges",
  "complaints",
  "contactWindows",
  "requests",
  "foreignTransfer",
  "securityMeasures",
  "outsourcing",
  "thirdPartyProvision",
  "acquisitionChannels",
  "dataCategories",
  "purposes",
  "principles",
  "operator"
] as const
/** @since 0.3.0 */
export type Concept = (typeof CONCEPTS)[number]

/** @since 0.3.0 */
export interface ConceptRule {
  readonly concept: Concept
  /** The provisions that ask a policy for it; none for a commitment the law does not require. */
  readonly citations: ReadonlyArray<Citation>
  /** A heading that names the concept. */
  readonly title?: RegExp
  /** A sentence that by itself states the concept. */
  readonly states?: RegExp
  /** Vetoes: a heading or sentence that matches these is not this concept. */
  readonly not?: RegExp
}

/**
 * One rule per concept, most specific first.
 *
 * @since 0.3.0
 */
export const CONCEPT_RULES: ReadonlyArray<ConceptRule> = [
  {
    concept: "accreditedOrganization",
    citations: [appiOrder(10, undefined, 3)],
    title: /認定個人情報保護団体/u,
    states: /認定個人情報保護団体/u
  },
  {
    concept: "history",
    citations: [],
    title: /^(?:制定|改定|改訂|沿革|履歴|改定履歴|附則)(?:日|履歴)?$/u,
    states: /^(?:制定|改定|改訂|施行|策定|最終改定|最終改訂|最終更新|更新)日?[\s\u3000:：]*(?:[0-9０-９]{4}|平成|令和|昭和)/u
  },
  {
    concept: "purposeNotice",
    citations: [appi(21, 4)],
    title: /利用目的の通知.{0,6}(?:除外|例外|しない場合)|適用除外/u,
    states: /(?:通知し|公表する)[、,]?(?:又は|または|若しくは)?(?:公表|通知).{0,12}(?:ことによって|ことにより)|知り得る状態に置かない|取得の状況からみて利用目的が明らか/u
  },
  {
    concept: "useBeyondPurpose",
    citations: [appi(18)],
    title: /目的外(?:の)?利用|利用目的による制限/u,
    states: /目的外(?:で|の)?(?:利用|使用)|(?:利用目的の達成に)?必要な範囲を超えて/u
  },
  {
    concept: "purposeChange",
    citations: [appi(17, 2), appi(21, 3)],
    title: /利用目的の変更/u,
    states: /利用目的を?(?:の)?(?:.{0,20}範囲(?:内)?(?:において|で))?変更/u
  },
  {
    concept: "marketingOptOut",
    citations: [], // a commitment, not a statutory duty
    states: /(?:中止|停止|配信停止|送付停止)(?:させ|を求め|を申し出|の申出|を希望).{0,30}(?:再開)?|(?:中止させたり|停止させたり)再開/u,
    not: /利用停止等|提供の停止|開示/u
  },
  {
    concept: "voluntariness",
    citations: [], // JIS Q 15001, not the statute
    title: /任意性|提供の任意/u,
    states: /(?:提供|ご記入|ご入力|記入|入力)(?:は|いただくか)?(?:任意|ご本人の任意)|(?:全ての|すべての)?項目をご?(?:記入|入力)(?:いただく|頂く)?必要はありません|提供いただけない(?:場合|個人情報)/u
  },
  {
    concept: "dataFlows",
    citations: [appi(31), telecommunicationsBusinessAct("27-12")],
    title: /外部送信|個人関連情報|情報収集モジュール/u,
    states: /外部送信|個人関連情報|(?:第三者|他社|提携先|プラットフォーム|ツール)(?:が運営する|の運営する)?.{0,40}(?:から|より).{0,60}取得し.{0,40}(?:照合|連携|紐付け|結び付け)/u
  },
  {
    concept: "cookies",
    citations: [],
    title: /cookie|クッキー/iu,
    states: /cookie|クッキー|webビーコン|ウェブビーコン/iu
  },
  {
    concept: "logs",
    citations: [],
    title: /ログ(?:ファイル|情報)?(?:について|の取扱い)?$|アクセスログ/u,
    states: /ログファイル|アクセスログ(?:を|は)|ログ情報を/u
  },
  {
    concept: "optOut",
    citations: [appi(27, 2)],
    title: /オプトアウト/u,
    states: /オプトアウト|27条2項|第三者への提供を利用目的とすること/u
  },
  {
    concept: "jointUse",
    citations: [appi(27, 5, 3)],
    title: /共同利用|共同して利用/u,
    states: /共同(?:して)?利用(?:し|いたし|します|する|いたします)/u,
    not: /場合であって|場合を除き|に該当/u
  },
  {
    concept: "fees",
    citations: [appi(38)],
    title: /手数料/u,
    states: /手数料.{0,30}(?:円|実費|無料|無償|いただ|頂戴|ご負担|申し受け|徴収(?:します|いたします|させて))|[0-9０-９,，]+円.{0,20}手数料/u
  },
  {
    concept: "identityVerification",
    citations: [appi(37, 2)],
    title: /本人確認|ご本人の確認/u,
    states: /^(?:.{0,20})本人確認(?:書類|の方法|を)/u
  },
  {
    concept: "retention",
    citations: [], // no duty to state periods; Art. 22 asks that data no longer needed be erased
    title: /保存期間|保管期間|保有期間|保存と削除|データの保存/u,
    states: /保存期間|保管期間|(?:保存|保管)(?:いた)?します|(?:[0-9０-９]+|一|二|三|五)\s*年間?(?:保存|保管)/u
  },
  {
    concept: "policyChanges",
    citations: [],
    title: /(?:ポリシー|方針|本方針|本規約)(?:の)?(?:更新|改定|改訂|変更|見直し)|改定・通知/u,
    states: /(?:本ポリシー|本方針|プライバシーポリシー|この方針|当方針|本規程)(?:について|の内容)?(?:は|を|の)?.{0,20}(?:変更|改定|改訂|更新)/u
  },
  {
    concept: "complaints",
    citations: [appi(40)],
    title: /苦情|相談(?:窓口|への対応)?$|相談について/u,
    states: /苦情(?:および|及び|・|や)?(?:相談)?(?:を受け|に対し|に対して|について|の(?:処理|申出|受付)|は)/u,
    not: /^.{0,6}外部|(?<!相談)窓口$|の窓口$/u
  },
  {
    concept: "contactWindows",
    citations: [appi(32, 1, 4), appiOrder(10)],
    title: /問い?合わ?せ|問合せ|お問合せ|窓口|連絡先|相談窓口/u,
    states: /(?:下記|以下|次)の?(?:「?(?:お)?問い?合わ?せ窓口」?|窓口|連絡先)(?:まで|に|へ)|までご?連絡/u,
    not: /外部|情報$|相談窓口$/u
  },
  {
    concept: "requests",
    citations: [appi(32), appi(33), appi(34), appi(35), appi(36), appi(37), appi(38), appi(39)],
    title: /開示|訂正|利用(?:の)?停止|請求|求めに応じる手続|本人の権利/u,
    states: /(?:開示|訂正|利用(?:の)?停止|消去|提供の停止)(?:等)?.{0,40}(?:請求|求め|ご依頼)(?:が|を|に|が)?/u,
    not: /利用目的$|開示対象(?:個人)?情報の利用目的/u
  },
  {
    concept: "foreignTransfer",
    citations: [appi(28)],
    title: /外国にある第三者|越境移転|国外(?:移転|への提供)/u,
    states: /外国にある第三者(?:に|へ)/u
  },
  {
    concept: "securityMeasures",
    citations: [appi(23), appi(32, 1, 4), appiOrder(10, undefined, 1)],
    title: /安全管理|安全対策|セキュリティ|管理措置|基本方針の策定|規律の整備|外的環境|個人情報の管理$/u,
    states: /安全管理措置|安全対策|不正アクセス|漏えい|漏洩|紛失|改ざん|セキュリティ/u
  },
  {
    concept: "outsourcing",
    citations: [appi(25), appi(27, 5, 1)],
    title: /委託/u,
    states: /(?:取扱い|取り扱い|取扱|処理|業務)(?:の全部又は一部|の全部または一部)?を?(?:外部に)?(?:業務)?委託|委託先|預託|受託する場合/u
  },
  {
    concept: "thirdPartyProvision",
    citations: [appi(27)],
    title: /第三者(?:へ|に)?(?:の)?提供|提供先|個人情報の提供$/u,
    states: /第三者(?:に|へ)(?:の)?(?:提供|開示)|第三者提供|(?:提携先|パートナー).{0,30}(?:個人データ|個人情報)を提供/u,
    not: /提供の任意|記録/u
  },
  {
    concept: "acquisitionChannels",
    citations: [],
    title: /取得(?:の)?方法|取得元|収集方法|取得の経緯/u,
    states: /以下の方法により.{0,10}(?:取得|収集)/u
  },
  {
    concept: "dataCategories",
    citations: [appi(32, 1), appi(21)],
    title: /(?:取得|収集|保有|お預かり)する(?:個人)?情報|個人情報の(?:種類|種別|項目)|取得する(?:個人)?情報の種類|収集する情報/u,
    states: /以下の個人情報を(?:取得|収集)|次の(?:個人)?情報を(?:取得|収集)/u
  },
  {
    concept: "purposes",
    citations: [appi(17, 1), appi(21)],
    title: /利用目的|利用の目的|利用について|目的$/u,
    states: /利用目的|(?:目的|ため)に(?:のみ)?(?:利用|使用|取り?扱)/u
  },
  {
    concept: "principles",
    citations: [],
    title: /基本方針|保護方針|遵守|方針$|宣言|継続的改善|教育|事故対応|マネジメントシステム/u,
    states: /遵守(?:し|いたし|します)|継続的(?:に|な)?(?:改善|見直)|教育|研修|マネジメントシステム|宣言いたします/u
  },
  {
    concept: "operator",
    citations: [appi(32, 1, 1)],
    title: /事業者(?:の)?(?:名称|情報|概要)|会社概要|運営者|代表者(?:氏名|の氏名)|事業者名/u,
    states: /個人情報取扱事業者の(?:名称|氏名)/u
  }
]

const firstMatch = (text: string, field: "title" | "states"): Concept | undefined => {
  for (const rule of CONCEPT_RULES) {
    const pattern = rule[field]
    if (pattern !== undefined && pattern.test(text) && !(rule.not?.test(text) ?? false)) return rule.concept
  }
  return undefined
}

/** The concept a heading names, if any. @since 0.3.0 */
export const conceptOfTitle = (title: string): Concept | undefined => firstMatch(title.normalize("NFKC").replace(/\s+/gu, ""), "title")

/** The concept a sentence states, if any. @since 0.3.0 */
export const conceptOfSentence = (sentence: string): Concept | undefined => firstMatch(sentence.normalize("NFKC").replace(/\s+/gu, ""), "states")

/** Whether a line reads as a policy's own title (…方針, …ポリシー, 個人情報の取扱いについて). @since 0.3.0 */
export const isPolicyTitle = (text: string): boolean =>
  /(?:プライバシー|privacy|個人情報).{0,12}(?:ポリシー|方針|policy|について|取扱い?について|取り扱いについて|お取り?扱いについて|保護に関する)|プライバシーステートメント|プライバシーノーティス/iu.test(text.replace(/\s+/gu, "")) &&
  !/第[0-9０-９]+条/u.test(text)
