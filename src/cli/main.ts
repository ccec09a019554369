#!/usr/bin/env node
/**
 * The `appi-policy` command: a thin shell over the library. Exit codes:
 * 0 success, 1 a policy is invalid (or a finding, a denial: per command),
 * 2 usage error.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { setFlagsFromString } from "node:v8"
import { printable } from "../core/characters.ts"
import { localeLang } from "./locale.ts"

// Compile with the baseline compiler at once: a command runs for a fraction of a second, mostly cold code
// (the YAML parser, the schema), which the interpreter alone runs slower. Set before the commands load.
setFlagsFromString("--always-sparkplug")
const { run } = await import("./run.ts")

// A reader that stops early (`appi-policy lint … | head`) closes the pipe: end quietly, as other tools do.
const quietOnEpipe = (error: NodeJS.ErrnoException): void => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
  throw error
}
process.stdout.on("error", quietOnEpipe)
process.stderr.on("error", quietOnEpipe)

// Nothing the command prints may act on the terminal: a file name or a quoted line of a broken file can hold ESC.
// The locale is read here, once: help, usage errors and load diagnostics speak its language.
process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(printable(line) + "\n"),
  err: (line) => process.stderr.write(printable(line) + "\n"),
  stdin: () => readFileSync(0),
  lang: localeLang(process.env)
})
