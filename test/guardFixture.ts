/**
 * A small policy that exercises every branch of the guard, for tests and the
 * benchmark. Not exported from the package.
 */
import { Schema } from "effect"
import { Policy } from "../src/model/Policy.ts"

const text = (ja: string) => ({ ja, en: ja })

/** An opt-out that states every 27(2) item and is filed with the Commission: a lawful ground. */
export const lawfulOptOut = (categories: "all" | ReadonlyArray<string>) => ({
  categories,
  provisionIsPurpose: true,
  items: [text("氏名")],
  acquisitionMethod: text("名簿"),
  provisionMethod: text("電子ファイル"),
  stopOnRequest: true,
  requestMethod: text("電話"),
  updateMethod: text("毎月"),
  startDate: "2024-04-01",
  notifiedToCommission: true
})
const representative = { title: text("代表取締役"), name: text("例 太郎") }

/**
 * Categories: customers (ordinary), patients (a special-care item), client-data
 * (entrusted), staff-numbers (My Number), client-numbers (My Number handled for
 * a client), bought-lists (received by opt-out), pseudonyms (仮名加工情報),
 * anon-stats (匿名加工情報 with its provision published), anon-raw (匿名加工情報,
 * nothing published). A filed, complete opt-out over `all`; joint uses at home
 * and abroad, one incomplete; outsourcees at home, abroad and abroad with a
 * system meeting the standard; provision recipients likewise.
 */
export const guardFixture: Policy = Schema.decodeUnknownSync(Policy)({
  schemaVersion: 1,
  id: "guard-fixture",
  operator: { name: text("株式会社例") },
  dataCategories: [
    { id: "customers", name: text("顧客"), disclosure: { class: "disclosable" }, sensitivity: "ordinary" },
    { id: "identity-documents", name: text("本人確認書類"), disclosure: { class: "disclosable" }, sensitivity: "ordinary", neverOutsourced: true },
    { id: "patients", name: text("患者"), disclosure: { class: "disclosable" }, sensitivity: "ordinary", items: [{ ja: "病歴", sensitivity: "special-care" }] },
    { id: "client-data", name: text("受託データ"), disclosure: { class: "non-disclosable", entrusted: true }, sensitivity: "ordinary" },
    { id: "staff-numbers", name: text("従業員の個人番号"), disclosure: { class: "disclosable" }, sensitivity: "my-number" },
    { id: "client-numbers", name: text("受託した個人番号"), disclosure: { class: "non-disclosable", entrusted: true }, sensitivity: "my-number" },
    {
      id: "bought-lists",
      name: text("購入名簿"),
      disclosure: { class: "disclosable" },
      sensitivity: "ordinary",
      acquisition: { methods: ["from-opt-out-provision"] }
    },
    { id: "pseudonyms", name: text("仮名加工情報"), disclosure: { class: "non-disclosable" }, sensitivity: "pseudonymized" },
    {
      id: "anon-stats",
      name: text("匿名加工情報"),
      disclosure: { class: "non-disclosable" },
      sensitivity: "anonymized",
      anonymized: { items: [text("年代")], provision: { items: [text("年代")], method: text("電子ファイル") } }
    },
    { id: "anon-raw", name: text("未公表の匿名加工情報"), disclosure: { class: "non-disclosable" }, sensitivity: "anonymized" }
  ],
  purposes: {
    items: [
      { id: "contact", text: text("連絡"), categories: "all" },
      { id: "appointments", text: text("予約"), categories: ["patients"] },
      { id: "client-work", text: text("受託業務"), categories: ["client-data", "client-numbers"] },
      { id: "tax-filing", text: text("源泉徴収"), categories: ["staff-numbers"] },
      { id: "research", text: text("研究開発"), categories: ["pseudonyms"] }
    ]
  },
  useBeyondPurpose: { consentRequired: true, exceptions: [{ id: "laws-and-regulations" }, { id: "academic-research-institution" }] },
  thirdPartyProvision: {
    consentRequired: true,
    exceptions: [{ id: "laws-and-regulations" }, { id: "academic-research-joint" }],
    provisions: [
      {
        id: "ads",
        basis: "consent",
        categories: ["customers"],
        purposes: [text("広告配信")],
        recipients: [
          { id: "us-ads", name: text("米国広告会社"), country: "US" },
          { id: "us-cloud", name: text("米国クラウド"), country: "US", systemBased: { basis: "contract-or-rules" } },
          { id: "de-partner", name: text("独提携先"), country: "DE" },
          { id: "unplaced", name: text("所在不明の提携先") }
        ]
      }
    ],
    optOut: lawfulOptOut("all")
  },
  jointUses: [
    {
      id: "group",
      categories: ["customers", "patients", "staff-numbers", "pseudonyms"],
      items: [text("氏名")],
      users: [
        { id: "partner-clinic", name: text("提携医院"), country: "JP" },
        { id: "overseas-lab", name: text("海外研究所"), country: "US" }
      ],
      purposes: "all",
      responsibleParties: [{ id: "party", name: text("株式会社例"), address: { ja: "東京都千代田区1-1" }, representatives: [representative] }]
    },
    {
      id: "loose",
      categories: ["customers"],
      items: [text("氏名")],
      users: [{ id: "loose-partner", name: text("提携先") }],
      purposes: "all",
      responsibleParties: [{ id: "party", name: text("提携先") }]
    }
  ],
  outsourcing: {
    used: true,
    entrustees: [
      { id: "jp-callcenter", name: text("国内コールセンター"), country: "JP" },
      { id: "us-helpdesk", name: text("米国ヘルプデスク"), country: "US" },
      { id: "sg-datacenter", name: text("シンガポールのデータセンター"), country: "SG", systemBased: { basis: "contract-or-rules" } },
      { id: "payroll", name: text("給与計算代行"), country: "JP", categories: ["staff-numbers", "client-numbers"] }
    ]
  },
  contactWindows: []
})
