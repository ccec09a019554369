import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Policy } from "../model/Policy.ts"
import { applyPatch } from "./applyPatch.ts"
import { asJson } from "./ChangeRule.ts"
import { diff } from "./diff.ts"
import { type Draft, EXAMPLES, example, revise } from "../../test/diffFixture.ts"
import { compareImpact, type Impact } from "./Impact.ts"
import { canonical } from "./Json.ts"
import { jsonPatch } from "./patch.ts"

type Mutation = (draft: Draft<Policy>) => void
const ja = (text: string) => ({ ja: text, en: text })
const ids = (policy: Policy, other: Policy, options?: Parameters<typeof diff>[2]) => diff(policy, other, options).changes.map((change) => change.id)

describe("realistic revisions of the seed policies", () => {
  const smilemore = example("001-smilemore")
  // Seed 001's joint use covers `all` purposes, so any change of purpose changes the joint users' purposes (27(6)).
  const smilemoreAlone = revise(smilemore, (d) => {
    delete d.jointUses
  })

  it("add a purpose: consent, or notice when judged reasonably related", () => {
    const revised = revise(smilemore, (d) => d.purposes.items.push({ id: "ad-delivery", text: { ja: "広告配信", en: "Ad delivery" }, categories: "all" }))
    const changes = diff(smilemore, revised)
    expect(changes.impact).toBe("consent")
    expect(changes.changes).toEqual([
      expect.objectContaining({ id: "purpose-added", kind: "added", concept: "purposes.items", entry: "ad-delivery", name: { ja: "広告配信", en: "Ad delivery" }, pointer: "/purposes/items/17" })
    ])
    expect(changes.concepts).toEqual([{ concept: "purposes.items", added: ["ad-delivery"], removed: [], changed: [] }])
    expect(diff(smilemore, revised, { related: ["ad-delivery"] }).impact).toBe("notify-in-advance")
    const alone = revise(smilemoreAlone, (d) => d.purposes.items.push({ id: "ad-delivery", text: { ja: "広告配信", en: "Ad delivery" }, categories: "all" }))
    expect(diff(smilemoreAlone, alone, { related: ["ad-delivery"] }).impact).toBe("notify")
  })

  it("drop a purpose: notify or publish (21(3)); in advance when a joint use covers it (27(6))", () => {
    const jointly = revise(smilemore, (d) => (d.purposes.items = d.purposes.items.filter((p) => p.id !== "statistics")))
    expect(diff(smilemore, jointly).changes[0]).toMatchObject({ id: "jointly-used-purpose-changed", impact: "notify-in-advance", article: { en: "APPI Art. 27(6), Art. 21(3)" } })
    const revised = revise(smilemoreAlone, (d) => (d.purposes.items = d.purposes.items.filter((p) => p.id !== "statistics")))
    const [change] = diff(smilemoreAlone, revised).changes
    expect(change).toMatchObject({ id: "purpose-removed", impact: "notify", article: { en: "APPI Art. 21(3)" }, entry: "statistics", path: ["purposes", "items", 3] })
    expect(change?.before).toMatchObject({ id: "statistics", tags: ["statistics"] })
  })

  it("change the fee: publish, with the amounts before and after", () => {
    const centrex = example("003-centrex")
    const [change] = diff(centrex, revise(centrex, (d) => (d.fees![0]!.amount = 1100))).changes
    expect(change).toMatchObject({ id: "fee-changed", impact: "publish", concept: "fees", entry: "request-fee", field: "amount", before: 1000, after: 1100, pointer: "/fees/0/amount" })
  })

  it("change a joint user: a rename is published, a new user needs consent", () => {
    const renamed = revise(smilemore, (d) => (d.jointUses![0]!.users[0]!.name = { ja: "株式会社メディカルシフト", en: "MedicalShift Inc." }))
    expect(diff(smilemore, renamed).changes).toEqual([
      expect.objectContaining({ id: "joint-user-changed", impact: "publish", field: "users.medicalshift.name", before: { ja: "株式会社MedicalShift", en: "MedicalShift Inc." } })
    ])
    const replaced = revise(smilemore, (d) => (d.jointUses![0]!.users = [{ id: "other-clinic", name: ja("別の会社") }]))
    expect(ids(smilemore, replaced)).toEqual(["joint-user-added", "joint-user-removed"])
    expect(diff(smilemore, replaced).impact).toBe("consent")
  })

  it("change the contact's phone: publish", () => {
    const genesis = example("000-genesis")
    const [change] = diff(genesis, revise(genesis, (d) => (d.contactWindows[0]!.phones = ["045-319-1786"]))).changes
    expect(change).toMatchObject({ id: "contact-window-changed", impact: "publish", entry: "privacy-desk", field: "phones", before: ["045-319-1785"], after: ["045-319-1786"] })
  })

  it("reorder lists: no change is reported, but the patch still produces the new order", () => {
    for (const name of EXAMPLES) {
      const policy = example(name)
      const reordered = revise(policy, (d) => {
        d.purposes.items.reverse()
        d.dataCategories.reverse()
        d.contactWindows.reverse()
        d.jointUses?.forEach((jointUse) => jointUse.items.reverse())
        d.requests?.kinds.reverse()
        d.thirdPartyProvision?.exceptions.reverse()
      })
      expect(diff(policy, reordered), name).toMatchObject({ impact: null, changes: [], concepts: [] })
      const patch = jsonPatch(asJson(policy), asJson(reordered))
      const applied = applyPatch(asJson(policy), patch)
      expect(applied.ok && canonical(applied.value)).toBe(canonical(asJson(reordered)))
      if (policy.purposes.items.length > 1) expect(patch.some((op) => op.op === "move"), name).toBe(true)
    }
  })

  it("rename an id: reported as a removal and an addition, each with a hint naming the other", () => {
    const revised = revise(smilemoreAlone, (d) => (d.purposes.items.find((p) => p.id === "disputes")!.id = "dispute-handling"))
    const changes = diff(smilemoreAlone, revised).changes
    expect(changes.map((change) => [change.id, change.entry])).toEqual([
      ["purpose-added", "dispute-handling"],
      ["purpose-removed", "disputes"]
    ])
    expect(changes[0]!.hints.at(-1)?.en).toMatch(/same content as the removed `disputes`/u)
    expect(changes[1]!.hints.at(-1)?.en).toMatch(/the added `dispute-handling` has the same content/u)
  })

  it("records which versions are compared", () => {
    const genesis = example("000-genesis")
    const revised = revise(genesis, (d) => {
      d.version = "2"
      d.history!.effective = "2025-04-01"
    })
    expect(diff(genesis, revised)).toMatchObject({ from: { id: "genesis", revised: "2010-02-26" }, to: { id: "genesis", version: "2", effective: "2025-04-01" } })
  })
})

