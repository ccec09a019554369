/**
 * Policies for the renderer's tests and benchmark: `fullPolicy` uses every
 * concept of the model and leaves every statement to the clause catalog (no
 * `text` of its own), with English throughout; `withPurposes` scales a
 * policy to many purposes.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { type Policy, PolicyDocument, type PolicyInput } from "../src/model/Policy.ts"

const en = <T extends string>(ja: T, english: string) => ({ ja, en: english })

/** Every concept, every field, catalog wording everywhere. @since 0.1.0 */
export const fullPolicyInput: PolicyInput = {
  schemaVersion: 1,
  id: "example",
  title: en("個人情報保護方針", "Privacy Policy"),
  operator: {
    name: en("株式会社サンプル", "Sample K.K."),
    entityType: "corporation",
    address: { postalCode: "100-0001", ja: "東京都千代田区千代田1-1", en: "1-1 Chiyoda, Chiyoda-ku, Tokyo" },
    representatives: [{ title: en("代表取締役", "Representative Director"), name: en("山田 太郎", "Taro Yamada") }],
    website: "https://example.co.jp/"
  },
  preamble: [en("当社は、個人情報を適切に取り扱います。", "The Company handles personal information properly.")],
  principles: {
    items: [{ id: "law", kind: "law-compliance", text: en("法令を遵守します。", "We comply with laws and regulations.") }]
  },
  dataCategories: [
    {
      id: "customers",
      name: en("お客様情報", "Customer information"),
      items: [en("氏名", "Name"), { ...en("健康状態", "Health condition"), sensitivity: "special-care" }],
      disclosure: { class: "disclosable" },
      sensitivity: "ordinary",
      acquisition: { methods: ["from-person"], channels: ["web"] }
    },
    {
      id: "entrusted",
      name: en("受託データ", "Entrusted data"),
      disclosure: { class: "non-disclosable", entrusted: true, reason: en("委託元の情報であるため", "It belongs to the client") },
      sensitivity: "ordinary"
    },
    { id: "staff-numbers", name: en("従業員の個人番号", "Employees' individual numbers"), disclosure: { class: "disclosable" }, sensitivity: "my-number" }
  ],
  acquisitionChannels: [{ id: "web", channel: en("ウェブサイト", "Website"), examples: [en("お問い合わせフォーム", "Inquiry form")], obtained: [en("氏名", "Name")] }],
  purposes: {
    groups: [{ id: "service", name: en("サービス関連", "Services") }],
    items: [
      { id: "contact", text: en("ご連絡のため", "To contact customers"), categories: ["customers"], group: "service" },
      { id: "marketing", text: en("新商品のご案内のため", "To inform customers of new products"), categories: ["customers"], group: "service" },
      { id: "client-work", text: en("受託業務の遂行のため", "To perform entrusted work"), categories: ["entrusted"] },
      { id: "tax", text: en("法定調書の作成のため", "To prepare statutory tax records"), categories: ["staff-numbers"] },
      { id: "statistics", text: en("統計の作成のため", "To compile statistics"), categories: "all" }
    ],
    change: { withinReasonableRelation: true, notice: "notify-or-publish" }
  },
  purposeNotice: { exceptions: [{ id: "obvious-from-circumstances" }] },
  voluntariness: { voluntary: true },
  marketingOptOut: { purposes: ["marketing"], canResume: true },
  useBeyondPurpose: {
    consentRequired: true,
    exceptions: [{ id: "laws-and-regulations" }, { id: "life-body-property" }, { id: "public-health-children" }, { id: "state-cooperation" }]
  },
  thirdPartyProvision: {
    consentRequired: true,
    exceptions: [{ id: "laws-and-regulations" }, { id: "life-body-property" }, { id: "public-health-children" }, { id: "state-cooperation" }],
    otherGrounds: [{ id: "succession", kind: "business-succession", text: en("事業の承継に伴う場合", "On a succession of business") }],
    provisions: [
      {
        id: "cloud",
        basis: "consent",
        categories: ["customers"],
        purposes: [en("データの保管", "Storing data")],
        items: [en("氏名", "Name")],
        method: en("電磁的方法", "Electronically"),
        mayIncludeForeignRecipients: true,
        recipients: [
          {
            id: "us-cloud",
            name: en("Example Cloud Inc.", "Example Cloud Inc."),
            country: "US",
            countrySystem: en("包括的な個人情報保護法はありません。", "There is no comprehensive data protection law."),
            recipientMeasures: en("OECDプライバシーガイドラインの8原則に対応する措置", "Measures corresponding to the eight OECD privacy principles"),
            systemBased: { basis: "contract-or-rules" }
          }
        ]
      }
    ],
    optOut: {
      categories: ["customers"],
      notifiedToCommission: true,
      provisionIsPurpose: true,
      items: [en("氏名", "Name")],
      acquisitionMethod: en("公開情報から取得", "From public sources"),
      provisionMethod: en("電子データの送付", "Sending electronic data"),
      stopOnRequest: true,
      requestMethod: en("下記の窓口で受け付けます", "At the desk below"),
      updateMethod: en("毎月更新します", "Updated monthly"),
      startDate: "2024-04-01"
    },
    myNumber: en("特定個人情報は、番号法第19条各号のいずれかに該当する場合を除き、提供しません。", "Specific personal information is not provided except as Article 19 of the My Number Act allows.")
  },
  jointUses: [
    {
      id: "group",
      categories: ["customers"],
      items: [en("氏名", "Name")],
      users: [{ id: "sister", name: en("株式会社グループ", "Group K.K."), address: { postalCode: "100-0002", ja: "東京都千代田区皇居外苑1-1", en: "1-1 Kokyogaien, Chiyoda-ku, Tokyo" } }],
      purposes: "all",
      responsibleParties: [
        {
          id: "sample",
          name: en("株式会社サンプル", "Sample K.K."),
          address: { postalCode: "100-0001", ja: "東京都千代田区千代田1-1", en: "1-1 Chiyoda, Chiyoda-ku, Tokyo" },
          representatives: [{ title: en("代表取締役", "Representative Director"), name: en("山田 太郎", "Taro Yamada") }]
        }
      ],
      acquisitionMethod: en("ご本人から取得", "From the person")
    }
  ],
  outsourcing: {
    used: true,
    withinPurposes: true,
    selectionCriteria: [en("安全管理措置を講じていること", "It has security measures in place")],
    contractClauses: [en("秘密保持", "Confidentiality")],
    supervision: [en("定期的な監査", "Periodic audits")],
    reEntrustment: en("再委託には当社の承諾を要します。", "Re-entrustment requires the Company's approval."),
    asContractor: [en("委託元の指示に従います。", "We follow the client's instructions.")]
  },
  securityMeasures: {
    basicPolicy: [en("基本方針を策定しています。", "We have a basic policy.")],
    rules: [en("取扱規程を定めています。", "We have handling rules.")],
    organizational: [en("責任者を置いています。", "We have appointed a responsible person.")],
    human: [en("研修を行います。", "We train our staff.")],
    physical: [en("入退室を管理します。", "We control entry.")],
    technical: [en("アクセス制御を行います。", "We control access.")],
    externalEnvironment: { countries: ["US", "SG"] }
  },
  retention: {
    rules: [{ id: "inquiries", subject: en("お問い合わせ", "Inquiries"), period: { years: 3, statutory: false, text: en("3年間", "Three years") }, deletion: en("消去", "Erasure") }],
    deletesAfterPeriod: true
  },
  requests: {
    kinds: ["purpose-notification", "disclosure", "provision-record-disclosure", "correction", "use-stop", "provision-stop"],
    submission: { channels: ["post", "email"], window: "desk" },
    forms: [en("開示等請求書", "Request form")],
    identity: [{ requester: "person", documents: [en("運転免許証の写し", "A copy of a driving licence")] }],
    delivery: ["paper", "electronic"],
    responseTime: { days: 14, text: en("2週間以内に回答します。", "We reply within two weeks.") },
    refusalGrounds: [{ id: "harm-to-person-or-third-party" }, { id: "serious-business-hindrance" }, { id: "violates-other-law" }]
  },
  fees: [
    {
      id: "fee",
      kinds: ["purpose-notification", "disclosure", "provision-record-disclosure"],
      amount: 1000,
      taxIncluded: true,
      unit: "per-request",
      paymentMethods: ["postage-stamps", "postal-money-order"],
      postageBorneBy: "requester",
      ifUnpaid: en("お支払いがない場合は、請求がなかったものとします。", "Without payment, the request is treated as not made.")
    },
    { id: "free", kinds: ["correction", "use-stop", "provision-stop"], amount: 0 }
  ],
  tracking: {
    cookies: { used: true, identifiesPersons: false, purposes: [en("利用状況の分析", "Analysing usage")], thirdPartyTools: [en("Google Analytics", "Google Analytics")] },
    logs: { collected: true, items: [en("IPアドレス", "IP address")] },
    dataFlows: [{ id: "analytics", direction: "sent-to-third-party", party: en("Google LLC", "Google LLC"), items: [en("閲覧履歴", "Browsing history")], purposes: [en("アクセス解析", "Access analysis")] }]
  },
  complaints: { window: "desk" },
  contactWindows: [
    {
      id: "desk",
      name: en("個人情報お問い合わせ窓口", "Personal Information Desk"),
      roles: ["inquiries", "requests", "complaints"],
      address: { postalCode: "100-0001", ja: "東京都千代田区千代田1-1", en: "1-1 Chiyoda, Chiyoda-ku, Tokyo" },
      phones: ["03-1234-5678"],
      emails: ["privacy@example.co.jp"],
      receptionHours: { timeZone: "Asia/Tokyo", days: ["mon", "tue", "wed", "thu", "fri"], windows: [{ from: "09:30", to: "17:00" }], closed: [{ from: "12-29", to: "01-03" }] },
      managers: [{ title: en("個人情報保護管理者", "Personal Information Protection Manager"), name: en("佐藤 花子", "Hanako Sato") }]
    }
  ],
  accreditedOrganization: { member: false },
  policyChanges: { announcement: "website", effectiveFrom: "publication" },
  history: { established: "2005-05-13", revisions: [{ date: "2019-05-01" }, { date: "2022-04-01" }] },
  additionalClauses: [{ id: "governing-law", title: en("準拠法", "Governing law"), text: [en("本方針は日本法に準拠します。", "This policy is governed by Japanese law.")] }]
}

