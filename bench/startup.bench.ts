/**
 * CLI start-up, hyperfine-style: whole processes, run in turn (interleaved, so
 * a busy moment of the machine hits every command alike), wall-clock time of
 * each, medians and the ratio to `node -e 0` measured in the same run.
 *
 *     npx tsup && npx tsx bench/startup.bench.ts [--runs 30]
 *
 * The commands are the built CLI (`dist/cli/main.js`) on seed 000:
 * `validate`, `check --table` over a compiled table, `lint`, `render`,
 * `--help`; and, for comparison, `validate` through the library's main entry
 * (`dist/index.js`, effect loaded from node_modules as a library user loads it).
 *
 * @since 0.2.0
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const cli = join(root, "dist", "cli", "main.js")
if (!existsSync(cli)) throw new Error("build first: npx tsup")
const runsArgument = process.argv.indexOf("--runs")
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 30
const seed = join(root, "examples", "000-genesis.yaml")
const scratch = mkdtempSync(join(tmpdir(), "appi-startup-"))
const table = join(scratch, "table.json")
const library = join(scratch, "validate-via-library.mjs")

try {
  if (spawnSync(process.execPath, [cli, "compile", seed, "--out", table]).status !== 0) throw new Error("compile failed")
  writeFileSync(library, `import { loadPolicyFile } from ${JSON.stringify(join(root, "dist", "index.js"))}\nprocess.exitCode = loadPolicyFile(${JSON.stringify(seed)}).ok ? 0 : 1\n`)

  const commands: ReadonlyArray<readonly [string, ReadonlyArray<string>, number]> = [
    ["node -e 0", ["-e", "0"], 0],
    ["validate (seed 000)", [cli, "validate", seed], 0],
    ["check --table", [cli, "check", "--table", table, "--category", "visitors", "--purpose", "visitor-security"], 0],
    ["--help", [cli, "--help"], 0],
    ["lint (seed 000)", [cli, "lint", seed], -1],
    ["render (seed 000, html)", [cli, "render", seed, "--format", "html"], 0],
    ["validate via dist/index.js", [library], 0]
  ]
  const times = new Map<string, Array<number>>(commands.map(([name]) => [name, []]))
  for (let round = 0; round < RUNS + 2; round++) {
    for (const [name, args, expected] of commands) {
      const start = process.hrtime.bigint()
      const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] })
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6
      if (expected >= 0 && result.status !== expected) throw new Error(`${name} exited ${result.status}: ${String(result.stderr)}`)
      if (round >= 2) times.get(name)!.push(elapsed) // two warm-up rounds fill the file cache
    }
  }
  const median = (values: ReadonlyArray<number>): number => {
    const sorted = [...values].sort((a, b) => a - b)
    const middle = sorted.length >> 1
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  }
  const baseline = median(times.get("node -e 0")!)
  console.log(`Node ${process.version}, ${RUNS} runs each, interleaved; wall-clock medians`)
  console.log("")
  console.log("| command | median | min | max | × node -e 0 |")
  console.log("| --- | ---: | ---: | ---: | ---: |")
  for (const [name] of commands) {
    const values = times.get(name)!
    console.log(`| ${name} | ${median(values).toFixed(0)} ms | ${Math.min(...values).toFixed(0)} ms | ${Math.max(...values).toFixed(0)} ms | ${(median(values) / baseline).toFixed(2)}× |`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