/** Mutations of seed 001, each on its own target, so any subset can be applied together. */
const MUTATIONS: ReadonlyArray<readonly [string, Mutation]> = [
  ["add a purpose", (d) => d.purposes.items.push({ id: "ad-delivery", text: ja("広告配信"), categories: "all" })],
  ["reword a purpose", (d) => (d.purposes.items.find((p) => p.id === "inquiries")!.text.ja = "お問い合わせへの対応")],
  ["drop a purpose", (d) => (d.purposes.items = d.purposes.items.filter((p) => p.id !== "disputes"))],
  ["reorder the purposes", (d) => d.purposes.items.reverse()],
  ["raise the fee", (d) => (d.fees![0]!.amount = 1500)],
  ["change the e-mail", (d) => (d.contactWindows[0]!.emails = ["privacy@clearsmile.jp"])],
  ["add a joint user", (d) => d.jointUses![0]!.users.push({ id: "partner", name: ja("提携医院") })],
  ["move the responsible party", (d) => (d.jointUses![0]!.responsibleParties[0]!.address!.ja = "東京都港区南青山1-1")],
  ["reword the joint-use purposes", (d) => (d.jointUses![0]!.purposesText = [ja("第3条に記載の目的の範囲内")])],
  ["add a security measure", (d) => (d.securityMeasures!.technical = [ja("アクセス制御")])],
  ["reword the principles", (d) => (d.principles!.items[0]!.text.ja = "当社は個人情報を正確かつ安全に管理します。")],
  ["add a provided item", (d) => d.thirdPartyProvision!.provisions![0]!.items!.push(ja("生年月日"))],
  ["stop linking click data", (d) => (d.tracking!.dataFlows![0]!.linkedToPersonalData = false)],
  ["move the operator", (d) => (d.operator.address!.ja = "東京都渋谷区道玄坂2-1")],
  ["record the effective date", (d) => (d.history = { effective: "2025-04-01" })],
  ["announce by notice too", (d) => (d.policyChanges!.announcement = "website-and-notify")]
]

