/**
 * Rendering time: a seed-sized policy (seed 000, the one with the purpose
 * tables) and synthetic policies of 1,000 to 20,000 purposes, each purpose
 * with its own category (the table-heavy case), in both languages.
 *
 *     npx tsx bench/render.bench.ts
 *
 * Prints mitata's report, then the medians, the time per purpose and the
 * growth exponent from one size to the next (log of the time ratio over log
 * of the size ratio): 1.0 is linear. Below a few thousand purposes a whole
 * rendering fits V8's young generation and costs less per purpose; the
 * exponent is the figure to read beyond that.
 *
 * @since 0.1.0
 */
import { join } from "node:path"
import { bench, do_not_optimize, run } from "mitata"
import { loadPolicyFile } from "../src/load/loadPolicy.ts"
import { withPurposes } from "../test/renderFixture.ts"
import { render, type RenderFormat } from "../src/render/render.ts"

const loaded = loadPolicyFile(join(import.meta.dirname, "..", "examples", "000-genesis.yaml"))
if (!loaded.ok) throw new Error("examples/000-genesis.yaml does not load")
const seed = loaded.policy

const SIZES = [1_000, 2_500, 5_000, 10_000, 20_000] as const
const FORMATS: ReadonlyArray<RenderFormat> = ["html", "markdown"]

for (const format of FORMATS) {
  // Seed 000 lacks some English (names are not romanized), so both languages need allowMissing.
  bench(`seed 000 (${seed.purposes.items.length} purposes) ja+en ${format}`, () =>
    do_not_optimize(render(seed, { lang: "ja+en", format, allowMissing: true }))
  )
  for (const size of SIZES) {
    const policy = withPurposes(seed, size)
    bench(`${size} purposes ja+en ${format}`, () => do_not_optimize(render(policy, { lang: "ja+en", format, allowMissing: true })))
  }
}

const { benchmarks } = await run()

const median = (name: string): number => {
  const stats = benchmarks.find((trial) => trial.alias === name)?.runs[0]?.stats
  if (stats === undefined) throw new Error(`no result for ${name}`)
  return stats.p50
}
const ms = (ns: number): string => (ns / 1e6).toFixed(2)

console.log("\nmedians, both languages (ja+en); growth exponent from the previous size (1.0 = linear)")
console.log("| policy | html ms | markdown ms | html µs/purpose | markdown µs/purpose | html growth | markdown growth |")
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
const seedPurposes = seed.purposes.items.length
const seedRow = FORMATS.map((format) => median(`seed 000 (${seedPurposes} purposes) ja+en ${format}`))
console.log(`| seed 000 (${seedPurposes} purposes) | ${seedRow.map(ms).join(" | ")} | — | — | — | — |`)
let previous: { readonly size: number; readonly row: ReadonlyArray<number> } | undefined
for (const size of SIZES) {
  const row = FORMATS.map((format) => median(`${size} purposes ja+en ${format}`))
  const growth = row.map((ns, i) => (previous === undefined ? "—" : (Math.log(ns / previous.row[i]!) / Math.log(size / previous.size)).toFixed(2)))
  console.log(`| ${size.toLocaleString("en-US")} purposes | ${row.map(ms).join(" | ")} | ${row.map((ns) => (ns / 1e3 / size).toFixed(1)).join(" | ")} | ${growth.join(" | ")} |`)
  previous = { size, row }
}
