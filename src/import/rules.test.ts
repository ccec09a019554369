import { describe, expect, it } from "vitest"
import { type Concept, CONCEPT_RULES, CONCEPTS, conceptOfSentence, conceptOfTitle, isPolicyTitle } from "./rules.ts"

/**
 * One case per rule, on small texts written for the test (in the statute's
 * and the guidelines' words, and in the words companies use): headings the
 * rule names, sentences it reads, and look-alikes it must leave alone.
 */
const CASES: Readonly<Record<Concept, { readonly titles: ReadonlyArray<string>; readonly sentences: ReadonlyArray<string>; readonly notSentences?: ReadonlyArray<string> }>> = {
  accreditedOrganization: {
    titles: ["認定個人情報保護団体について", "■認定個人情報保護団体"],
    sentences: ["当社は、認定個人情報保護団体である一般財団法人サンプル協会の対象事業者です。"]
  },
  history: {
    titles: ["制定", "改定履歴"],
    sentences: ["制定日 2019年4月1日", "最終改定：令和5年7月1日", "施行 平成30年1月1日"],
    notSentences: ["当社は2019年から事業を行っています。"]
  },
  purposeNotice: {
    titles: ["利用目的の通知をしない場合"],
    sentences: ["利用目的を本人に通知し、又は公表することにより当社の権利又は正当な利益を害するおそれがある場合", "次の場合は、利用目的を本人の知り得る状態に置かないことがあります。"]
  },
  useBeyondPurpose: {
    titles: ["目的外利用について", "利用目的による制限"],
    sentences: ["当社は、次の場合を除き、利用目的の達成に必要な範囲を超えて個人情報を取り扱いません。", "ご本人の同意なく目的外の利用を行うことはありません。"]
  },
  purposeChange: {
    titles: ["利用目的の変更"],
    sentences: ["当社は、変更前の利用目的と関連性を有すると合理的に認められる範囲内において利用目的を変更することがあります。"]
  },
  marketingOptOut: {
    titles: [],
    sentences: ["お客様は、所定の方法でお申し出いただくことにより、メールマガジンの配信を停止させたり再開させたりすることができます。"],
    notSentences: ["保有個人データの利用停止等のご請求に応じます。"]
  },
  voluntariness: {
    titles: ["個人情報の提供の任意性", "提供の任意性について"],
    sentences: ["個人情報のご提供は任意です。", "すべての項目をご入力いただく必要はありませんが、一部のサービスをご利用いただけない場合があります。"]
  },
  dataFlows: {
    titles: ["外部送信について", "個人関連情報の取扱い"],
    sentences: ["当社は、提携先が運営するプラットフォームから閲覧履歴を取得し、お客様の個人データと照合することがあります。", "当サイトでは、利用者情報を外部送信しています。"]
  },
  cookies: {
    titles: ["Cookie（クッキー）の利用について", "クッキーについて"],
    sentences: ["当サイトではクッキーを使用しています。", "当サイトはWebビーコンを利用しません。"]
  },
  logs: {
    titles: ["アクセスログについて", "ログファイル"],
    sentences: ["当サイトでは、アクセスログを記録しています。"]
  },
  optOut: {
    titles: ["オプトアウトによる第三者提供"],
    sentences: ["当社は、個人情報保護法第27条2項に基づくオプトアウトにより個人データを提供します。"]
  },
  jointUse: {
    titles: ["個人データの共同利用", "共同利用について"],
    sentences: ["当社は、グループ会社との間で、以下のとおり個人データを共同利用いたします。"],
    notSentences: ["特定の者との間で共同して利用する場合であって、次の事項を通知しているとき"]
  },
  fees: {
    titles: ["手数料について"],
    sentences: ["開示のご請求には、1件につき500円の手数料をいただきます。", "手数料は実費といたします。"],
    notSentences: ["手数料を定めた場合の徴収方法は、窓口にお問い合わせください。"]
  },
  identityVerification: {
    titles: ["本人確認の方法"],
    sentences: ["本人確認書類として運転免許証の写しをご提出ください。"]
  },
  retention: {
    titles: ["個人情報の保存期間", "保管期間と廃棄"],
    sentences: ["お問い合わせの記録は、受付から3年間保存します。", "保存期間は利用目的ごとに定めます。"]
  },
  policyChanges: {
    titles: ["本ポリシーの変更", "プライバシーポリシーの改定について"],
    sentences: ["当社は、必要に応じて本方針を変更することがあります。"]
  },
  complaints: {
    titles: ["苦情・相談への対応", "苦情の処理"],
    sentences: ["当社は、個人情報の取扱いに関する苦情を受け付け、適切かつ迅速に対応します。"],
    notSentences: ["外部の苦情相談窓口もご利用いただけます。"]
  },
  contactWindows: {
    titles: ["お問い合わせ窓口", "お問合せ先", "個人情報に関する連絡先"],
    sentences: ["ご不明な点は、下記の窓口までご連絡ください。"],
    notSentences: ["当社は、個人情報を適切に取り扱います。"]
  },
  requests: {
    titles: ["保有個人データの開示等の請求", "個人情報の訂正・利用停止"],
    sentences: ["ご本人から保有個人データの開示のご請求があった場合は、遅滞なく対応します。"],
    notSentences: ["開示対象個人情報の利用目的"]
  },
  foreignTransfer: {
    titles: ["外国にある第三者への提供"],
    sentences: ["当社は、外国にある第三者に個人データを提供することがあります。"]
  },
  securityMeasures: {
    titles: ["安全管理措置", "個人データの安全管理のために講じた措置", "(組織的安全管理措置)"],
    sentences: ["当社は、不正アクセス、漏えい、滅失又は毀損の防止のため、必要かつ適切な安全管理措置を講じます。"]
  },
  outsourcing: {
    titles: ["個人情報の取扱いの委託", "業務委託について"],
    sentences: ["当社は、個人情報の取扱いの全部又は一部を外部に委託することがあります。"]
  },
  thirdPartyProvision: {
    titles: ["第三者への提供", "個人データの第三者提供について"],
    sentences: ["当社は、ご本人の同意なく個人データを第三者に提供しません。"],
    notSentences: ["個人情報の提供の任意性について"]
  },
  acquisitionChannels: {
    titles: ["取得方法", "個人情報の取得の方法"],
    sentences: ["当社は、以下の方法により個人情報を取得します。"]
  },
  dataCategories: {
    titles: ["取得する個人情報", "個人情報の種類", "収集する情報"],
    sentences: ["当社は、以下の個人情報を取得します。"]
  },
  purposes: {
    titles: ["個人情報の利用目的", "利用目的"],
    sentences: ["お預かりした個人情報は、商品の発送のために利用します。"]
  },
  principles: {
    titles: ["基本方針", "個人情報保護方針"],
    sentences: ["当社は、個人情報保護に関する法令及びガイドラインを遵守します。", "個人情報保護マネジメントシステムを継続的に改善します。"]
  },
  operator: {
    titles: ["事業者の名称", "会社概要", "個人情報取扱事業者の名称、住所及び代表者氏名"],
    sentences: ["個人情報取扱事業者の名称：株式会社サンプル"]
  }
}

