/**
 * The rule tests' harness, after typescript-eslint's RuleTester: each case is
 * a YAML snippet of top-level keys laid over a complete clean policy
 * (`test/lintBase.yaml`); valid cases must give no finding, invalid ones
 * exactly the listed messages at the listed paths. Test-only.
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
  readonly yaml: string
}

/** @since 0.1.0 */
export interface InvalidCase extends ValidCase {
  /** Message key and path (`formatPath` form, e.g. `operator.address`), in report order. */
  readonly errors: ReadonlyArray<{ readonly message: string; readonly path: string }>
}

const base = parse(readFileSync(join(import.meta.dirname, "lintBase.yaml"), "utf8")) as Record<string, unknown>

/**
 * The base policy with the snippet's top-level keys replaced (`null` removes a key).
 *
 * @since 0.1.0
 */
export const policyOf = (snippet: string): Policy => {
  const overrides = (parse(snippet) ?? {}) as Record<string, unknown>
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
 * Runs one rule over its cases; also checks every message of the rule is
 * exercised and renders in both languages with no placeholder left.
 *
 * @since 0.1.0
 */
export const testRule = (rule: LintRule, cases: { readonly valid: ReadonlyArray<ValidCase>; readonly invalid: ReadonlyArray<InvalidCase> }): void => {
  describe(rule.meta.id, () => {
    it("has valid and invalid cases", () => {
      expect(cases.valid.length).toBeGreaterThan(0)
      expect(cases.invalid.length).toBeGreaterThan(0)
    })
    for (const valid of cases.valid) {
      it(`valid: ${valid.name}`, () => {
        expect(runRules(policyOf(valid.yaml), [rule]).map((d) => `${d.code}: ${d.message} at ${formatPath(d.path)}`)).toEqual([])
      })
    }
    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name}`, () => {
        const found = runRules(policyOf(invalid.yaml), [rule])
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
