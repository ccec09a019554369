/**
 * The guard's specification as data: every case of test/conformance/guard/
 * is decided by the compiled checker and by the reference evaluator, and both
 * must give the expected decision. The suite must cover every item of the
 * legal review's section 1a (G1–G13), every decision code and every row of
 * the documented decision table.
 */
import { describe, expect, it } from "vitest"
import { check } from "../../src/guard/check.ts"
import { compileGuard } from "../../src/guard/compile.ts"
import { DECISIONS, type DecisionCode } from "../../src/guard/decisions.ts"
import { referenceDecision } from "../../src/guard/reference.ts"
import { DECISION_STEPS } from "../../src/guard/steps.ts"
import { readCases, malformedCases, uncoveredItems } from "./cases.ts"

interface GuardExpectation {
  readonly allowed: boolean
  readonly code: DecisionCode
  readonly basis?: "law" | "policy"
  readonly article?: string
}

const cases = readCases<GuardExpectation>("guard")
const REVIEW_ITEMS = Array.from({ length: 13 }, (_, i) => `G${i + 1}`)
// A table that is not one cannot be written as a policy; src/guard/check.test.ts covers it.
const NOT_EXPRESSIBLE_AS_A_CASE: ReadonlySet<DecisionCode> = new Set(["invalid-table"])

describe("guard conformance (test/conformance/guard/)", () => {
  it.each(cases.map((c) => [`${c.file} ${c.id}`, c] as const))("%s", (_, c) => {
    const request = c["request"]
    const compiled = check(compileGuard(c.policy), request)
    const reference = referenceDecision(c.policy, request)
    const expected = { code: c.expect.code, allowed: c.expect.allowed, ...(c.expect.basis === undefined ? {} : { basis: c.expect.basis }), ...(c.expect.article === undefined ? {} : { article: c.expect.article }) }
    expect(compiled, `${c.question}\n  law: ${c.law}`).toMatchObject(expected)
    expect(reference, "the reference evaluator").toMatchObject(expected)
    expect(DECISIONS[c.expect.code].allowed, "`allowed` agrees with the code").toBe(c.expect.allowed)
  })

  it("every case asks a question and cites the law; ids are unique", () => {
    expect(malformedCases(cases)).toEqual([])
  })

  it("covers every item of the legal review's section 1a (G1–G13)", () => {
    expect(uncoveredItems(cases, REVIEW_ITEMS)).toEqual([])
  })

  it("covers every decision code, allowed and denied", () => {
    const covered = new Set(cases.map((c) => c.expect.code))
    expect((Object.keys(DECISIONS) as ReadonlyArray<DecisionCode>).filter((code) => !covered.has(code) && !NOT_EXPRESSIBLE_AS_A_CASE.has(code))).toEqual([])
  })

  it("covers every row of the decision table (README), each of its outcomes", () => {
    const covered = new Set(cases.map((c) => c.expect.code))
    const uncovered = DECISION_STEPS.flatMap((step, i) => step.codes.filter((code) => !covered.has(code) && !NOT_EXPRESSIBLE_AS_A_CASE.has(code)).map((code) => `step ${i + 1} (${step.id}): ${code}`))
    expect(uncovered).toEqual([])
  })
})
