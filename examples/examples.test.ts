import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { PolicyDocument } from "../src/model/Policy.ts"
import { type ClauseLocation, resolvePath, squash } from "./clause-map.ts"

const here = import.meta.dirname
const seedsDir = join(here, "..", "..", "shared", "seeds")

/** Example file for each seed, by the seed's number. */
export const seedExamples = {
  "000": "000-genesis.yaml",
  "001": "001-smilemore.yaml",
  "002": "002-unnamed-services.yaml",
  "003": "003-centrex.yaml",
  "004": "004-k-zone.yaml"
} as const

const seedText = (seed: string): string => {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(`${seed}_`))
  if (file === undefined) throw new Error(`seed ${seed} not found in ${seedsDir}`)
  return readFileSync(join(seedsDir, file), "utf8")
}

const loadExample = (file: string): unknown => {
  const data: unknown = parse(readFileSync(join(here, file), "utf8"))
  const result = Schema.decodeUnknownResult(PolicyDocument)(data, { errors: "all", onExcessProperty: "error" })
  if (Result.isFailure(result)) throw new Error(`${file} is invalid:\n${String(result.failure)}`)
  return data
}

describe.each(Object.entries(seedExamples))("seed %s", (seed, file) => {
  it("example declares the generated schema on its first line", () => {
    const firstLine = readFileSync(join(here, file), "utf8").split("\n", 1)[0]
    expect(firstLine).toBe("# yaml-language-server: $schema=../schema/appi-policy.schema.json")
  })

  it("example is a valid policy", () => {
    expect(() => loadExample(file)).not.toThrow()
  })

  it("every numbered clause of the seed is in the example", async () => {
    const clauses: ReadonlyArray<ClauseLocation> = (await import(`./clause-maps/${seed}.ts`)).default
    const policy = loadExample(file)
    const seedWords = squash(seedText(seed))
    expect(clauses.length).toBeGreaterThan(0)
    for (const { clause, path, contains, equals } of clauses) {
      const value = resolvePath(policy, path)
      expect(value, `${clause} → ${path}`).toBeDefined()
      if (equals !== undefined) expect(value, `${clause} → ${path}`).toEqual(equals)
      if (contains !== undefined) {
        expect(seedWords, `${clause}: the words are not in seed ${seed}`).toContain(squash(contains))
        const text = typeof value === "string" ? value : JSON.stringify(value)
        expect(squash(text), `${clause} → ${path}`).toContain(squash(contains))
      }
      expect(contains !== undefined || equals !== undefined, `${clause}: give contains or equals`).toBe(true)
    }
  })

  it("lists every use of the free-text escape hatch", async () => {
    const declared: ReadonlyArray<string> = (await import(`./clause-maps/${seed}.ts`)).additionalClauses
    const policy = loadExample(file) as { additionalClauses?: ReadonlyArray<{ id: string }> }
    expect((policy.additionalClauses ?? []).map((clause) => clause.id)).toEqual(declared)
  })
})
