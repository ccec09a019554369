/**
 * Offsets to line:column. Columns count UTF-16 code units, as editors and
 * SARIF do, and both are 1-based.
 *
 * @since 0.1.0
 */
import type { SourcePosition } from "../core/Diagnostic.ts"

/** The offsets where lines start, for the last text asked about: a file with 90,000 diagnostics is scanned once, not once per diagnostic. */
let indexed: { readonly text: string; readonly starts: ReadonlyArray<number> } | undefined

const lineStarts = (text: string): ReadonlyArray<number> => {
  if (indexed?.text === text) return indexed.starts
  const starts = [0]
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1)
  indexed = { text, starts }
  return starts
}

/** @since 0.1.0 */
export const positionOfOffset = (text: string, offset: number): SourcePosition => {
  const end = Math.max(0, Math.min(offset, text.length))
  const starts = lineStarts(text)
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= end) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: end - starts[low]! + 1 }
}
