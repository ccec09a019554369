/**
 * Where in the document a position is, as a path of keys and indexes, from
 * the `yaml` package's tree with its source ranges. For completion the text
 * is usually unfinished (`  nam|`), so a marker is put at the cursor first —
 * as a key when the cursor stands where a key would, else as a value — and
 * the marker is looked for in the tree: the parser's error recovery does the
 * rest, with no indentation rules of our own.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument } from "yaml"
import type { Segment } from "./schema.ts"

const MARK = "zqcursorqz"

/** What the cursor is in the middle of, for completion. */
export type CursorContext =
  /** A key of the mapping at `path`; `keys` are those it already has. `dash`: right after `- `, where a scalar item could stand too. */
  | { readonly kind: "key"; readonly path: ReadonlyArray<Segment>; readonly keys: ReadonlyArray<string>; readonly from: number; readonly to: number; readonly indent: number; readonly dash: boolean; readonly colon: boolean }
  /** The value at `path`. */
  | { readonly kind: "value"; readonly path: ReadonlyArray<Segment>; readonly from: number; readonly to: number }

const WORD_BEFORE = /[\w.-]*$/u
const WORD_AFTER = /^[\w.-]*/u

interface Found {
  readonly path: ReadonlyArray<Segment>
  readonly asKey: boolean
  /** The mapping's keys, when found as a key. */
  readonly keys: ReadonlyArray<string>
}

const scalarText = (node: unknown): string | undefined => (isScalar(node) && (typeof node.value === "string" || typeof node.value === "number") ? String(node.value) : undefined)

const findMark = (node: unknown, path: ReadonlyArray<Segment>): Found | undefined => {
  if (isMap(node)) {
    const keys = node.items.map((pair) => scalarText(pair.key)).filter((k): k is string => k !== undefined)
    for (const pair of node.items) {
      const key = scalarText(pair.key)
      if (key?.includes(MARK) === true) return { path, asKey: true, keys: keys.filter((k) => !k.includes(MARK)) }
      const found = findMark(pair.value, key === undefined ? path : [...path, key])
      if (found !== undefined) return found
    }
    return undefined
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = findMark(node.items[i], [...path, i])
      if (found !== undefined) return found
    }
    return undefined
  }
  if (isPair(node)) return findMark(node.value, path)
  const text = scalarText(node)
  return text?.includes(MARK) === true ? { path, asKey: false, keys: [] } : undefined
}

/** The completion context at `pos`, or `undefined` in a comment, a quoted string or free text. */
export const contextAt = (text: string, pos: number): CursorContext | undefined => {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1
  const newline = text.indexOf("\n", pos)
  const lineEnd = newline < 0 ? text.length : newline
  const before = text.slice(lineStart, pos)
  const after = text.slice(pos, lineEnd)
  if (/(^|\s)#/u.test(before)) return undefined
  const word = WORD_BEFORE.exec(before)?.[0] ?? ""
  const wordAfter = WORD_AFTER.exec(after)?.[0] ?? ""
  const lead = before.slice(0, before.length - word.length)
  const rest = after.slice(wordAfter.length)
  const from = pos - word.length
  const to = pos + wordAfter.length
  const keyLike = /^[ ]*(?:-[ ]+)*$/u.test(lead)
  const valueLike = /:[ ]+$/u.test(lead) || /[[,][ ]*$/u.test(lead)
  if (!keyLike && !valueLike) return undefined
  const patchedRest = keyLike ? (rest.startsWith(":") ? rest : `: ${rest}`) : rest
  const patched = text.slice(0, lineStart) + lead + word + MARK + patchedRest + text.slice(lineEnd)
  const document = parseDocument(patched, { uniqueKeys: false, strict: false })
  const found = findMark(document.contents, [])
  if (found === undefined) return undefined
  if (found.asKey) {
    const indent = lead.length
    return { kind: "key", path: found.path, keys: found.keys, from, to, indent, dash: lead.includes("-"), colon: rest.startsWith(":") }
  }
  return { kind: "value", path: found.path, from, to }
}

/** The node under `pos` in a parsed document: its path, and whether `pos` is on its key. */
export interface NodeAt {
  readonly path: ReadonlyArray<Segment>
  readonly onKey: boolean
  readonly from: number
  readonly to: number
}

type Range = readonly [number, number, number]

const rangeOf = (node: unknown): Range | undefined => {
  const range = (node as { range?: unknown } | null)?.range
  return Array.isArray(range) && range.length === 3 ? (range as unknown as Range) : undefined
}

const within = (range: Range | undefined, pos: number): boolean => range !== undefined && pos >= range[0] && pos <= range[1]

const nodeIn = (node: unknown, path: ReadonlyArray<Segment>, pos: number): NodeAt | undefined => {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = scalarText(pair.key)
      if (key === undefined) continue
      const keyRange = rangeOf(pair.key)
      if (within(keyRange, pos)) return { path: [...path, key], onKey: true, from: keyRange![0], to: keyRange![1] }
      const valueRange = rangeOf(pair.value)
      if (valueRange !== undefined && pos >= valueRange[0] && pos <= valueRange[1]) return nodeIn(pair.value, [...path, key], pos)
    }
    return undefined
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i]
      const range = rangeOf(item)
      if (range !== undefined && pos >= range[0] && pos <= range[1]) return nodeIn(item, [...path, i], pos)
    }
    return undefined
  }
  const range = rangeOf(node)
  return range === undefined ? undefined : { path, onKey: false, from: range[0], to: range[1] }
}

export const nodeAt = (text: string, pos: number): NodeAt | undefined => {
  const document = parseDocument(text, { uniqueKeys: false, strict: false })
  return nodeIn(document.contents, [], pos)
}
