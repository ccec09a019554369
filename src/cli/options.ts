/**
 * Option values every command spells the same way: languages, output formats
 * (`md` and `markdown` are one), and the usage error with a spelling hint,
 * in the language of `io.lang` (the catalog's words).
 *
 * @since 0.2.0
 */
import { closest } from "../core/suggest.ts"
import { type CliMessages, cliMessages } from "./catalog/index.ts"
import { EXIT_USAGE, type Io } from "./Command.ts"

/** Writes `appi-policy <command>: <message>` to standard error and returns the usage exit code. */
export const usageError = (io: Io, command: string, message: string): number => {
  io.err(`appi-policy ${command}: ${message}`)
  return EXIT_USAGE
}

/** The commands whose help takes no values (see `UsageValues`) and is printed after their usage errors. */
type HelpAfterError = "codegen" | "export" | "scan"

/** The usage error, then the command's whole usage: for commands whose arguments are a small language of their own. */
export const usageErrorWithHelp = (io: Io, command: HelpAfterError, message: string): number => {
  usageError(io, command, message)
  io.err(cliMessages(io.lang).commands[command].usage())
  return EXIT_USAGE
}

/** "must be one of …, not `x`", with a hint when `x` is a slip of one of them. */
const notOneOf = (words: CliMessages, flag: string, value: unknown, allowed: ReadonlyArray<string>): string =>
  words.errors.notOneOf({ flag, allowed, value: String(value), suggestion: typeof value === "string" ? closest(value, allowed) : undefined })

/**
 * Checks that `value` is one of `allowed`; on failure writes the usage error.
 *
 * @example
 * ```ts
 * if (!oneOf(io, "lint", "lang", values["lang"], ["en", "ja"])) return EXIT_USAGE
 * ```
 */
export const oneOf = <T extends string>(io: Io, command: string, flag: string, value: unknown, allowed: ReadonlyArray<T>): value is T => {
  if (allowed.includes(value as T)) return true
  usageError(io, command, notOneOf(cliMessages(io.lang), flag, value, allowed))
  return false
}

/** Output formats by their canonical name; `md` is accepted for `markdown` everywhere. */
const FORMAT_ALIASES: Readonly<Record<string, string>> = { md: "markdown" }

/**
 * The canonical `--format` value (`md` → `markdown`), or undefined after a usage error.
 */
export const formatOption = <T extends string>(io: Io, command: string, value: unknown, allowed: ReadonlyArray<T>): T | undefined => {
  const canonical = typeof value === "string" ? (FORMAT_ALIASES[value] ?? value) : value
  if (allowed.includes(canonical as T)) return canonical as T
  const shown = allowed.flatMap((format) => (format === "markdown" ? ["markdown", "md"] : [format]))
  usageError(io, command, notOneOf(cliMessages(io.lang), "format", value, shown))
  return undefined
}

/** `--format` in a usage text: `markdown|md` spelled out where Markdown is offered. */
export const formatsUsage = (allowed: ReadonlyArray<string>): string => allowed.map((format) => (format === "markdown" ? "markdown|md" : format)).join("|")

/**
 * What is wrong with `<target> <policy>` (`codegen ts`, `export cedar`): an
 * unknown target, else `missing` when the target or the policy is missing or
 * more follow; undefined when nothing is.
 */
export const targetProblem = (words: CliMessages, targets: ReadonlyArray<string>, positionals: ReadonlyArray<string>, missing: string): string | undefined => {
  const [target, file, ...rest] = positionals
  if (target !== undefined && !targets.includes(target)) return words.errors.unknownTarget({ target, known: targets })
  return target === undefined || file === undefined || rest.length > 0 ? missing : undefined
}

/** The message language of validate, lint and summary: `--lang`, else the locale's. */
export const reportLang = (values: Readonly<Record<string, unknown>>, io: Io): unknown => values["lang"] ?? io.lang ?? "en"
