/**
 * Command dispatch and argument parsing, separate from `main.ts` so tests can
 * run commands in-process.
 *
 * @since 0.1.0
 */
import { parseArgs } from "node:util"
import { closest } from "../core/suggest.ts"
import { COMMAND_NAMES, type CliMessages, cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_OK, EXIT_USAGE, type Io } from "./Command.ts"
import { COMMANDS, isCommandName } from "./commands.ts"
import { VERSION } from "./version.ts"

const mainUsage = (words: CliMessages): string => words.main.usage({ commands: COMMAND_NAMES.map((name) => ({ name, summary: words.commands[name].summary })) })

/** The flags a command knows, as typed (`--out`, `-h`). */
const knownFlags = (command: Command): ReadonlyArray<string> => [
  ...Object.entries(command.options).flatMap(([name, option]) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])]),
  "--help",
  "-h"
]

const VALUE_PROBLEMS = { "argument missing": "missing", "does not take an argument": "unexpected", "argument is ambiguous": "ambiguous" } as const

/** parseArgs' error, in the CLI's words: a spelling hint for an unknown flag; what is wrong with an option's value. */
const argumentProblem = (words: CliMessages, command: Command, cause: unknown): string => {
  const error = cause as { code?: string; message?: string }
  const message = error.message ?? String(cause)
  const unknown = /^Unknown option '([^']+)'/u.exec(message)?.[1]
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown !== undefined) return words.main.unknownOption({ value: unknown, suggestion: closest(unknown, knownFlags(command)) })
  const value = /^Option '([^']+?)(?: <value>)?' (argument missing|does not take an argument|argument is ambiguous)/u.exec(message)
  const node = message.replace(/\. To specify a positional argument.*$/su, "")
  if (error.code !== "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" || value === null) return node
  return words.main.optionValue({ option: value[1]!, problem: VALUE_PROBLEMS[value[2] as keyof typeof VALUE_PROBLEMS], node })
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. Help and usage errors are in `io.lang`. */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  const words = cliMessages(io.lang)
  const [name, ...rest] = argv
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(mainUsage(words))
    return EXIT_OK
  }
  if (name === "--version" || name === "-V") {
    io.out(VERSION)
    return EXIT_OK
  }
  if (name === undefined) {
    io.err(mainUsage(words))
    return EXIT_USAGE
  }
  if (!isCommandName(name)) {
    io.err(`appi-policy: ${words.main.unknownCommand({ value: name, suggestion: closest(name, COMMAND_NAMES) })}`)
    io.err(words.main.seeCommands)
    return EXIT_USAGE
  }
  const command = await COMMANDS[name]()
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true })
  } catch (cause) {
    io.err(`appi-policy ${name}: ${argumentProblem(words, command, cause)}`)
    io.err(words.main.seeOptions({ command: name }))
    return EXIT_USAGE
  }
  if (parsed.values["help"] === true) {
    io.out(command.usage(words))
    return EXIT_OK
  }
  return command.run(parsed.values, parsed.positionals, io)
}
