/**
 * Runs every rule over its cases: data, one file a rule, beside it
 * (`<id>.cases.yaml`: `valid` and `invalid` lists of `name`, `policy` (the
 * top-level keys laid over `test/lintBase.yaml`) and, for an invalid case,
 * `errors`), through `testRule` (test/ruleTester.ts). A missing or malformed
 * file fails its rule's test, naming the file; so does a file no rule owns.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { type RuleCases, testRule } from "../../../test/ruleTester.ts"
import { rules } from "./index.ts"

const SUFFIX = ".cases.yaml"

const Overrides = Schema.Record(Schema.String, Schema.Unknown)
const CasesFile = Schema.Struct({
  valid: Schema.Array(Schema.Struct({ name: Schema.String, policy: Overrides })),
  invalid: Schema.Array(
    Schema.Struct({ name: Schema.String, policy: Overrides, errors: Schema.Array(Schema.Struct({ message: Schema.String, path: Schema.String })) })
  )
})
const decodeCases = Schema.decodeUnknownSync(CasesFile)

/** A rule's cases; throws, naming the file, when it is missing or not of that shape. */
const readCases = (id: string): RuleCases => {
  const file = `src/lint/rules/${id}${SUFFIX}`
  let text: string
  try {
    text = readFileSync(join(import.meta.dirname, `${id}${SUFFIX}`), "utf8")
  } catch (error) {
    throw new Error(`${file} is missing: every rule has its cases beside it (${String(error)})`)
  }
  let document: unknown
  try {
    document = parse(text)
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${String(error)}`)
  }
  try {
    return decodeCases(document, { errors: "all", onExcessProperty: "error" })
  } catch (error) {
    throw new Error(`${file} is malformed: it wants \`valid\` and \`invalid\` lists of { name, policy } (a mapping), invalid cases also errors: [{ message, path }]\n${String(error)}`)
  }
}

for (const rule of rules) {
  let cases: RuleCases
  try {
    cases = readCases(rule.meta.id)
  } catch (error) {
    describe(rule.meta.id, () => {
      it("has a well-formed cases file", () => {
        throw error
      })
    })
    continue
  }
  testRule(rule, cases)
}

describe("the rules' cases files", () => {
  it("each belong to a rule", () => {
    const ids = new Set(rules.map((rule) => rule.meta.id))
    const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith(SUFFIX))
    expect(files.filter((name) => !ids.has(name.slice(0, -SUFFIX.length)))).toEqual([])
  })
})
