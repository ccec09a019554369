/**
 * The lint's law as data: each case of test/conformance/lint/ patches the
 * lawful base (test/conformance/policies/lint-base.yaml, on which lint finds
 * nothing) and states the exact set of rules and severities lint must
 * report, with the question it answers and the article or PPC guideline
 * behind it. The suite must cover every lint item of the legal review (L1–L8
 * of section 1c, R1–R9 of section 2; the review has no R7) and every rule.
 */
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { lint } from "../../src/lint/lint.ts"
import type { Severity } from "../../src/lint/Rule.ts"
import { rules } from "../../src/lint/rules/index.ts"
import { readCases, malformedCases, uncoveredItems } from "./cases.ts"

interface LintExpectation {
  readonly findings: ReadonlyArray<{ readonly rule: string; readonly severity: Severity }>
  /** Articles a rule must cite (a part of its English citation): for the items about a rule's wording. */
  readonly cites?: Readonly<Record<string, string>>
}

const cases = readCases<LintExpectation>("lint")
/** The rule ids as files: one `<id>.ts` per rule in src/lint/rules (the registry's agreement with them is src/lint/lint.test.ts's). */
const RULE_FILES = readdirSync(join(import.meta.dirname, "..", "..", "src", "lint", "rules"))
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "index.ts")
  .map((name) => name.replace(/\.ts$/u, ""))
const REVIEW_ITEMS = [...Array.from({ length: 8 }, (_, i) => `L${i + 1}`), ...["R1", "R2", "R3", "R4", "R5", "R6", "R8", "R9"]]

/** `rule severity` pairs, each once, in order. */
const pairs = (findings: ReadonlyArray<{ readonly rule: string; readonly severity: Severity }>): ReadonlyArray<string> =>
  [...new Set(findings.map(({ rule, severity }) => `${rule} ${severity}`))].sort()

describe("lint conformance (test/conformance/lint/)", () => {
  it.each(cases.map((c) => [`${c.file} ${c.id}`, c] as const))("%s", (_, c) => {
    const found = lint(c.policy).map((d) => ({ rule: d.code, severity: d.severity }))
    expect(pairs(found), `${c.question}\n  law: ${c.law}`).toEqual(pairs(c.expect.findings))
    for (const [id, article] of Object.entries(c.expect.cites ?? {})) {
      expect(rules.find((rule) => rule.meta.id === id)?.meta.citation.en, `${id} cites ${article}`).toContain(article)
    }
  })

  it("every case asks a question and cites the law; ids are unique", () => {
    expect(malformedCases(cases)).toEqual([])
  })

  it("the base policy is lawful: a case without a patch finds nothing", () => {
    expect(cases.filter((c) => c.patch.length === 0 && c.expect.findings.length === 0).length).toBeGreaterThan(0)
  })

  it("covers every lint item of the legal review (L1–L8, R1–R9 but R7)", () => {
    expect(uncoveredItems(cases, REVIEW_ITEMS)).toEqual([])
  })

  it("covers every rule of src/lint/rules with a finding", () => {
    const found = new Set(cases.flatMap((c) => c.expect.findings.map((f) => f.rule)))
    expect(RULE_FILES.length).toBe(rules.length)
    expect(RULE_FILES.filter((id) => !found.has(id))).toEqual([])
  })

  it("covers every severity a rule's findings can have", () => {
    const found = new Set(cases.flatMap((c) => pairs(c.expect.findings)))
    const possible = rules.flatMap((rule) => [...new Set([rule.meta.severity, ...Object.values(rule.meta.messages).flatMap((m) => (m.severity === undefined ? [] : [m.severity]))])].map((severity) => `${rule.meta.id} ${severity}`))
    expect(possible.filter((pair) => !found.has(pair))).toEqual([])
  })
})
