/**
 * A cheap lexical bound on nesting depth, run before any parser: the YAML
 * parser exhausts memory (a fatal, uncatchable abort) on ~10,000 nested flow
 * collections, so the depth must be known before parsing starts.
 *
 * @since 0.1.0
 */

/**
 * Deepest nesting accepted. A policy needs about ten levels; 64 leaves room
 * for any honest document.
 *
 * @since 0.1.0
 */
export const MAX_DEPTH = 64

/**
 * Offset where nesting first exceeds `MAX_DEPTH`, or -1. Counts flow brackets
 * outside quotes and comments, plus block indentation levels and `- ` markers.
 * Over-counting is possible only for pathological plain scalars, never under-counting.
 *
 * @since 0.1.0
 */
export const findExcessiveNesting = (text: string, maxDepth: number = MAX_DEPTH): number => {
  let flow = 0
  const indents: Array<number> = []
  let offset = 0
  for (const line of text.split("\n")) {
    const indent = line.length - line.trimStart().length
    const content = line.trimStart()
    if (content !== "" && !content.startsWith("#") && flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop()
      indents.push(indent)
      const dashes = /^(?:-\s+)+/u.exec(content)?.[0].split("-").length ?? 1
      if (indents.length + dashes - 1 > maxDepth) return offset + indent
    }
    let quote: string | undefined
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!
      if (quote !== undefined) {
        if (ch === "\\" && quote === '"') i++
        else if (ch === quote) quote = undefined
        continue
      }
      if (ch === '"' || ch === "'") quote = ch
      else if (ch === "#" && (i === 0 || /\s/u.test(line[i - 1]!))) break
      else if (ch === "[" || ch === "{") {
        flow++
        if (flow + indents.length > maxDepth) return offset + i
      } else if ((ch === "]" || ch === "}") && flow > 0) flow--
    }
    offset += line.length + 1
  }
  return -1
}
