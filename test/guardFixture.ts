/**
 * A small policy that exercises every branch of the guard, for tests and the
 * benchmark. Not exported from the package.
 */
import { Schema } from "effect"
import { Policy } from "../src/model/Policy.ts"

const text = (ja: string) => ({ ja, en: ja })

/** Categories: customers (ordinary), patients (special-care), client-data (entrusted), staff-numbers (My Number). */
export const guardFixture: Policy = Schema.decodeUnknownSync(Policy)({
  schemaVersion: 1,
  id: "guard-fixture",
  operator: { name: text("株式会社例") },
  dataCategories: [
    { id: "customers", name: text("顧客"), disclosure: { class: "disclosable" }, sensitivity: "ordinary" },
    { id: "patients", name: text("患者"), disclosure: { class: "disclosable" }, sensitivity: "ordinary", items: [{ ja: "病歴", sensitivity: "special-care" }] },
    { id: "client-data", name: text("受託データ"), disclosure: { class: "non-disclosable", entrusted: true }, sensitivity: "ordinary" },
    { id: "staff-numbers", name: text("従業員の個人番号"), disclosure: { class: "disclosable" }, sensitivity: "my-number" }
  ],
  purposes: {
    items: [
      { id: "contact", text: text("連絡"), categories: "all" },
      { id: "appointments", text: text("予約"), categories: ["patients"] },
      { id: "client-work", text: text("受託業務"), categories: ["client-data"] },
      { id: "tax-filing", text: text("源泉徴収"), categories: ["staff-numbers"] }
    ]
  },
  useBeyondPurpose: { consentRequired: true, exceptions: [{ id: "laws-and-regulations" }, { id: "academic-research-institution" }] },
  thirdPartyProvision: { consentRequired: true, exceptions: [{ id: "laws-and-regulations" }], optOut: { categories: "all" } },
  jointUses: [
    {
      id: "group",
      categories: ["customers", "patients", "staff-numbers"],
      items: [text("氏名")],
      users: [{ id: "partner-clinic", name: text("提携医院") }],
      purposes: "all",
      responsibleParty: { name: text("株式会社例") }
    }
  ],
  outsourcing: { used: true },
  contactWindows: []
})