/** The full policy, decoded (and checked: ids unique, references resolve). @since 0.1.0 */
export const fullPolicy = (): Policy => Schema.decodeUnknownSync(PolicyDocument)(fullPolicyInput, { onExcessProperty: "error" })

/** `policy` with `count` purposes, each with its own category, cycling the given texts (for scaling benchmarks). @since 0.1.0 */
export const withPurposes = (policy: Policy, count: number): Policy => {
  const categories = Array.from({ length: count }, (_, i) => ({
    id: `category-${i}`,
    name: { ja: `個人情報の種別${i}`, en: `Category ${i}` },
    disclosure: { class: i % 3 === 0 ? ("non-disclosable" as const) : ("disclosable" as const) },
    sensitivity: "ordinary" as const
  }))
  const items = Array.from({ length: count }, (_, i) => ({
    id: `purpose-${i}`,
    text: { ja: `利用目的${i}：お問い合わせへの回答、サービスのご案内及びその他のご連絡のため`, en: `Purpose ${i}: to answer inquiries, to inform of services and for other communications` },
    categories: [`category-${i}`]
  }))
  return { ...policy, dataCategories: categories, purposes: { ...policy.purposes, groups: [], items } }
}

/** The text of an HTML page: styles and tags dropped, the five entities the renderer writes decoded. */
export const htmlText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/gu, "")
    .replace(/<[^>]*>/gu, "")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&")
