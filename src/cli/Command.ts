/**
 * The shape of a CLI command and the exit codes all commands share.
 *
 * @since 0.1.0
 */
import type { ParseArgsConfig } from "node:util"

/** Where a command reads and writes. */
export interface Io {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
  /** Standard input, read whole; what `-` names in place of a policy file. */
  readonly stdin?: () => Uint8Array
}

/** A CLI command: its usage text, its options, and what it does with parsed arguments. */
export interface Command {
  readonly summary: string
  /** The whole `--help` text: synopsis, every option, exit status. */
  readonly usage: string
  readonly options: NonNullable<ParseArgsConfig["options"]>
  readonly run: (values: Record<string, string | boolean | ReadonlyArray<string | boolean> | undefined>, positionals: ReadonlyArray<string>, io: Io) => number | Promise<number>
}

/** All policies valid / command succeeded. */
export const EXIT_OK = 0
/** Some policy is invalid, a finding or a denial (per command). */
export const EXIT_INVALID = 1
/** Bad arguments. */
export const EXIT_USAGE = 2