const applyAll = (policy: Policy, mutations: ReadonlyArray<readonly [string, Mutation]>): Policy => revise(policy, (d) => mutations.forEach(([, mutate]) => mutate(d)))

const rank = (impact: Impact | null): number => (impact === null ? -1 : compareImpact(impact, "editorial"))

describe("properties", () => {
  const base = example("001-smilemore")
  const subsets = fc.subarray([...MUTATIONS]).chain((superset) => fc.tuple(fc.subarray(superset), fc.constant(superset)))

  it("diff(p, p) is empty, for every seed and any revision of one", () => {
    for (const name of EXAMPLES) expect(diff(example(name), example(name))).toMatchObject({ impact: null, changes: [], concepts: [] })
    fc.assert(
      fc.property(fc.subarray([...MUTATIONS]), (mutations) => {
        const revised = applyAll(base, mutations)
        return diff(revised, structuredClone(revised)).changes.length === 0
      }),
      { numRuns: 50 }
    )
  })

  it("applying the patch of diff(a, b) to a gives b", () => {
    fc.assert(
      fc.property(fc.subarray([...MUTATIONS]), fc.boolean(), (mutations, backwards) => {
        const revised = applyAll(base, mutations)
        const [a, b] = backwards ? [revised, base] : [base, revised]
        const applied = applyPatch(asJson(a), jsonPatch(asJson(a), asJson(b)))
        return applied.ok && canonical(applied.value) === canonical(asJson(b))
      }),
      { numRuns: 100 }
    )
  })

  it("impact is monotonic: adding a change never lowers the overall impact, and keeps every other change", () => {
    fc.assert(
      fc.property(subsets, ([subset, superset]) => {
        const smaller = diff(base, applyAll(base, subset))
        const larger = diff(base, applyAll(base, superset))
        const keyOf = (change: (typeof larger.changes)[number]) => `${change.id} ${change.concept} ${change.entry ?? ""} ${change.field ?? ""}`
        const kept = new Set(larger.changes.map(keyOf))
        return rank(smaller.impact) <= rank(larger.impact) && smaller.changes.every((change) => kept.has(keyOf(change)))
      }),
      { numRuns: 100 }
    )
  })

  it("every mutation of the catalogue is reported (none is lost in classification)", () => {
    for (const [name, mutate] of MUTATIONS) {
      const changes = diff(base, applyAll(base, [[name, mutate]]))
      expect(changes.changes.length, name).toBe(name === "reorder the purposes" ? 0 : 1)
    }
  })

  it("is deterministic", () => {
    const revised = applyAll(base, MUTATIONS)
    expect(JSON.stringify(diff(base, revised))).toBe(JSON.stringify(diff(structuredClone(base), structuredClone(revised))))
  })
})
