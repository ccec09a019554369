/**
 * Option values every command spells the same way: languages, output formats
 * (`md` and `markdown` are one), and the usage error with a spelling hint.
 *
 * @since 0.2.0
 */
import { closest } from "../core/suggest.ts"
import { EXIT_USAGE, type Io } from "./Command.ts"

/** Writes `appi-policy <command>: <message>` to standard error and returns the usage exit code. */
export const usageError = (io: Io, command: string, message: string): number => {
  io.err(`appi-policy ${command}: ${message}`)
  return EXIT_USAGE
}

const listed = (values: ReadonlyArray<string>): string => values.map((value) => `\`${value}\``).join(", ")

/** "must be one of …, not `x`", with a hint when `x` is a slip of one of them. */
export const notOneOf = (flag: string, value: unknown, allowed: ReadonlyArray<string>): string => {
  const hint = typeof value === "string" ? closest(value, allowed) : undefined
  return `--${flag} must be one of ${listed(allowed)}, not \`${String(value)}\`${hint === undefined ? "" : ` (did you mean \`${hint}\`?)`}`
}

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
  usageError(io, command, notOneOf(flag, value, allowed))
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
  usageError(io, command, notOneOf("format", value, shown))
  return undefined
}

/** `--format` in a usage text: `markdown|md` spelled out where Markdown is offered. */
export const formatsUsage = (allowed: ReadonlyArray<string>): string => allowed.map((format) => (format === "markdown" ? "markdown|md" : format)).join("|")
