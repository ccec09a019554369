import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { Policy } from "../model/Policy.ts"
import { diff, type DiffOptions } from "./diff.ts"
import { type Draft, example, type ExampleName, revise } from "../../test/diffFixture.ts"
import { describeChange } from "./catalog/index.ts"
import { en as enMessages } from "./catalog/en.ts"
import { ja as jaMessages } from "./catalog/ja.ts"
import { CHANGE_RULES, type ChangeId, CONCEPT_KINDS, kindsFor } from "./rules.ts"

type Mutation = (draft: Draft<Policy>) => void

interface Case {
  readonly name: string
  readonly example: ExampleName
  readonly edit: Mutation
  /** Diff the revision against the example instead (a removal as the reverse of an addition). */
  readonly reverse?: boolean
  readonly options?: DiffOptions
  /** Applied to the example before the revision (both sides share it). */
  readonly prepare?: Mutation
  readonly expected: ReadonlyArray<string>
}

const ja = (text: string) => ({ ja: text, en: text })
const adPartners = (d: Draft<Policy>) => d.thirdPartyProvision!.provisions![0]!
const jointUse = (d: Draft<Policy>) => d.jointUses![0]!
const newPurpose = (d: Draft<Policy>) => d.purposes.items.push({ id: "ad-delivery", text: { ja: "広告配信", en: "Ad delivery" }, categories: "all" })
const newCategory = (sensitivity: "ordinary" | "special-care") => (d: Draft<Policy>) =>
  d.dataCategories.push({ id: "health", name: ja("健康情報"), disclosure: { class: "disclosable" }, sensitivity })
const newJointUser = (d: Draft<Policy>) => jointUse(d).users.push({ id: "partner-clinic", name: ja("提携医院") })
const optOut = (d: Draft<Policy>) => (d.thirdPartyProvision!.optOut = { categories: ["visitors"], provisionMethod: ja("書面の交付") })
const linkedFlow = (d: Draft<Policy>) =>
  (d.tracking!.dataFlows = [
    { id: "dmp", direction: "received-from-third-party", party: ja("DMP事業者"), items: [ja("閲覧履歴")], purposes: [ja("広告配信")], linkedToPersonalData: true }
  ])

/** Seed 001 without its joint use, whose `purposes: all` makes every change of purpose a 27(6) one. */
const noJointUse: Mutation = (d) => {
  delete d.jointUses
}
/** Seed 004's opt-out, which only restates when opt-out would be used, made a declared practice. */
const optOutInUse: Mutation = (d) => {
  delete d.thirdPartyProvision!.optOut!.conditional
}
/** …and filed with the Commission. */
const optOutFiled: Mutation = (d) => {
  optOutInUse(d)
  d.thirdPartyProvision!.optOut!.notifiedToCommission = true
}

