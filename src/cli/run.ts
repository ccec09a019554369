/**
 * Command dispatch and argument parsing, separate from `main.ts` so tests can
 * run commands in-process.
 *
 * @since 0.1.0
 */
import { parseArgs } from "node:util"
import { type Command, EXIT_OK, EXIT_USAGE, type Io } from "./Command.ts"
import { codegenCommand } from "./codegenTs.ts"
import { diffCommand } from "./diff.ts"
import { exportCommand } from "./exportCedar.ts"
import { checkCommand, compileCommand } from "./guard.ts"
import { lintCommand } from "./lint.ts"
import { renderCommand } from "./render.ts"
import { scanCommand } from "./scan.ts"
import { summarizeCommand } from "./summary.ts"
import { validateCommand } from "./validate.ts"

const commands: Record<string, Command> = { validate: validateCommand, summary: summarizeCommand, lint: lintCommand, render: renderCommand, diff: diffCommand, compile: compileCommand, check: checkCommand, codegen: codegenCommand, scan: scanCommand, export: exportCommand }

const mainUsage = (): string =>
  [
    "usage: appi-policy <command> [options]",
    "",
    "commands:",
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`),
    "",
    "run `appi-policy <command> --help` for a command's options"
  ].join("\n")

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export const run = (argv: ReadonlyArray<string>, io: Io): number => {
  const [name, ...rest] = argv
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(mainUsage())
    return name === undefined ? EXIT_USAGE : EXIT_OK
  }
  const command = commands[name]
  if (command === undefined) {
    io.err(`appi-policy: unknown command \`${name}\``)
    io.err(mainUsage())
    return EXIT_USAGE
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true })
  } catch (cause) {
    io.err(`appi-policy ${name}: ${cause instanceof Error ? cause.message : String(cause)}`)
    io.err(command.usage)
    return EXIT_USAGE
  }
  if (parsed.values["help"] === true) {
    io.out(command.usage)
    return EXIT_OK
  }
  return command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io)
}
