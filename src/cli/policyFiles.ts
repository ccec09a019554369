/**
 * Writing the files a command produces so that a failure never leaves a
 * partial one.
 *
 * @since 0.1.0
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { EXIT_INVALID, EXIT_OK, type Io } from "./Command.ts"

/**
 * Writes each file through a temporary file beside it, renamed into place
 * once every file's content is written. Returns the error text, or undefined.
 *
 * @since 0.1.0
 */
export const writeFiles = (files: ReadonlyArray<{ readonly path: string; readonly content: string }>): string | undefined => {
  const temporaries = files.map(({ path }) => `${path}.${process.pid}.tmp`)
  let failed: string | undefined
  try {
    files.forEach(({ path, content }, i) => {
      failed = path
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(temporaries[i]!, content)
    })
    files.forEach(({ path }, i) => {
      failed = path
      renameSync(temporaries[i]!, path)
    })
    return undefined
  } catch (cause) {
    return `cannot write \`${failed ?? ""}\` (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`
  } finally {
    for (const temporary of temporaries) {
      try {
        rmSync(temporary, { force: true })
      } catch {
        // Its directory could not be made: there is nothing to remove.
      }
    }
  }
}

/**
 * A command's one output: to standard output without `--out`, else written
 * atomically to the file and announced. Returns the exit code.
 *
 * @since 0.2.0
 */
export const emit = (io: Io, command: string, out: unknown, content: string): number => {
  if (typeof out !== "string") {
    io.out(content.replace(/\n$/u, ""))
    return EXIT_OK
  }
  const failed = writeFiles([{ path: out, content }])
  if (failed !== undefined) {
    io.err(`appi-policy ${command}: ${failed}`)
    return EXIT_INVALID
  }
  io.out(`wrote ${out}`)
  return EXIT_OK
}
