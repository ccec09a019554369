/**
 * Offsets to line:column. Columns count UTF-16 code units, as editors and
 * SARIF do, and both are 1-based.
 *
 * @since 0.1.0
 */
import type { SourcePosition } from "../core/Diagnostic.ts"

/** @since 0.1.0 */
export const positionOfOffset = (text: string, offset: number): SourcePosition => {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}
