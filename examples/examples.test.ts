import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { PolicyDocument } from "../src/model/Policy.ts"
import { holdsWords, loadClauseMap, resolvePath } from "./clause-map.ts"
import { readSeedFacts, SEED_EXAMPLES, type SeedNumber, wordsDigest } from "./seedFacts.ts"

const here = import.meta.dirname
const seedFacts = readSeedFacts()

// Said once per run, so nobody takes the digests for a comparison with the documents themselves.
console.info(
  "examples: clause-map words are checked against digests taken from the seed documents (examples/seed-facts.json); " +
    "the documents are not in this repository and were not compared in this run (`npm run seeds -- <dir> --check` compares them)"
)

const loadExample = (file: string): unknown => {
  const data: unknown = parse(readFileSync(join(here, file), "utf8"))
  const result = Schema.decodeUnknownResult(PolicyDocument)(data, { errors: "all", onExcessProperty: "error" })
  if (Result.isFailure(result)) throw new Error(`${file} is invalid:\n${String(result.failure)}`)
  return data
}

describe.each(Object.entries(SEED_EXAMPLES) as ReadonlyArray<[SeedNumber, string]>)("seed %s", (seed, name) => {
  const file = `${name}.yaml`

  it("example declares the generated schema on its first line", () => {
    const firstLine = readFileSync(join(here, file), "utf8").split("\n", 1)[0]
    expect(firstLine).toBe("# yaml-language-server: $schema=../schema/appi-policy.schema.json")
  })

  it("example is a valid policy", () => {
    expect(() => loadExample(file)).not.toThrow()
  })

  it("every numbered clause of the seed is in the example", () => {
    const { clauses } = loadClauseMap(seed)
    const policy = loadExample(file)
    // The words of each `contains` were checked against the original document when the facts were taken.
    const checkedWords = new Set(seedFacts[seed].clauseWords)
    expect(clauses.length).toBeGreaterThan(0)
    for (const { clause, path, contains, equals } of clauses) {
      const value = resolvePath(policy, path)
      expect(value, `${clause} → ${path}`).toBeDefined()
      if (equals !== undefined) expect(value, `${clause} → ${path}`).toEqual(equals)
      if (contains !== undefined) {
        expect(
          checkedWords.has(wordsDigest(contains)),
          `${clause}: these words were never checked against seed ${seed} (${seedFacts[seed].document}); run \`npm run seeds -- <dir of the seed documents>\``
        ).toBe(true)
        const text = typeof value === "string" ? value : JSON.stringify(value)
        expect(holdsWords(text, contains), `${clause} → ${path}: ${JSON.stringify(text)} does not hold ${JSON.stringify(contains)}`).toBe(true)
      }
      expect(contains !== undefined || equals !== undefined, `${clause}: give contains or equals`).toBe(true)
    }
  })

  it("lists every use of the free-text escape hatch", () => {
    const declared = loadClauseMap(seed).additionalClauses
    const policy = loadExample(file) as { additionalClauses?: ReadonlyArray<{ id: string }> }
    expect((policy.additionalClauses ?? []).map((clause) => clause.id)).toEqual(declared)
  })
})
