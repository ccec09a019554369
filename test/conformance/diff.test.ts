/**
 * The diff's law as data: each case of test/conformance/diff/ is an old
 * version (the base policy, patched) and a revision, with the kinds of
 * change and the impact the diff must report, and the article or PPC
 * guideline behind them. Every item D1–D11 of the legal review's section 1b
 * has a case.
 */
import { describe, expect, it } from "vitest"
import { diff } from "../../src/diff/diff.ts"
import type { Impact } from "../../src/diff/Impact.ts"
import { type PatchStep, policyOf, readCases, malformedCases, uncoveredItems } from "./cases.ts"

interface DiffExpectation {
  readonly impact: Impact | null
  readonly changes: ReadonlyArray<{ readonly id: string; readonly impact: Impact; readonly unlawful?: true }>
}

const cases = readCases<DiffExpectation>("diff")
const REVIEW_ITEMS = Array.from({ length: 11 }, (_, i) => `D${i + 1}`)

describe("diff conformance (test/conformance/diff/)", () => {
  it.each(cases.map((c) => [`${c.file} ${c.id}`, c] as const))("%s", (_, c) => {
    const revision = (c["revision"] ?? []) as ReadonlyArray<PatchStep>
    const after = policyOf(c.base, [...c.patch, ...revision], `diff/${c.file} ${c.id} (revision)`)
    const options = (c["options"] ?? {}) as { readonly related?: ReadonlyArray<string> }
    const changes = diff(c.policy, after, options)
    const reported = changes.changes.map((change) => ({ id: change.id, impact: change.impact, ...(change.unlawful === true ? { unlawful: true } : {}) }))
    expect(reported, `${c.question}\n  law: ${c.law}`).toEqual(c.expect.changes)
    expect(changes.impact).toBe(c.expect.impact)
  })

  it("every case asks a question and cites the law; ids are unique", () => {
    expect(malformedCases(cases)).toEqual([])
  })

  it("covers every item of the legal review's section 1b (D1–D11)", () => {
    expect(uncoveredItems(cases, REVIEW_ITEMS)).toEqual([])
  })
})
