/**
 * The shape of a CLI command and the exit codes all commands share.
 *
 * @since 0.1.0
 */
import type { ParseArgsConfig } from "node:util"
import type { Lang } from "../core/Lang.ts"
import type { CliMessages } from "./catalog/CliMessages.ts"

/** Where a command reads and writes, and in which language it speaks. */
export interface Io {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
  /** Standard input, read whole; what `-` names in place of a policy file. */
  readonly stdin?: () => Uint8Array
  /**
   * The language of help, usage errors, load diagnostics and what a command
   * says of its own (the files it writes, its text reports): the locale's
   * (`main.ts` reads it once), English when absent.
   */
  readonly lang?: Lang
}

/** A CLI command: its options, what it does with parsed arguments, and its help text from the catalog. */
export interface Command {
  /** The whole `--help` text (the catalog's, in its language), with the values that live with the command. */
  readonly usage: (words: CliMessages) => string
  readonly options: NonNullable<ParseArgsConfig["options"]>
  readonly run: (values: Record<string, string | boolean | ReadonlyArray<string | boolean> | undefined>, positionals: ReadonlyArray<string>, io: Io) => number | Promise<number>
}

/** All policies valid / command succeeded. */
export const EXIT_OK = 0
/** Some policy is invalid, a finding or a denial (per command). */
export const EXIT_INVALID = 1
/** Bad arguments. */
export const EXIT_USAGE = 2
