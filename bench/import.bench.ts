/**
 * The importer measured on the five seeds (the development set) against their
 * hand-encoded examples (the answer key): recall and precision of the facts
 * (every purpose text, category name, phone, e-mail, postal code, amount,
 * date, exception id, joint-use item and window), the share of source lines
 * placed in a concept rather than in additionalClauses, and whether each
 * draft is structurally valid; then the time to import a 15 KB policy
 * (medians of several runs, after start-up).
 *
 *     npx tsx bench/import.bench.ts <seeds-dir>          # the table and the timings
 *     npx tsx bench/import.bench.ts <seeds-dir> --facts  # also each seed's missed and extra facts
 *     npx tsx bench/import.bench.ts                      # the rendered examples and timings on a synthetic policy
 *
 * The repository does not hold the seed documents: `<seeds-dir>` holds them
 * as `NNN_<anything>.txt`. Targets (issue #15): recall ≥ 90%, precision ≥ 95%,
 * ≥ 85% of lines placed, every draft valid, ≤ 200 ms for 15 KB.
 *
 * @since 0.3.0
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { SEED_EXAMPLES, SEED_NUMBERS } from "../examples/seedFacts.ts"
import { importPolicy } from "../src/import/index.ts"
import { parsePolicy } from "../src/load/parsePolicy.ts"
import { compareFacts, policyFacts } from "../test/import/facts.ts"
import { syntheticPolicy } from "../test/import/synthetic.ts"

const args = process.argv.slice(2)
const showFacts = args.includes("--facts")
const directory = args.find((arg) => !arg.startsWith("--"))
const examples = join(import.meta.dirname, "..", "examples")
const percent = (x: number): string => `${(x * 100).toFixed(1)}%`

const documents: Array<{ readonly name: string; readonly bytes: Uint8Array }> = []

interface Totals { expected: number; found: number; matched: number; lines: number; placed: number; allValid: boolean }

/** Imports one document, compares its facts with the example's, prints its row and adds it to the totals. */
const measure = (label: string, name: string, bytes: Uint8Array, example: string, totals: Totals): void => {
  const result = importPolicy(bytes, { file: name })
  if (!result.ok) throw new Error(`${name}: ${result.diagnostics[0]?.message}`)
  const key = parse(readFileSync(join(examples, `${example}.yaml`), "utf8")) as Record<string, unknown>
  const comparison = compareFacts(policyFacts(key), policyFacts(result.policy))
  const { report } = result
  totals.expected += comparison.expected
  totals.found += comparison.found
  totals.matched += comparison.matched
  totals.lines += report.lines.total
  totals.placed += report.lines.placed
  totals.allValid &&= report.valid
  console.log(
    `| ${label} | ${comparison.expected} | ${comparison.found} | ${percent(comparison.recall)} | ${percent(comparison.precision)} | ${percent(report.lines.placedShare)} (${report.lines.placed}/${report.lines.total}) | ${report.valid ? "yes" : "NO"} |`
  )
  if (showFacts) {
    for (const fact of comparison.missed) console.log(`|   missed: ${fact.slice(0, 100)} |`)
    for (const fact of comparison.extra) console.log(`|   extra: ${fact.slice(0, 100)} |`)
    for (const passage of report.unplaced) console.log(`|   unplaced L${passage.lines.join(",")}: ${passage.text.join(" / ").slice(0, 100)} |`)
  }
}

const table = (title: string, rows: (totals: Totals) => void): void => {
  const totals: Totals = { expected: 0, found: 0, matched: 0, lines: 0, placed: 0, allValid: true }
  console.log(`\n${title}\n`)
  console.log(`| document | facts (key) | found | recall | precision | lines placed | valid |`)
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | --- |`)
  rows(totals)
  const { expected, found, matched, lines, placed, allValid } = totals
  console.log(`| all | ${expected} | ${found} | ${percent(matched / expected)} | ${percent(matched / found)} | ${percent(placed / lines)} (${placed}/${lines}) | ${allValid ? "yes" : "NO"} |`)
}

if (directory !== undefined) {
  const files = readdirSync(directory)
  table("The seeds as published (plain text), against their hand-encoded examples:", (totals) => {
    for (const seed of SEED_NUMBERS) {
      const document = files.find((name) => name.startsWith(`${seed}_`))
      if (document === undefined) throw new Error(`no document for seed ${seed} in ${directory}`)
      const bytes = readFileSync(join(directory, document))
      documents.push({ name: document, bytes })
      measure(seed, document, bytes, SEED_EXAMPLES[seed]!, totals)
    }
  })
}

// Held out from the rules' development: the examples as `render` prints them (Markdown and HTML,
// headings and lists the seeds do not use), in the repository, so anyone can rerun this table.
table("The examples rendered in Japanese by `appi-policy render` (Markdown and HTML), against the examples:", (totals) => {
  for (const seed of SEED_NUMBERS) {
    for (const format of ["md", "html"] as const) {
      const name = `${SEED_EXAMPLES[seed]}.ja.${format}`
      measure(`${seed} ${format}`, name, readFileSync(join(examples, "rendered", name)), SEED_EXAMPLES[seed]!, totals)
    }
  }
})

// Speed: a policy of about 15 KB — the seeds joined, or a synthetic one without them.
const target = 15_000
const encoder = new TextEncoder()
const sample = (() => {
  if (documents.length === 0) return encoder.encode(syntheticPolicy(target))
  const texts = [...documents].sort((a, b) => b.bytes.length - a.bytes.length).map((d) => new TextDecoder().decode(d.bytes))
  let text = texts[0]!
  for (const line of texts.slice(1).join("\n").split("\n")) {
    if (encoder.encode(text).length >= target) break
    text += `\n${line}`
  }
  return encoder.encode(text)
})()
// The baseline, measured side by side: loading (parsing and validating) the draft the import wrote.
const draft = importPolicy(sample, { file: "sample.txt" })
if (!draft.ok) throw new Error("the sample does not import")
const median = (run: () => void): { median: number; fastest: number; slowest: number } => {
  for (let i = 0; i < 5; i++) run()
  const times: Array<number> = []
  for (let i = 0; i < 21; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[10]!, fastest: times[0]!, slowest: times[20]! }
}
// Interleaved rounds, so that a busy moment of the machine weighs on both alike.
const rounds = { import: [] as Array<number>, load: [] as Array<number> }
for (let round = 0; round < 3; round++) {
  rounds.import.push(median(() => importPolicy(sample, { file: "sample.txt" })).median)
  rounds.load.push(median(() => parsePolicy(draft.yaml, { file: "draft.yaml" })).median)
}
const middle = (xs: Array<number>): number => [...xs].sort((a, b) => a - b)[1]!
console.log(`\nimport of a ${(sample.length / 1024).toFixed(1)} KB policy: median ${middle(rounds.import).toFixed(1)} ms (target ≤ 200 ms); loading its draft (the baseline, side by side): median ${middle(rounds.load).toFixed(1)} ms; ratio ${(middle(rounds.import) / middle(rounds.load)).toFixed(2)}× (3 interleaved rounds of 21 runs after 5 warm-up runs, the middle round's medians)`)
