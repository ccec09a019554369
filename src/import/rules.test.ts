import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { CONCEPT_RULES, CONCEPTS, conceptOfSentence, conceptOfTitle, isPolicyTitle } from "./rules.ts"

const Cases = Schema.Record(
  Schema.String,
  Schema.Struct({ titles: Schema.Array(Schema.String), sentences: Schema.Array(Schema.String), notSentences: Schema.optionalKey(Schema.Array(Schema.String)) })
)

/** One case per rule, as data beside the rules (`rules.cases.yaml`). */
const CASES = Schema.decodeUnknownSync(Cases)(parse(readFileSync(join(import.meta.dirname, "rules.cases.yaml"), "utf8")), { onExcessProperty: "error" })

describe("the classification rules", () => {
  it("has one rule per concept, each with a case here", () => {
    expect(CONCEPT_RULES.map((rule) => rule.concept)).toEqual([...CONCEPTS])
    expect(Object.keys(CASES).sort()).toEqual([...CONCEPTS].sort())
  })

  it.each(CONCEPTS.map((concept) => [concept]))("%s: its headings and sentences, not its look-alikes", (concept) => {
    const cases = CASES[concept]!
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
