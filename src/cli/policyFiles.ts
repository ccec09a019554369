/**
 * Writing the files a command produces so that a failure never leaves a
 * partial one, and nothing that is not a regular output file is replaced
 * (see `safeWrite.ts`).
 *
 * @since 0.1.0
 */
import type { Lang } from "../core/Lang.ts"
import { cliMessages } from "./catalog/index.ts"
import { EXIT_OK, type Io } from "./Command.ts"
import { type OutputFile, writeSafely } from "./safeWrite.ts"

/**
 * Writes every file or none (see {@link writeSafely}): refuses a device, FIFO,
 * socket, directory, dangling symbolic link or any of `inputs`; writes through
 * a symbolic link to a regular file. Returns the error text (in `lang`,
 * default English), or undefined. {@link writeOutputs} also tells a refusal
 * (exit 2) from a failed write (exit 1).
 *
 * @since 0.1.0
 */
export const writeFiles = (files: ReadonlyArray<OutputFile>, inputs: ReadonlyArray<string> = [], lang?: Lang): string | undefined =>
  writeSafely(files, inputs, lang === undefined ? {} : { lang })?.message

/** The language of a command's write messages: the locale's. */
const writeOptions = (io: Io): { readonly lang?: Lang } => (io.lang === undefined ? {} : { lang: io.lang })

/**
 * Writes every file or none, as {@link writeFiles}; on failure writes
 * `appi-policy <command>: <why>` (in `io.lang`) to standard error and returns
 * the exit code (2 a refused path, 1 the write failed), else undefined.
 * `inputs` are the command's input files (`-` is skipped): none of them is
 * ever overwritten.
 *
 * @since 0.3.0
 */
export const writeOutputs = (io: Io, command: string, files: ReadonlyArray<OutputFile>, inputs: ReadonlyArray<string>): number | undefined => {
  const failure = writeSafely(files, inputs, writeOptions(io))
  if (failure === undefined) return undefined
  io.err(`appi-policy ${command}: ${failure.message}`)
  return failure.exit
}

/**
 * Announces each file written (`wrote <path>`, in `io.lang`) through `say`:
 * standard output, or standard error when a document went to standard output.
 *
 * @since 0.3.0
 */
export const announceWritten = (io: Io, paths: ReadonlyArray<string>, say: (line: string) => void = io.out): void => {
  const { wrote } = cliMessages(io.lang).write
  for (const path of paths) say(wrote({ path }))
}

/**
 * A command's one output: to standard output without `--out` or with
 * `--out -`, else written atomically to the file (through a symbolic link to
 * a regular file; never to a device, FIFO, socket, directory or one of
 * `inputs`) and announced. Returns the exit code.
 *
 * @since 0.2.0
 */
export const emit = (io: Io, command: string, out: unknown, content: string, inputs: ReadonlyArray<string>): number => {
  if (typeof out !== "string" || out === "-") {
    io.out(content.replace(/\n$/u, ""))
    return EXIT_OK
  }
  const failure = writeSafely([{ path: out, content }], inputs, writeOptions(io))
  if (failure !== undefined) {
    io.err(`appi-policy ${command}: ${failure.message}${failure.special === true ? cliMessages(io.lang).write.useStandardOutput : ""}`)
    return failure.exit
  }
  announceWritten(io, [out])
  return EXIT_OK
}
