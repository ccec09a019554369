/**
 * Hostile input, timed (issue #13): every case of the corpus
 * (test/hostile/corpus.ts) through every command of the built CLI, the
 * median of several runs, beside the same command on the example the cases
 * start from (examples/003-centrex.yaml), measured in the same run. Prints,
 * per command, the slowest case's median, the baseline's median and their
 * ratio, against the targets (validate ≤ 2 s, the others ≤ 5 s).
 *
 *     npm run build && npx tsx bench/hostile.bench.ts [--runs 3]
 *
 * @since 0.3.0
 */
import { existsSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { BASELINE, COMMANDS, type CommandName, hostileCases } from "../test/hostile/corpus.ts"
import { CLI, run, scratch } from "../test/hostile/run.ts"

if (!existsSync(CLI)) {
  console.error("build the CLI first: npm run build")
  process.exit(2)
}
const runsArg = process.argv.indexOf("--runs")
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 3
const dir = scratch()
const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
const TARGET: Readonly<Record<CommandName, number>> = { validate: 2_000, summary: 5_000, lint: 5_000, render: 5_000, diff: 5_000, compile: 5_000, check: 5_000, "codegen ts": 5_000, scan: 5_000, "export cedar": 5_000 }

const cases = hostileCases()
const files = cases.map((c) => {
  const file = join(dir, `${c.name}.${c.extension}`)
  writeFileSync(file, c.content)
  return { name: c.name, file }
})
const commands = Object.keys(COMMANDS) as ReadonlyArray<CommandName>
console.log(`| command | slowest case | its median | baseline median (003) | ratio | target |`)
console.log(`| --- | --- | ---: | ---: | ---: | ---: |`)
for (const command of commands) {
  const times = new Map<string, Array<number>>(files.map(({ name }) => [name, []]))
  const baseline: Array<number> = []
  // Interleaved: each round runs the baseline and every case once.
  for (let round = 0; round < runs; round++) {
    baseline.push(run(command, BASELINE, dir).ms)
    for (const { name, file } of files) times.get(name)!.push(run(command, file, dir).ms)
  }
  const [slowest, ms] = [...times].map(([name, xs]) => [name, median(xs)] as const).sort((a, b) => b[1] - a[1])[0]!
  const base = median(baseline)
  console.log(`| ${command} | ${slowest} | ${(ms / 1000).toFixed(2)} s | ${(base / 1000).toFixed(2)} s | ${(ms / base).toFixed(2)}× | ${ms <= TARGET[command] ? "≤" : "OVER"} ${TARGET[command] / 1000} s |`)
}
console.log(`\n${cases.length} cases, ${runs} interleaved runs each, medians; wall time per process (start-up included).`)
rmSync(dir, { recursive: true, force: true })