describe("the classification rules", () => {
  it("has one rule per concept, each with a case here", () => {
    expect(CONCEPT_RULES.map((rule) => rule.concept)).toEqual([...CONCEPTS])
    expect(Object.keys(CASES).sort()).toEqual([...CONCEPTS].sort())
  })

  it.each(CONCEPTS.map((concept) => [concept]))("%s: its headings and sentences, not its look-alikes", (concept) => {
    const cases = CASES[concept]
    for (const title of cases.titles) expect(conceptOfTitle(title), title).toBe(concept)
    for (const sentence of cases.sentences) expect(conceptOfSentence(sentence), sentence).toBe(concept)
    for (const sentence of cases.notSentences ?? []) expect(conceptOfSentence(sentence), sentence).not.toBe(concept)
  })

  it("reads full-width and spaced text alike", () => {
    expect(conceptOfTitle("個人情報の 利用 目的")).toBe("purposes")
    expect(conceptOfSentence("開示のご請求には、１件につき５００円の手数料をいただきます。")).toBe("fees")
  })

  it("tells a policy's title from a section's", () => {
    expect(isPolicyTitle("プライバシーポリシー")).toBe(true)
    expect(isPolicyTitle("個人情報保護方針")).toBe(true)
    expect(isPolicyTitle("個人情報の取扱いについて")).toBe(true)
    expect(isPolicyTitle("Privacy Policy")).toBe(true)
    expect(isPolicyTitle("第1条 個人情報保護方針")).toBe(false)
    expect(isPolicyTitle("お問い合わせ窓口")).toBe(false)
  })
})
