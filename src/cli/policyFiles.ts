/**
 * What the generator commands (`codegen ts`, `export cedar`, `scan`) share:
 * loading a policy with its diagnostics on standard error, and writing files
 * so that a failure never leaves a partial one.
 *
 * @since 0.1.0
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { formatDiagnostic } from "../load/Diagnostic.ts"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import type { Policy } from "../model/Policy.ts"
import type { Io } from "./Command.ts"

/** The policy, or undefined after writing its diagnostics to `io.err`. @since 0.1.0 */
export const loadOrReport = (file: string, io: Io): Policy | undefined => {
  const result = loadPolicyFile(file)
  if (result.ok) return result.policy
  result.diagnostics.forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))
  return undefined
}

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
