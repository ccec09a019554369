/**
 * Reading the policy a command names: a file, or `-` for standard input.
 * Diagnostics go to standard error; the caller only sees the policy or
 * nothing.
 *
 * @since 0.2.0
 */
import { type Diagnostic, formatDiagnostic } from "../core/Diagnostic.ts"
import { localizeLoadDiagnostic } from "../load/messages.ts"
import { type LoadResult, loadPolicyFile, parsePolicy } from "../load/loadPolicy.ts"
import type { Policy } from "../model/Policy.ts"
import type { Io } from "./Command.ts"

/** The argument that names standard input. */
export const STDIN = "-"
/** How diagnostics name standard input. */
export const STDIN_NAME = "<stdin>"

/** JSON when the text starts with `{` (after white space and a BOM), YAML otherwise: standard input has no extension. */
const sniffFormat = (bytes: Uint8Array): "json" | "yaml" => {
  for (const byte of bytes.subarray(0, 64)) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf) continue
    return byte === 0x7b ? "json" : "yaml"
  }
  return "yaml"
}

/** Loads `file` (or standard input for `-`) with its parsed source, never throwing. */
export const loadInput = (file: string, io: Io): LoadResult => {
  if (file !== STDIN) return loadPolicyFile(file)
  let bytes: Uint8Array
  try {
    bytes = io.stdin?.() ?? new Uint8Array()
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "unknown error"
    return { ok: false, file: STDIN_NAME, diagnostics: [{ file: STDIN_NAME, severity: "error", code: "cannot-read", message: `cannot read standard input (${code})`, path: [] }] }
  }
  return parsePolicy(bytes, { file: STDIN_NAME, format: sniffFormat(bytes) })
}

/** A loader diagnostic as one text block, in Japanese for `ja` (and `ja+en`), else as the loader wrote it. */
export const formatLoadDiagnostic = (diagnostic: Diagnostic, lang: string = "en"): string => {
  const language = lang.startsWith("ja") ? "ja" : "en"
  return formatDiagnostic(localizeLoadDiagnostic(diagnostic, language), language)
}

/** Writes diagnostics of loading to `io.err`, in `lang`: the locale's (`io.lang`) unless a command's `--lang` says otherwise. */
export const reportLoadDiagnostics = (io: Io, diagnostics: ReadonlyArray<Diagnostic>, lang: string = io.lang ?? "en"): void => {
  diagnostics.forEach((diagnostic) => io.err(formatLoadDiagnostic(diagnostic, lang)))
}

/** The policy, or undefined after writing its diagnostics to `io.err` (in `lang`, else the locale's language). */
export const loadOrReport = (file: string, io: Io, lang: string = io.lang ?? "en"): Policy | undefined => {
  const result = loadInput(file, io)
  if (result.ok) return result.policy
  reportLoadDiagnostics(io, result.diagnostics, lang)
  return undefined
}

/** Standard input can be read once: more than one `-` is a usage error. */
export const stdinTwice = (files: ReadonlyArray<string>): boolean => files.filter((file) => file === STDIN).length > 1