const CASES: { readonly [K in ChangeId]: readonly [Case, ...Array<Case>] } = {
  "translation-changed": [
    { name: "only the English of a purpose changed", example: "001-smilemore", edit: (d) => (d.purposes.items.find((p) => p.id === "inquiries")!.text.en = "To answer enquiries"), expected: ["translation-changed"] }
  ],
  "purpose-added": [
    { name: "a purpose added", example: "001-smilemore", edit: newPurpose, expected: ["purpose-added"] }
  ],
  "related-purpose-added": [
    { name: "a purpose added, judged related", example: "001-smilemore", prepare: noJointUse, edit: newPurpose, options: { related: ["ad-delivery"] }, expected: ["related-purpose-added"] }
  ],
  "jointly-used-purpose-changed": [
    { name: "a purpose added, judged related, that a joint use covers", example: "001-smilemore", edit: newPurpose, options: { related: ["ad-delivery"] }, expected: ["jointly-used-purpose-changed"] }
  ],
  "purpose-removed": [
    { name: "a purpose dropped", example: "001-smilemore", prepare: noJointUse, edit: (d) => (d.purposes.items = d.purposes.items.filter((p) => p.id !== "disputes")), expected: ["purpose-removed"] }
  ],
  "purpose-widened": [
    {
      name: "a purpose covers another category",
      example: "003-centrex",
      edit: (d) => (d.purposes.items[0]!.categories = ["app-development", "website-inquiries"]),
      expected: ["purpose-widened"]
    }
  ],
  "related-purpose-widened": [
    {
      name: "a purpose covers another category, judged related",
      example: "003-centrex",
      edit: (d) => (d.purposes.items[0]!.categories = ["app-development", "website-inquiries"]),
      options: { related: ["user-identity-verification"] },
      expected: ["related-purpose-widened"]
    }
  ],
  "purpose-narrowed": [
    { name: "a purpose narrowed from all to one category", example: "002-unnamed-services", edit: (d) => (d.purposes.items[0]!.categories = ["basic"]), expected: ["purpose-narrowed"] }
  ],
  "purpose-reworded": [
    { name: "a purpose reworded", example: "001-smilemore", prepare: noJointUse, edit: (d) => (d.purposes.items.find((p) => p.id === "inquiries")!.text.ja = "お問い合わせへの対応"), expected: ["purpose-reworded"] }
  ],
  "purpose-metadata-changed": [
    { name: "a purpose tagged", example: "001-smilemore", edit: (d) => d.purposes.items.find((p) => p.id === "inquiries")!.tags!.push("contact"), expected: ["purpose-metadata-changed"] },
    {
      name: "a purpose's `all` spelled out",
      example: "002-unnamed-services",
      edit: (d) => (d.purposes.items[0]!.categories = ["basic", "contact", "service-usage", "technical", "other"]),
      expected: ["purpose-metadata-changed"]
    }
  ],
  "beyond-purpose-consent-dropped": [
    { name: "consent for use beyond the purposes dropped", example: "000-genesis", edit: (d) => (d.useBeyondPurpose!.consentRequired = false), expected: ["beyond-purpose-consent-dropped"] }
  ],
  "sensitive-category-added": [
    { name: "a special-care category added", example: "003-centrex", edit: newCategory("special-care"), expected: ["sensitive-category-added"] }
  ],
  "category-made-sensitive": [
    { name: "a category made special-care", example: "003-centrex", edit: (d) => (d.dataCategories[3]!.sensitivity = "special-care"), expected: ["category-made-sensitive"] },
    {
      name: "a special-care item added to a category",
      example: "004-k-zone",
      edit: (d) => d.dataCategories[0]!.items!.push({ ja: "病歴", en: "Medical history", sensitivity: "special-care" }),
      expected: ["category-made-sensitive"]
    }
  ],
  "category-added": [
    { name: "a category added", example: "003-centrex", edit: newCategory("ordinary"), expected: ["category-added"] },
    { name: "a category added under a conditional opt-out statement", example: "004-k-zone", edit: newCategory("ordinary"), expected: ["category-added"] }
  ],
  "category-newly-provided": [
    { name: "a category added under a provision of all categories", example: "001-smilemore", edit: newCategory("ordinary"), expected: ["category-newly-provided"] }
  ],
  "category-under-opt-out": [
    { name: "a category added under an opt-out of all categories", example: "004-k-zone", prepare: optOutInUse, edit: newCategory("ordinary"), expected: ["category-under-opt-out"] }
  ],
  "opt-out-forbidden-data-added": [
    { name: "a special-care category added under an opt-out of all categories", example: "004-k-zone", prepare: optOutInUse, edit: newCategory("special-care"), expected: ["opt-out-forbidden-data-added"] },
    {
      name: "special-care data named in the opt-out",
      example: "000-genesis",
      prepare: (d) => (d.thirdPartyProvision!.optOut = { categories: ["visitors"] }),
      edit: (d) => (d.thirdPartyProvision!.optOut!.categories = ["visitors", "employee-health-checkups"]),
      expected: ["opt-out-forbidden-data-added"]
    }
  ],
  "jointly-used-category-added": [
    {
      name: "a category added that a joint use of all categories covers",
      example: "001-smilemore",
      prepare: (d) => (d.thirdPartyProvision!.provisions = []),
      edit: newCategory("ordinary"),
      expected: ["jointly-used-category-added"]
    }
  ],
  "category-removed": [
    { name: "a category dropped", example: "003-centrex", edit: newCategory("ordinary"), reverse: true, expected: ["category-removed"] }
  ],
  "category-changed": [
    {
      name: "a category made non-disclosable",
      example: "004-k-zone",
      edit: (d) => (d.dataCategories[0]!.disclosure = { class: "non-disclosable", reason: ja("委託を受けて取り扱う情報") }),
      expected: ["category-changed", "category-changed"]
    }
  ],
  "acquisition-changed": [
    { name: "an acquisition channel's examples", example: "002-unnamed-services", edit: (d) => d.acquisitionChannels![0]!.examples.push(ja("アプリ")), expected: ["acquisition-changed"] }
  ],
  "provision-consent-dropped": [
    { name: "consent for provision dropped", example: "000-genesis", edit: (d) => (d.thirdPartyProvision!.consentRequired = false), expected: ["provision-consent-dropped"] }
  ],
  "foreign-provision-added": [
    {
      name: "a recipient abroad added",
      example: "001-smilemore",
      edit: (d) => adPartners(d).recipients!.push({ id: "meta", name: ja("Meta Platforms, Inc."), country: "US" }),
      expected: ["foreign-provision-added"]
    }
  ],
  "provision-added": [
    {
      name: "a provision added",
      example: "000-genesis",
      edit: (d) => (d.thirdPartyProvision!.provisions = [{ id: "partners", basis: "consent", categories: ["client-business-contacts"], purposes: [ja("共同販促")] }]),
      expected: ["provision-added"]
    }
  ],
  "provision-widened": [
    { name: "an item provided added", example: "001-smilemore", edit: (d) => adPartners(d).items!.push(ja("生年月日")), expected: ["provision-widened"] },
    { name: "a domestic recipient added", example: "001-smilemore", edit: (d) => adPartners(d).recipients!.push({ id: "ad-agency", name: ja("広告代理店"), country: "JP" }), expected: ["provision-widened"] },
    { name: "a recipient in an EEA country added", example: "001-smilemore", edit: (d) => adPartners(d).recipients!.push({ id: "eu-agency", name: ja("独代理店"), country: "DE" }), expected: ["provision-widened"] }
  ],
  "system-based-recipient-added": [
    {
      name: "a recipient abroad with a Rule 16 system added",
      example: "001-smilemore",
      edit: (d) => adPartners(d).recipients!.push({ id: "meta", name: ja("Meta Platforms, Inc."), country: "US", systemBased: { basis: "contract-or-rules" } }),
      expected: ["system-based-recipient-added"]
    }
  ],
  "foreign-recipient-added": [
    {
      name: "an outsourcee abroad added",
      example: "000-genesis",
      edit: (d) => (d.outsourcing!.entrustees = [{ id: "us-helpdesk", name: ja("米国ヘルプデスク"), country: "US" }]),
      expected: ["foreign-recipient-added"]
    },
    {
      name: "a joint user abroad added",
      example: "001-smilemore",
      edit: (d) => jointUse(d).users.push({ id: "us-lab", name: ja("米国研究所"), country: "US" }),
      expected: ["foreign-recipient-added"]
    }
  ],
  "opt-out-provision-added": [
    {
      name: "a provision by opt-out added",
      example: "000-genesis",
      edit: (d) => (d.thirdPartyProvision!.provisions = [{ id: "lists", basis: "opt-out", categories: ["client-business-contacts"], purposes: [ja("名簿の販売")] }]),
      expected: ["opt-out-provision-added"]
    }
  ],
  "provision-narrowed": [
    { name: "an item provided dropped", example: "001-smilemore", edit: (d) => adPartners(d).items!.pop(), expected: ["provision-narrowed"] }
  ],
  "non-statutory-ground-changed": [
    {
      name: "a non-statutory ground reworded",
      example: "000-genesis",
      edit: (d) => (d.thirdPartyProvision!.otherGrounds![0]!.text.ja = "業務上必要な範囲で第三者に提供する場合"),
      expected: ["non-statutory-ground-changed"]
    }
  ],
  "provision-particulars-changed": [
    { name: "the method of provision stated", example: "001-smilemore", edit: (d) => (adPartners(d).method = ja("電子データの送信")), expected: ["provision-particulars-changed"] }
  ],
  "opt-out-introduced": [
    { name: "opt-out introduced", example: "000-genesis", edit: optOut, expected: ["opt-out-introduced"] }
  ],
  "opt-out-ended": [
    { name: "opt-out ended", example: "000-genesis", edit: optOut, reverse: true, expected: ["opt-out-ended"] }
  ],
  "opt-out-item-changed": [
    { name: "an opt-out item changed", example: "004-k-zone", prepare: optOutInUse, edit: (d) => (d.thirdPartyProvision!.optOut!.provisionMethod = ja("電子データの送信")), expected: ["opt-out-item-changed"] },
    { name: "the opt-out's start date moved", example: "004-k-zone", prepare: optOutInUse, edit: (d) => (d.thirdPartyProvision!.optOut!.startDate = "2027-04-01"), expected: ["opt-out-item-changed"] }
  ],
  "opt-out-statement-changed": [
    { name: "opt-out stop on request withdrawn", example: "004-k-zone", prepare: optOutInUse, edit: (d) => (d.thirdPartyProvision!.optOut!.stopOnRequest = false), expected: ["opt-out-statement-changed"] }
  ],
  "opt-out-filing-withdrawn": [
    { name: "the opt-out's filing withdrawn", example: "004-k-zone", prepare: optOutFiled, edit: (d) => (d.thirdPartyProvision!.optOut!.notifiedToCommission = false), expected: ["opt-out-filing-withdrawn"] }
  ],
  "statutory-grounds-restated": [
    { name: "a statutory exception unlisted", example: "000-genesis", edit: (d) => d.useBeyondPurpose!.exceptions.pop(), expected: ["statutory-grounds-restated"] }
  ],
  "joint-use-added": [
    {
      name: "a joint use added",
      example: "001-smilemore",
      edit: (d) =>
        d.jointUses!.push({
          id: "group",
          categories: "all",
          items: [ja("氏名")],
          users: [{ id: "sister", name: ja("姉妹会社") }],
          purposes: "all",
          responsibleParties: [{ id: "party", name: ja("株式会社スマイルモア") }]
        }),
      expected: ["joint-use-added"]
    }
  ],
  "joint-use-ended": [
    { name: "a joint use ended", example: "001-smilemore", edit: (d) => (d.jointUses = []), expected: ["joint-use-ended"] }
  ],
  "joint-user-added": [
    { name: "a joint user added", example: "001-smilemore", edit: newJointUser, expected: ["joint-user-added"] }
  ],
  "joint-user-removed": [
    { name: "a joint user dropped", example: "001-smilemore", edit: newJointUser, reverse: true, expected: ["joint-user-removed"] }
  ],
  "joint-use-items-widened": [
    { name: "a joint-use item added", example: "001-smilemore", edit: (d) => jointUse(d).items.push(ja("生年月日")), expected: ["joint-use-items-widened"] },
    { name: "a joint-use item reworded", example: "001-smilemore", edit: (d) => (jointUse(d).items[0]!.ja = "利用者の氏名及び住所"), expected: ["joint-use-items-widened"] }
  ],
  "joint-use-narrowed": [
    { name: "a joint-use item dropped", example: "001-smilemore", edit: (d) => jointUse(d).items.pop(), expected: ["joint-use-narrowed"] }
  ],
  "joint-use-purposes-changed": [
    { name: "joint-use purposes narrowed to a list", example: "001-smilemore", edit: (d) => (jointUse(d).purposes = ["service-notices"]), expected: ["joint-use-purposes-changed"] }
  ],
  "responsible-party-replaced": [
    { name: "the responsible party renamed", example: "001-smilemore", edit: (d) => (jointUse(d).responsibleParties[0]!.name.ja = "株式会社メディカルシフト"), expected: ["responsible-party-replaced"] }
  ],
  "responsible-party-details-changed": [
    { name: "the responsible party moved", example: "001-smilemore", edit: (d) => (jointUse(d).responsibleParties[0]!.address!.ja = "東京都渋谷区道玄坂1-1"), expected: ["responsible-party-details-changed"] }
  ],
  "joint-user-changed": [
    { name: "a joint user renamed", example: "001-smilemore", edit: (d) => (jointUse(d).users[0]!.name.ja = "株式会社メディカルシフト"), expected: ["joint-user-changed"] }
  ],
  "joint-use-details-changed": [
    { name: "how jointly used data is acquired", example: "001-smilemore", edit: (d) => (jointUse(d).acquisitionMethod = ja("本人から直接")), expected: ["joint-use-details-changed"] }
  ],
  "opt-out-operator-changed": [
    { name: "the operator moved while using opt-out", example: "004-k-zone", prepare: optOutInUse, edit: (d) => (d.operator.name!.ja = "株式会社ケイゾーン"), expected: ["opt-out-operator-changed"] }
  ],
  "operator-identity-changed": [
    { name: "the operator moved", example: "001-smilemore", edit: (d) => (d.operator.address!.ja = "東京都千代田区丸の内1-1"), expected: ["operator-identity-changed"] }
  ],
  "security-measures-changed": [
    { name: "a technical measure added", example: "003-centrex", edit: (d) => d.securityMeasures!.technical!.push(ja("多要素認証を導入しています。")), expected: ["security-measures-changed"] }
  ],
  "request-procedure-changed": [
    { name: "the response time changed", example: "002-unnamed-services", edit: (d) => (d.requests!.responseTime!.days = 14), expected: ["request-procedure-changed"] }
  ],
  "fee-changed": [
    { name: "the fee raised", example: "003-centrex", edit: (d) => (d.fees![0]!.amount = 1100), expected: ["fee-changed"] }
  ],
  "contact-window-changed": [
    { name: "the contact's phone changed", example: "000-genesis", edit: (d) => (d.contactWindows[0]!.phones = ["045-319-1786"]), expected: ["contact-window-changed"] }
  ],
  "complaint-handling-changed": [
    { name: "a complaint step reworded", example: "002-unnamed-services", edit: (d) => (d.complaints!.internalSteps![0]!.text.ja = "窓口にて初期対応"), expected: ["complaint-handling-changed"] }
  ],
  "accredited-organization-changed": [
    { name: "the accredited organization's phone", example: "003-centrex", edit: (d) => (d.accreditedOrganization!.phones = ["03-6280-4860"]), expected: ["accredited-organization-changed"] }
  ],
  "retention-changed": [
    { name: "a retention period changed", example: "002-unnamed-services", edit: (d) => (d.retention!.rules[0]!.period.years = 5), expected: ["retention-changed"] }
  ],
  "outsourcing-changed": [
    { name: "outsourcing supervision added", example: "000-genesis", edit: (d) => (d.outsourcing!.supervision = [ja("定期的に監査します")]), expected: ["outsourcing-changed"] }
  ],
  "linked-data-received": [
    { name: "linked data received", example: "000-genesis", edit: linkedFlow, expected: ["linked-data-received"] }
  ],
  "linked-data-sent": [
    {
      name: "person-related information sent to a party that links it",
      example: "000-genesis",
      edit: (d) => (d.tracking!.dataFlows = [{ id: "ad-id", direction: "sent-to-third-party", party: ja("広告事業者"), items: [ja("広告ID")], purposes: [ja("広告配信")], linkedToPersonalData: true }]),
      expected: ["linked-data-sent"]
    }
  ],
  "tracking-changed": [
    { name: "cookies used", example: "000-genesis", edit: (d) => (d.tracking!.cookies!.used = true), expected: ["tracking-changed"] }
  ],
  "commitment-changed": [
    { name: "the marketing opt-out can no longer be resumed", example: "004-k-zone", edit: (d) => (d.marketingOptOut!.canResume = false), expected: ["commitment-changed"] }
  ],
  "free-text-clause-changed": [
    { name: "a free-text clause added", example: "000-genesis", edit: (d) => (d.additionalClauses = [{ id: "misc", text: [ja("その他")] }]), expected: ["free-text-clause-changed"] }
  ],
  "history-updated": [
    { name: "a revision recorded", example: "000-genesis", edit: (d) => d.history!.revisions!.push({ date: "2025-04-01" }), expected: ["history-updated"] }
  ],
  "wording-changed": [
    { name: "the title reworded", example: "000-genesis", edit: (d) => (d.title!.ja = "個人情報の取扱いについて"), expected: ["wording-changed"] }
  ],
  "statement-changed": [
    { name: "the operator's website stated", example: "000-genesis", edit: (d) => (d.operator.website = "https://www.genesis-net.co.jp/"), expected: ["statement-changed"] }
  ]
}

