/**
 * Command dispatch and argument parsing, separate from `main.ts` so tests can
 * run commands in-process.
 *
 * @since 0.1.0
 */
import { parseArgs } from "node:util"
import { closest } from "../core/suggest.ts"
import { type Command, EXIT_OK, EXIT_USAGE, type Io } from "./Command.ts"
import { COMMANDS } from "./commands.ts"
import { VERSION } from "./version.ts"

const mainUsage = (): string =>
  [
    "usage: appi-policy <command> [options]",
    "       appi-policy --version",
    "",
    "commands:",
    ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`),
    "",
    "A policy file may be `-` for standard input (YAML, or JSON when it starts with `{`).",
    "run `appi-policy <command> --help` for a command's options and exit status"
  ].join("\n")

/** The flags a command knows, as typed (`--out`, `-h`). */
const knownFlags = (command: Command): ReadonlyArray<string> => [
  ...Object.entries(command.options).flatMap(([name, option]) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])]),
  "--help",
  "-h"
]

/** parseArgs' error, in the CLI's words, with a spelling hint for an unknown flag. */
const argumentProblem = (command: Command, cause: unknown): string => {
  const error = cause as { code?: string; message?: string }
  const unknown = /^Unknown option '([^']+)'/u.exec(error.message ?? "")?.[1]
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown !== undefined) {
    const hint = closest(unknown, knownFlags(command))
    return `unknown option \`${unknown}\`${hint === undefined ? "" : ` (did you mean \`${hint}\`?)`}`
  }
  return (error.message ?? String(cause)).replace(/\. To specify a positional argument.*$/su, "")
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  const [name, ...rest] = argv
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(mainUsage())
    return EXIT_OK
  }
  if (name === "--version" || name === "-V") {
    io.out(VERSION)
    return EXIT_OK
  }
  if (name === undefined) {
    io.err(mainUsage())
    return EXIT_USAGE
  }
  const entry = COMMANDS[name]
  if (entry === undefined) {
    const hint = closest(name, Object.keys(COMMANDS))
    io.err(`appi-policy: unknown command \`${name}\`${hint === undefined ? "" : ` (did you mean \`${hint}\`?)`}`)
    io.err("run `appi-policy --help` for the list of commands")
    return EXIT_USAGE
  }
  const command = await entry.load()
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true })
  } catch (cause) {
    io.err(`appi-policy ${name}: ${argumentProblem(command, cause)}`)
    io.err(`run \`appi-policy ${name} --help\` for its options`)
    return EXIT_USAGE
  }
  if (parsed.values["help"] === true) {
    io.out(command.usage)
    return EXIT_OK
  }
  return command.run(parsed.values, parsed.positionals, io)
}
