/**
 * Running the CLI in-process for tests: the arguments (or one command with
 * the option values `parseArgs` would give), optional standard input and
 * locale, and what it printed on each stream with its exit status. The
 * locale is the test's, never the machine's: English unless a test names one.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Command, Io } from "../src/cli/Command.ts"
import { localeLang } from "../src/cli/locale.ts"
import { run } from "../src/cli/run.ts"
import type { Lang } from "../src/core/Lang.ts"

export interface Captured {
  readonly code: number
  readonly out: string
  readonly err: string
}

type Values = Readonly<Record<string, string | boolean | ReadonlyArray<string | boolean> | undefined>>

/** An `Io` that records what is printed, with `stdin` as standard input. */
const recorder = (stdin: string, lang: Lang) => {
  const out: Array<string> = []
  const err: Array<string> = []
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line), stdin: () => new TextEncoder().encode(stdin), lang }
  return { io, captured: (code: number): Captured => ({ code, out: out.join("\n"), err: err.join("\n") }) }
}

/** `appi-policy <argv>` as `main.ts` runs it, with the locale of `env` (`LC_ALL`, `LC_MESSAGES`, `LANG`; none: English). */
export const capture = async (argv: ReadonlyArray<string>, stdin = "", env: Readonly<Record<string, string>> = {}): Promise<Captured> => {
  const { io, captured } = recorder(stdin, localeLang(env))
  return captured(await run(argv, io))
}

/** One command, as `run.ts` calls it after parsing: `values` over the command's defaults. For commands that finish synchronously. */
export const runCommand = (command: Command, positionals: ReadonlyArray<string>, values: Values = {}, options: { readonly stdin?: string; readonly lang?: Lang } = {}): Captured => {
  const { io, captured } = recorder(options.stdin ?? "", options.lang ?? "en")
  const defaults = Object.fromEntries(Object.entries(command.options).flatMap(([name, option]) => (option.default === undefined ? [] : [[name, option.default]])))
  const code = command.run({ ...defaults, ...values }, positionals, io)
  if (typeof code !== "number") throw new Error("the command finishes asynchronously: use capture")
  return captured(code)
}

/** Writes `content` to `name` in `dir`; returns the file's path. */
export const fileIn = (dir: string, name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
