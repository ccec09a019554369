import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { ProvisionExceptionId, UseExceptionId } from "../../model/StatutoryException.ts"
import { plainText, same } from "../phrase.ts"
import { catalogs, citations, clause, type ClauseKey, type ClauseParams, type Facts, formatCitation, formatCitations, type PhraseParams } from "./index.ts"

/** Every leaf key path of a catalog, functions included. */
const keyPaths = (value: object, prefix = ""): ReadonlyArray<string> =>
  Object.entries(value).flatMap(([key, entry]) =>
    typeof entry === "object" && entry !== null ? keyPaths(entry as object, `${prefix}${key}.`) : [`${prefix}${key}`]
  )

const strings = (value: object): ReadonlyArray<string> =>
  Object.values(value).flatMap((entry) => (typeof entry === "string" ? [entry] : typeof entry === "object" && entry !== null ? strings(entry as object) : []))

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u

const x = same("X")
/** Parameters for every clause (the type makes a new clause without an entry here an error). */
const SAMPLE_PARAMS = {
  "purposes.intro": {},
  "purposes.change": { notice: "notify-or-publish", related: true },
  "use-beyond-purpose.consent": { purposes: x },
  "use-beyond-purpose.no-consent": { purposes: x },
  "purpose-notice.intro": {},
  "voluntariness.voluntary": {},
  "voluntariness.required": {},
  "marketing-opt-out.stop": { purposes: x },
  "marketing-opt-out.resume": {},
  "provision.consent": {},
  "provision.no-consent": {},
  "provision.exceptions-of": { section: x },
  "provision.foreign-recipients-possible": {},
  "provision.system-based": {},
  "opt-out.intro": {},
  "opt-out.listed": {},
  "opt-out.provision-is-purpose": {},
  "opt-out.stop-on-request": {},
  "joint-use.intro": {},
  "joint-use.all-purposes": { section: x },
  "outsourcing.used": { withinPurposes: true },
  "outsourcing.not-used": {},
  "security.intro": {},
  "security.countries": { countries: x },
  "retention.intro": {},
  "retention.deletion": {},
  "cookies.used": {},
  "cookies.not-used": { noWebBeacons: true },
  "cookies.no-personal-identification": {},
  "logs.collected": {},
  "logs.not-collected": {},
  "data-flow.sent": { party: x },
  "data-flow.received": { party: x, linked: true },
  "requests.intro": {},
  "requests.submission": { channels: x, window: x },
  "requests.forms": { forms: x },
  "requests.delivery": { methods: x },
  "requests.refusal": {},
  "fee.charged": { kinds: x, amount: x, unit: "per-item" },
  "fee.actual-cost": { kinds: x, amount: x },
  "fee.unspecified": { kinds: x },
  "fee.payment": { methods: x },
  "fee.postage": { borneBy: "requester" },
  "fee.free": { kinds: x },
  "complaints.window": { window: x },
  "contact.hours": { days: x, times: x },
  "contact.closed": { periods: x, holidays: true, companyDays: true },
  "accredited.member": { name: x },
  "accredited.none": {},
  "provision.system-based-on-request": {},
  "changes.statement": { announcement: "website-and-notify", effectiveFrom: "stated-date" }
} satisfies { readonly [K in ClauseKey]: PhraseParams<ClauseParams[K]> }

const FACT: Facts = [["sample"]]
const everyClause = () => (Object.keys(SAMPLE_PARAMS) as Array<ClauseKey>).map((key) => clause(key, SAMPLE_PARAMS[key] as never, FACT))

