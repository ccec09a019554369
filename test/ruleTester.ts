/**
 * The rule tests' harness, after typescript-eslint's RuleTester: each case is
 * a mapping of top-level keys laid over a complete clean policy
 * (`test/lintBase.yaml`); valid cases must give no finding, invalid ones
 * exactly the listed messages at the listed paths. The cases are data, one
 * file a rule (`src/lint/rules/<id>.cases.yaml`, run by
 * `src/lint/rules/rules.test.ts`). Test-only.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse, stringify } from "yaml"
import { formatPath } from "../src/core/Diagnostic.ts"
import { parsePolicy } from "../src/load/loadPolicy.ts"
import type { Policy } from "../src/model/Policy.ts"
import { runRules } from "../src/lint/lint.ts"
import type { LintRule } from "../src/lint/Rule.ts"

/** @since 0.1.0 */
export interface ValidCase {
  readonly name: string
  /** Top-level keys that replace the base policy's (`null` removes a key). */
  readonly policy: Readonly<Record<string, unknown>>
}

/** @since 0.1.0 */
export interface InvalidCase extends ValidCase {
  /** Message key and path (`formatPath` form, e.g. `operator.address`), in report order. */
  readonly errors: ReadonlyArray<{ readonly message: string; readonly path: string }>
}

const base = parse(readFileSync(join(import.meta.dirname, "lintBase.yaml"), "utf8")) as Record<string, unknown>

/** The base policy with the given top-level keys replaced (`null` removes a key). */
const policyFrom = (overrides: Readonly<Record<string, unknown>>): Policy => {
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete merged[key]
    else merged[key] = value
  }
  const loaded = parsePolicy(stringify(merged), { file: "case.yaml" })
  if (!loaded.ok) throw new Error(`the case is not a valid policy:\n${loaded.diagnostics.map((d) => `${formatPath(d.path)}: ${d.message}`).join("\n")}`)
  return loaded.policy
}

/**
 * The base policy with the YAML snippet's top-level keys replaced (`null` removes a key).
 *
 * @since 0.1.0
 */
export const policyOf = (snippet: string): Policy => policyFrom((parse(snippet) ?? {}) as Record<string, unknown>)

/** @since 0.1.0 */
export interface RuleCases {
  readonly valid: ReadonlyArray<ValidCase>
  readonly invalid: ReadonlyArray<InvalidCase>
}

/**
 * Runs one rule over its cases; also checks every message of the rule is
 * exercised and renders in both languages with no placeholder left.
 *
 * @since 0.1.0
 */
export const testRule = (rule: LintRule, cases: RuleCases): void => {
  describe(rule.meta.id, () => {
    it("has valid and invalid cases", () => {
      expect(cases.valid.length).toBeGreaterThan(0)
      expect(cases.invalid.length).toBeGreaterThan(0)
    })
    for (const valid of cases.valid) {
      it(`valid: ${valid.name}`, () => {
        expect(runRules(policyFrom(valid.policy), [rule]).map((d) => `${d.code}: ${d.message} at ${formatPath(d.path)}`)).toEqual([])
      })
    }
    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name}`, () => {
        const found = runRules(policyFrom(invalid.policy), [rule])
        expect(found.map((d) => ({ message: d.messageId, path: formatPath(d.path) }))).toEqual(invalid.errors.map((e) => ({ message: e.message, path: e.path })))
        for (const d of found) {
          for (const text of [d.localized.ja.message, d.localized.en.message, d.localized.ja.help ?? "", d.localized.en.help ?? ""]) expect(text).not.toMatch(/\{[A-Za-z]+\}/u)
          expect(d.severity).toBe(rule.meta.messages[d.messageId]?.severity ?? rule.meta.severity)
        }
      })
    }
    it("every message is exercised by an invalid case", () => {
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.message)))
      expect(Object.keys(rule.meta.messages).filter((key) => !used.has(key))).toEqual([])
    })
  })
}
