/**
 * Writing the files a command produces so that a failure never leaves a
 * partial one, and nothing that is not a regular output file is replaced
 * (see `safeWrite.ts`).
 *
 * @since 0.1.0
 */
import { EXIT_OK, type Io } from "./Command.ts"
import { type OutputFile, writeSafely } from "./safeWrite.ts"

/**
 * Writes every file or none (see {@link writeSafely}): refuses a device, FIFO,
 * socket, directory, dangling symbolic link or any of `inputs`; writes through
 * a symbolic link to a regular file. Returns the error text, or undefined.
 * {@link writeOutputs} also tells a refusal (exit 2) from a failed write (exit 1).
 *
 * @since 0.1.0
 */
export const writeFiles = (files: ReadonlyArray<OutputFile>, inputs: ReadonlyArray<string> = []): string | undefined => writeSafely(files, inputs)?.message

/**
 * Writes every file or none, as {@link writeFiles}; on failure writes
 * `appi-policy <command>: <why>` to standard error and returns the exit code
 * (2 a refused path, 1 the write failed), else undefined. `inputs` are the
 * command's input files (`-` is skipped): none of them is ever overwritten.
 *
 * @since 0.3.0
 */
export const writeOutputs = (io: Io, command: string, files: ReadonlyArray<OutputFile>, inputs: ReadonlyArray<string>): number | undefined => {
  const failure = writeSafely(files, inputs)
  if (failure === undefined) return undefined
  io.err(`appi-policy ${command}: ${failure.message}`)
  return failure.exit
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
  const failure = writeSafely([{ path: out, content }], inputs)
  if (failure !== undefined) {
    io.err(`appi-policy ${command}: ${failure.message}${failure.special === true ? " (leave out --out, or give `--out -`, to print to standard output)" : ""}`)
    return failure.exit
  }
  io.out(`wrote ${out}`)
  return EXIT_OK
}