describe("clause catalog", () => {
  it("renders every clause in both languages, English without Japanese", () => {
    const phrases = everyClause()
    expect(phrases).toHaveLength(Object.keys(catalogs.ja.clauses).length)
    for (const phrase of phrases) {
      // `contact.hours` is only its parameters (月〜金 9:00〜17:00), so it is not checked for script.
      if (plainText(phrase.ja) !== "X X") expect(plainText(phrase.ja)).toMatch(JAPANESE)
      expect(plainText(phrase.en)).not.toMatch(JAPANESE)
      expect(plainText(phrase.en)).not.toContain("undefined")
    }
  })

  it("both languages have exactly the same keys", () => {
    expect(keyPaths(catalogs.en)).toEqual(keyPaths(catalogs.ja))
  })

  it("every clause and every statutory list item has its citation", () => {
    expect(Object.keys(citations.clauses).sort()).toEqual(Object.keys(catalogs.ja.clauses).sort())
    for (const list of ["useExceptions", "provisionExceptions", "nonNotificationGrounds", "refusalGrounds", "optOutItems", "rights"] as const) {
      expect(Object.keys(citations[list]).sort(), list).toEqual(Object.keys(catalogs.ja[list]).sort())
      for (const cited of Object.values(citations[list])) expect(cited.length, list).toBeGreaterThan(0)
    }
  })

  it("the English catalog is English and the Japanese Japanese", () => {
    for (const text of strings(catalogs.en)) expect(text, text).not.toMatch(JAPANESE)
    for (const table of ["headings", "labels", "rights", "requestKinds"] as const) {
      for (const [key, text] of Object.entries(catalogs.ja[table])) expect(text, `${table}.${key}`).not.toBe(catalogs.en[table][key as keyof (typeof catalogs.en)[typeof table]])
    }
  })

  it("keeps the statute's words: 同意, never 承諾", () => {
    const clauses = everyClause().map((phrase) => plainText(phrase.ja))
    const japanese = [...strings(catalogs.ja), ...clauses].join("\n")
    expect(japanese).not.toContain("承諾")
    expect(catalogs.ja.useExceptions["life-body-property"]).toContain("本人の同意を得ることが困難であるとき")
  })

  it("words ①–④ of 18(3) and 27(1) exactly as the statute", () => {
    const statute = Schema.decodeUnknownSync(Schema.Record(Schema.String, Schema.String))(parse(readFileSync(join(import.meta.dirname, "statute-items.yaml"), "utf8")))
    expect(Object.keys(statute)).toEqual(["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation"])
    for (const [id, text] of Object.entries(statute)) {
      expect(catalogs.ja.useExceptions[id as keyof typeof catalogs.ja.useExceptions]).toBe(text)
      expect(catalogs.ja.provisionExceptions[id as keyof typeof catalogs.ja.provisionExceptions]).toBe(text)
    }
    expect(Object.keys(catalogs.ja.useExceptions).sort()).toEqual([...UseExceptionId.literals].sort())
    expect(Object.keys(catalogs.ja.provisionExceptions).sort()).toEqual([...ProvisionExceptionId.literals].sort())
    // 18(3) has six items: the joint-research item is 27(1)(vi) only (legal review C1, G9).
    expect("academic-research-joint" in catalogs.ja.useExceptions).toBe(false)
  })

  it("keeps the 21(4) and 33(2) lists apart from 18(3)/27(1)", () => {
    const exceptions = new Set(Object.values(catalogs.ja.useExceptions))
    for (const text of [...Object.values(catalogs.ja.nonNotificationGrounds), ...Object.values(catalogs.ja.refusalGrounds)]) expect(exceptions.has(text)).toBe(false)
    expect(catalogs.ja.nonNotificationGrounds["state-cooperation"]).toContain("利用目的を本人に通知し、又は公表することにより当該事務の遂行に支障")
    expect(catalogs.ja.refusalGrounds["serious-business-hindrance"]).toBe("当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合")
    expect(citations.nonNotificationGrounds["state-cooperation"]).toEqual([{ law: "appi", article: "21", paragraph: 4, item: 3 }])
    expect(citations.useExceptions["state-cooperation"]).toEqual([{ law: "appi", article: "18", paragraph: 3, item: 4 }])
  })

  it("fills named parameters in both languages", () => {
    const fee = clause(
      "fee.charged",
      { kinds: { ja: [{ kind: "text", text: "開示" }], en: [{ kind: "text", text: "disclosure" }] }, amount: { ja: [{ kind: "text", text: "1,000円（税込）" }], en: [{ kind: "text", text: "JPY 1,000 (tax incl.)" }] }, unit: "per-request" },
      [["fees", 0, "amount"]]
    )
    expect(plainText(fee.ja)).toBe("開示の請求については、1回の請求につき1,000円（税込）の手数料をいただきます。")
    expect(plainText(fee.en)).toBe("A fee of JPY 1,000 (tax incl.) per request is charged for requests for disclosure.")
    const ref = clause("provision.exceptions-of", { section: same("前条") })
    expect(plainText(ref.ja)).toBe("前条の各号のいずれかに該当する場合")
  })

  it("formats citations per language, one article written once", () => {
    expect(formatCitation({ law: "appi", article: "27", paragraph: 2, item: 3 }, "ja")).toBe("個人情報保護法第27条第2項第3号")
    expect(formatCitation({ law: "appi", article: "27", paragraph: 2, item: 3 }, "en")).toBe("APPI Art. 27(2)(iii)")
    expect(formatCitation({ law: "telecommunications-business-act", article: "27-12" }, "ja")).toBe("電気通信事業法第27条の12")
    expect(formatCitations(citations.rights["use-stop"], "ja")).toBe("個人情報保護法第35条第1項及び第5項")
    expect(formatCitations(citations.rights["use-stop"], "en")).toBe("APPI Art. 35(1) and (5)")
    expect(formatCitations(citations.clauses["security.intro"], "ja")).toBe("個人情報保護法第23条、個人情報保護法施行令第10条第1号")
  })
})

describe("clause voices", () => {
  it("marks a clause's text with the clause and the facts that declared it", () => {
    const phrase = clause("fee.postage", { borneBy: "requester" }, [["fees", 0, "postageBorneBy"]])
    for (const run of [...phrase.ja, ...phrase.en]) expect(run.source).toEqual({ kind: "clause", key: "fee.postage", voice: "statement", facts: [["fees", 0, "postageBorneBy"]] })
  })

  it("keeps the source of text interpolated into a clause", () => {
    const window = { ja: [{ kind: "text" as const, text: "窓口", source: { kind: "policy" as const, path: ["contactWindows", 0, "name", "ja"] } }], en: [{ kind: "text" as const, text: "the desk" }] }
    const phrase = clause("complaints.window", { window }, [["complaints", "window"]])
    expect(phrase.ja.map((run) => run.source?.kind)).toEqual(["clause", "policy", "clause"])
  })

  it("commitments and statements cannot be rendered without a fact (a type error), frames can", () => {
    // @ts-expect-error -- a commitment needs its facts
    expect(() => clause("outsourcing.not-used", {})).not.toThrow()
    expect(plainText(clause("opt-out.listed", {}).ja)).toContain("次のとおり")
  })
})
