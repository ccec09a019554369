import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Policy, PolicyDocument } from "./Policy.ts"
import { isCalendarDate, semanticIssues } from "./semantics.ts"

const base = {
  schemaVersion: 1,
  id: "sample",
  operator: { name: { ja: "株式会社例" } },
  dataCategories: [
    { id: "customers", name: { ja: "顧客" }, disclosure: { class: "disclosable" }, sensitivity: "ordinary", acquisition: { channels: ["web"] } },
    { id: "staff", name: { ja: "従業員" }, disclosure: { class: "disclosable" }, sensitivity: "ordinary" }
  ],
  acquisitionChannels: [{ id: "web", channel: { ja: "ウェブサイト" }, examples: [], obtained: [] }],
  purposes: {
    groups: [{ id: "sales", name: { ja: "営業" } }],
    items: [
      { id: "contact", text: { ja: "連絡" }, categories: ["customers"], group: "sales" },
      { id: "payroll", text: { ja: "給与" }, categories: ["staff"] }
    ]
  },
  jointUses: [
    {
      id: "group",
      categories: ["customers"],
      items: [{ ja: "氏名" }],
      users: [{ id: "a", name: { ja: "A社" } }],
      purposes: ["contact"],
      responsibleParties: [{ id: "party", name: { ja: "A社" } }]
    }
  ],
  marketingOptOut: { purposes: ["contact"], canResume: true },
  requests: { kinds: ["disclosure", "correction"], handling: [{ kind: "disclosure" }], submission: { channels: ["post"], window: "desk" } },
  fees: [{ id: "fee", kinds: ["disclosure"], amount: 1000 }],
  retention: { rules: [{ id: "r", subject: { ja: "顧客" }, categories: ["customers"], period: { statutory: false, text: { ja: "3年" } } }] },
  complaints: { window: "desk" },
  contactWindows: [{ id: "desk", name: { ja: "窓口" } }],
  history: { established: "2005-05-13", revisions: [{ date: "2024-02-29" }] }
}

const decode = Schema.decodeUnknownSync(Policy)
type Mutable = Record<string, any>
const issuesOf = (mutate: (doc: Mutable) => void) => {
  const doc = structuredClone(base) as Mutable
  mutate(doc)
  return semanticIssues(decode(doc, { onExcessProperty: "error" })).map((issue) => [issue.code, issue.path.join("/")])
}

describe("semantic checks", () => {
  it("accept a consistent policy", () => {
    expect(issuesOf(() => {})).toEqual([])
  })

  it.each([
    ["purpose → category", (d: Mutable) => (d.purposes.items[0].categories = ["customer"]), "purposes/items/0/categories/0"],
    ["purpose → group", (d: Mutable) => (d.purposes.items[0].group = "marketing"), "purposes/items/0/group"],
    ["category → channel", (d: Mutable) => (d.dataCategories[0].acquisition.channels = ["phone"]), "dataCategories/0/acquisition/channels/0"],
    ["joint use → category", (d: Mutable) => (d.jointUses[0].categories = ["visitors"]), "jointUses/0/categories/0"],
    ["joint use → purpose", (d: Mutable) => (d.jointUses[0].purposes = ["contact", "ads"]), "jointUses/0/purposes/1"],
    ["marketing opt-out → purpose", (d: Mutable) => (d.marketingOptOut.purposes = ["ads"]), "marketingOptOut/purposes/0"],
    ["fee → request kind", (d: Mutable) => (d.fees[0].kinds = ["purpose-notification"]), "fees/0/kinds/0"],
    ["handling → request kind", (d: Mutable) => (d.requests.handling[0].kind = "use-stop"), "requests/handling/0/kind"],
    ["submission → window", (d: Mutable) => (d.requests.submission.window = "office"), "requests/submission/window"],
    ["complaints → window", (d: Mutable) => (d.complaints.window = "office"), "complaints/window"],
    ["retention → category", (d: Mutable) => (d.retention.rules[0].categories = ["logs"]), "retention/rules/0/categories/0"]
  ])("report a dangling reference: %s", (_, mutate, path) => {
    expect(issuesOf(mutate)).toEqual([["dangling-reference", path]])
  })

  it("`all` is a valid scope, not a reference", () => {
    expect(issuesOf((d) => ((d.purposes.items[0].categories = "all"), (d.jointUses[0].purposes = "all")))).toEqual([])
  })

  it("report duplicate ids within a kind, at the later one", () => {
    expect(issuesOf((d) => d.purposes.items.push({ id: "contact", text: { ja: "重複" }, categories: "all" }))).toEqual([["duplicate-id", "purposes/items/2/id"]])
    expect(issuesOf((d) => d.contactWindows.push({ id: "desk", name: { ja: "別" } }))).toEqual([["duplicate-id", "contactWindows/1/id"]])
  })

  it("the same id in different kinds is fine", () => {
    expect(issuesOf((d) => d.purposes.items.push({ id: "customers", text: { ja: "顧客管理" }, categories: ["customers"] }))).toEqual([])
  })

  it("report values listed twice", () => {
    expect(issuesOf((d) => d.requests.kinds.push("disclosure"))).toEqual([["duplicate-value", "requests/kinds/2"]])
    expect(issuesOf((d) => (d.purposes.items[0].categories = ["customers", "customers"]))).toEqual([["duplicate-value", "purposes/items/0/categories/1"]])
  })

  it("report dates that do not exist", () => {
    expect(issuesOf((d) => (d.history.established = "2023-02-29"))).toEqual([["invalid-date", "history/established"]])
    expect(isCalendarDate("2024-02-29")).toBe(true)
    expect(isCalendarDate("2100-02-29")).toBe(false)
    expect(isCalendarDate("2023-04-31")).toBe(false)
  })

  it("PolicyDocument carries the semantic checks into Effect decoding", () => {
    const doc = structuredClone(base) as Mutable
    doc.fees[0].kinds = ["use-stop"]
    expect(() => Schema.decodeUnknownSync(PolicyDocument)(doc)).toThrow(/unknown request kind `use-stop`/u)
    expect(() => Schema.decodeUnknownSync(PolicyDocument)(base)).not.toThrow()
  })
})