const run = (c: Case) => {
  const original = c.prepare === undefined ? example(c.example) : revise(example(c.example), c.prepare)
  const revised = revise(original, c.edit)
  return c.reverse === true ? diff(revised, original, c.options) : diff(original, revised, c.options)
}

describe.each(Object.entries(CASES) as ReadonlyArray<[ChangeId, ReadonlyArray<Case>]>)("%s", (kind, cases) => {
  const rule = CHANGE_RULES.find((r) => r.id === kind)!
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect(c.expected[0], "a case is filed under the kind it expects first").toBe(kind)
    const changes = run(c)
    expect(changes.changes.map((change) => change.id)).toEqual(c.expected)
    expect(changes.impact).toBe(rule.impact)
    const { article, explain } = describeChange(kind)
    expect(changes.changes[0]).toMatchObject({ article, explain })
  })
})

describe("kinds of change", () => {
  it("every kind has its cases above (the table's type requires it; this checks the registry agrees)", () => {
    expect(CHANGE_RULES.map((rule) => rule.id).filter((id) => !Object.hasOwn(CASES, id))).toEqual([])
  })

  it("ids are unique, equal their file names, and every file is registered", () => {
    const files = readdirSync(join(import.meta.dirname, "changes"))
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .map((file) => file.slice(0, -3))
      .sort()
    const ids = CHANGE_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(files)
  })

  it("a hint is given in both languages or in neither", () => {
    for (const rule of CHANGE_RULES) expect(Object.hasOwn(jaMessages[rule.id as ChangeId], "hint"), rule.id).toBe(Object.hasOwn(enMessages[rule.id as ChangeId], "hint"))
  })

  it("messages follow the house style: lower-case start, no final period, both languages", () => {
    for (const rule of CHANGE_RULES) {
      const { explain, hint } = describeChange(rule.id)
      for (const message of [explain, ...(hint === undefined ? [] : [hint])]) {
        expect(message.en, rule.id).toMatch(/^[a-z(`]/u)
        expect(message.en, rule.id).not.toMatch(/\.$/u)
        expect(message.ja, rule.id).not.toMatch(/[。.]$/u)
        expect(message.ja.length, rule.id).toBeGreaterThan(0)
      }
    }
  })

  it("every concept ends with wording-changed and the catch-all, which claims everything", () => {
    for (const concept of [...Object.keys(CONCEPT_KINDS), "not-a-key"]) {
      const ids = kindsFor(concept).map((rule) => rule.id)
      expect(ids[0], concept).toBe("translation-changed")
      expect(ids.slice(-2), concept).toEqual(["wording-changed", "statement-changed"])
      expect(new Set(ids).size, concept).toBe(ids.length)
    }
  })
})
