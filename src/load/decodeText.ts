/**
 * Bytes to text: size limit, UTF-8 only (with a hint when the bytes look like
 * Shift_JIS, the likeliest real mistake for a Japanese policy), UTF-8 BOM
 * tolerated and dropped, UTF-16 and UTF-32 refused and named.
 *
 * @since 0.1.0
 */
import type { Diagnostic } from "../core/Diagnostic.ts"
import { positionOfOffset } from "./positions.ts"

/**
 * Largest accepted file, 1 MiB. The longest seed is 14 KB; a policy a hundred
 * times larger is still far below this, while a limit keeps a hostile input
 * from exhausting memory in the YAML parser.
 *
 * @since 0.1.0
 */
export const MAX_BYTES = 1_048_576

const fail = (file: string, code: string, message: string, extra: Partial<Diagnostic> = {}): { readonly diagnostics: ReadonlyArray<Diagnostic> } => ({
  diagnostics: [{ file, severity: "error", code, message, path: [], ...extra }]
})

/** Byte offset of the first byte that is not well-formed UTF-8, or -1. */
const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    const second = bytes[i + 1] ?? 0
    // Overlong forms, surrogates and code points above U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i
    i += need + 1
  }
  return -1
}

const looksLikeShiftJis = (bytes: Uint8Array): boolean => {
  try {
    const text = new TextDecoder("shift_jis", { fatal: true }).decode(bytes)
    return /[\u3040-\u30ff\u4e00-\u9fff]/u.test(text)
  } catch {
    return false
  }
}

/**
 * The diagnostic for a file over the limit, with its real size (a reader
 * may have stopped at the limit; `size` is what the file system says).
 *
 * @since 0.2.0
 */
export const tooLarge = (file: string, size: number): { readonly diagnostics: ReadonlyArray<Diagnostic> } =>
  fail(file, "too-large", `file is ${size.toLocaleString("en-US")} bytes; the limit is ${MAX_BYTES.toLocaleString("en-US")} bytes (1 MiB)`, {
    help: "a privacy policy is a few dozen kilobytes; split generated content out, or check you passed the right file"
  })

/** The wide encoding the bytes are in, by their byte order mark or their zero bytes; `undefined` for neither. */
const wideEncoding = (bytes: Uint8Array): "UTF-32" | "UTF-16" | undefined => {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]]
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return "UTF-32"
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return "UTF-16"
  // Without a mark: text in UTF-32 has three zero bytes in four, UTF-16 (Latin text) one in two.
  const head = bytes.subarray(0, 64)
  if (head.length < 8) return undefined
  const zeros = head.filter((byte) => byte === 0).length / head.length
  return zeros >= 0.7 ? "UTF-32" : zeros >= 0.3 ? "UTF-16" : undefined
}

/**
 * Decodes a policy file's bytes, or explains why they are not acceptable text.
 *
 * @since 0.1.0
 */
export const decodeText = (bytes: Uint8Array, file: string): { readonly text: string } | { readonly diagnostics: ReadonlyArray<Diagnostic> } => {
  if (bytes.length > MAX_BYTES) return tooLarge(file, bytes.length)
  const wide = wideEncoding(bytes)
  if (wide !== undefined) {
    return fail(file, "not-utf8", `file is ${wide}; expected UTF-8`, {
      expected: "UTF-8",
      found: wide,
      help: `save the file as UTF-8, e.g. \`iconv -f ${wide} -t UTF-8 policy.yaml > policy.utf8.yaml\``
    })
  }
  const invalidAt = firstInvalidUtf8(bytes)
  if (invalidAt >= 0) {
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, invalidAt))
    const sjis = looksLikeShiftJis(bytes)
    return fail(file, "not-utf8", sjis ? "file is not UTF-8; it looks like Shift_JIS" : `file is not UTF-8: byte 0x${bytes[invalidAt]!.toString(16).padStart(2, "0")} at offset ${invalidAt}`, {
      start: positionOfOffset(prefix, prefix.length),
      expected: "UTF-8",
      found: sjis ? "Shift_JIS (CP932)" : "bytes that are not UTF-8",
      help: sjis ? "convert it, e.g. `iconv -f CP932 -t UTF-8 policy.yaml > policy.utf8.yaml`" : "save the file as UTF-8"
    })
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(hasBom ? bytes.subarray(3) : bytes)
  if (text.trim() === "") return fail(file, "empty", "file is empty; expected a policy document", { expected: "a mapping with `schemaVersion`, `id`, …", found: "no content" })
  return { text }
}
