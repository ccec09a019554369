/**
 * Reading a file's bytes for the loader and the importer (Node): a regular
 * file under the size limit, or a diagnostic that says why not.
 *
 * @since 0.3.0
 */
import { readFileSync, statSync } from "node:fs"
import type { Diagnostic } from "../core/Diagnostic.ts"
import { MAX_BYTES, tooLarge } from "./decodeText.ts"

/**
 * The file's bytes, or the one diagnostic (`cannot-read`, `too-large`) that
 * explains why they cannot be had. The size is checked before reading, so a
 * huge file is never read into memory.
 *
 * @since 0.3.0
 */
export const readBytes = (path: string): { readonly bytes: Uint8Array } | { readonly diagnostic: Diagnostic } => {
  const cannotRead = (message: string): { readonly diagnostic: Diagnostic } => ({ diagnostic: { file: path, severity: "error", code: "cannot-read", message, path: [] } })
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return cannotRead("not a file")
    if (stat.size > MAX_BYTES) return { diagnostic: tooLarge(path, stat.size).diagnostics[0]! }
    return { bytes: readFileSync(path) }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    return cannotRead(code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read the file (${code ?? "unknown error"})`)
  }
}
