/**
 * Running one hostile case through the built CLI: the command line filled
 * in, the exit status, everything printed, and the wall time.
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { BASELINE, COMMANDS, type CommandName } from "./corpus.ts"

/** The built CLI (`npm run build`). */
export const CLI = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js")

/** A scratch folder with an empty TypeScript project for `scan`. */
export const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "appi-hostile-"))
  mkdirSync(join(dir, "project"))
  writeFileSync(join(dir, "project", "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true }, include: ["*.ts"] }))
  writeFileSync(join(dir, "project", "index.ts"), "export const answer: number = 42\n")
  return dir
}

export interface Run {
  readonly exit: number | null
  readonly output: string
  readonly ms: number
}

/** Runs `command` on `policy`, killed after `timeoutMs`. */
export const run = (command: CommandName, policy: string, dir: string, timeoutMs = 120_000): Run => {
  const args = COMMANDS[command].map((arg) => arg.replace("{policy}", policy).replace("{other}", BASELINE).replace("{dir}", dir))
  const start = performance.now()
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 })
  return { exit: result.status, output: `${result.stdout}${result.stderr}`, ms: performance.now() - start }
}
