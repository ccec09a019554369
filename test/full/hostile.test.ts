/**
 * The hostile-input corpus (test/hostile/corpus.ts) through the built CLI:
 * every case, every command that reads a policy, with the exit status and
 * diagnostic code each must give and a time budget far above what
 * `bench/hostile.bench.ts` measures (validate ≤ 2 s, the rest ≤ 5 s there),
 * so that a busy machine cannot make it flake while a quadratic path still
 * fails it.
 */
import { rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { COMMANDS, type CommandName, hostileCases } from "../hostile/corpus.ts"
import { CLI, run, scratch } from "../hostile/run.ts"
import { spawnSync } from "node:child_process"
import { writeFileSync } from "node:fs"

const BUDGET_MS: Readonly<Record<CommandName, number>> = {
  validate: 15_000,
  summary: 20_000,
  lint: 20_000,
  render: 20_000,
  diff: 20_000,
  compile: 20_000,
  check: 20_000,
  "codegen ts": 30_000,
  scan: 30_000,
  "export cedar": 20_000
}

const dir = scratch()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("hostile input through every command", () => {
  for (const c of hostileCases()) {
    it(`${c.name}: ${c.why}`, { timeout: 400_000 }, () => {
      const file = join(dir, `${c.name}.${c.extension}`)
      writeFileSync(file, c.content)
      for (const command of Object.keys(COMMANDS) as ReadonlyArray<CommandName>) {
        const expectation = c.expect[command]
        if (expectation === undefined) continue
        const result = run(command, file, dir, BUDGET_MS[command] * 2)
        expect(result.ms, `${command} within its budget`).toBeLessThan(BUDGET_MS[command])
        expect(expectation.exit, `${command} exit status (output: ${result.output.slice(0, 300)})`).toContain(result.exit)
        if (expectation.code !== undefined) expect(result.output, `${command} names ${expectation.code}`).toContain(expectation.code)
        expect(result.output, `${command} prints no stack trace`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/u)
        expect(result.output, `${command} prints no control character`).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u)
      }
    })
  }

  it("a hostile decision table (`check --table`): null, an array, a polluted prototype, a truncated file — every request denied, exit 1", () => {
    for (const [name, content] of [
      ["null.json", "null"],
      ["array.json", "[]"],
      ["proto.json", '{"formatVersion":3,"__proto__":{"categories":{"customers":{}}}}'],
      ["truncated.json", '{"formatVersion":3,"categ']
    ] as const) {
      const table = join(dir, name)
      writeFileSync(table, content)
      const result = spawnSync(process.execPath, [CLI, "check", "--table", table, "--category", "customers", "--purpose", "contact"], { encoding: "utf8" })
      expect(result.status, name).toBe(1)
      expect(`${result.stdout}${result.stderr}`, name).toMatch(/denied|invalid|cannot/u)
      expect(`${result.stdout}${result.stderr}`, name).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/u)
    }
  })
})
