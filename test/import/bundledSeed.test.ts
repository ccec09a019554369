/**
 * The one seed the repository carries as published (examples/import/, seed
 * 003 byte for byte, as its recorded hash shows), imported and measured
 * against its hand-encoded example: the targets hold on a clone
 * with no seeds beside it. The five seeds are measured by
 * `bench/import.bench.ts <seeds-dir>`.
 */
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { importPolicy } from "../../src/import/index.ts"
import { compareFacts, policyFacts } from "./facts.ts"

const examples = join(import.meta.dirname, "..", "..", "examples")
const seedFacts = JSON.parse(readFileSync(join(examples, "seed-facts.json"), "utf8")) as Record<string, { readonly sha256: string }>

describe("importing seed 003 as published", () => {
  const bytes = readFileSync(join(examples, "import", "003-centrex.txt"))

  it("is the seed itself (its hash is the one recorded for seed 003)", () => {
    expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`).toBe(seedFacts["003"]!.sha256)
  })

  it("meets the targets against examples/003-centrex.yaml: recall ≥ 90%, precision ≥ 95%, ≥ 85% of lines placed, a valid draft", () => {
    const result = importPolicy(bytes, { file: "003-centrex.txt" })
    if (!result.ok) throw new Error(result.diagnostics[0]?.message)
    const key = parse(readFileSync(join(examples, "003-centrex.yaml"), "utf8")) as Record<string, unknown>
    const comparison = compareFacts(policyFacts(key), policyFacts(result.policy))
    expect(comparison.missed).toEqual([])
    expect(comparison.recall).toBeGreaterThanOrEqual(0.9)
    expect(comparison.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.report.lines.placedShare).toBeGreaterThanOrEqual(0.85)
    expect(result.report.valid).toBe(true)
  })
})
