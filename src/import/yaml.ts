/**
 * The draft as YAML with its provenance in comments: every placed value
 * carries `# L42 high` (its source lines and the confidence), a value the
 * policy does not give carries `# not in the policy: fill in`. Deterministic:
 * the same draft and placements give the same bytes.
 *
 * @since 0.3.0
 */
import { Document, isCollection, isMap, isNode, isPair, isScalar, type Node as YamlNode } from "yaml"
import type { Confidence, Placement } from "./draft.ts"

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 }

/** `[3, 4, 5, 9]` → `L3-5, L9`. @since 0.3.0 */
export const formatLines = (lines: ReadonlyArray<number>): string => {
  const sorted = [...new Set(lines)].sort((a, b) => a - b)
  const runs: Array<string> = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    runs.push(i === j ? `L${sorted[i]}` : `L${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  return runs.join(", ")
}

interface Note {
  lines: Array<number>
  confidence: Confidence
  missing: boolean
}

const noteText = (note: Note): string =>
  note.missing ? " not in the policy: fill in" : note.lines.length === 0 ? ` inferred, ${note.confidence}` : ` ${formatLines(note.lines)} ${note.confidence}`

/**
 * Serializes the draft with one comment per placed path.
 *
 * @since 0.3.0
 */
export const draftYaml = (value: Record<string, unknown>, placements: ReadonlyArray<Placement>, header: ReadonlyArray<string>): string => {
  const doc = new Document(value)
  const notes = new Map<string, { path: ReadonlyArray<string | number>; note: Note }>()
  for (const placement of placements) {
    if (placement.path.length === 0) continue
    const key = JSON.stringify(placement.path)
    const existing = notes.get(key)
    if (existing === undefined) {
      notes.set(key, { path: placement.path, note: { lines: [...placement.lines], confidence: placement.confidence, missing: placement.missing === true } })
    } else {
      existing.note.lines.push(...placement.lines)
      if (RANK[placement.confidence] < RANK[existing.note.confidence]) existing.note.confidence = placement.confidence
      existing.note.missing ||= placement.missing === true
    }
  }
  for (const { path, note } of notes.values()) {
    const text = noteText(note)
    if (path.length === 1 && isMap(doc.contents)) {
      const pair = doc.contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === path[0])
      if (pair !== undefined && isNode(pair.key)) pair.key.commentBefore = [pair.key.commentBefore, text].filter((c) => c !== undefined && c !== null).join("\n")
      continue
    }
    const node = doc.getIn(path, true) as YamlNode | undefined
    if (node === undefined || !isNode(node)) continue
    if (isScalar(node)) {
      node.comment = node.comment === undefined || node.comment === null ? text : `${node.comment};${text}`
      continue
    }
    // A collection under a key: the comment goes above the key (`# L12 low` / `tags:`).
    const parent = doc.getIn(path.slice(0, -1), true)
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]) : undefined
    const target = pair !== undefined && isNode(pair.key) ? pair.key : isCollection(node) ? node : undefined
    if (target !== undefined) target.commentBefore = [target.commentBefore, text].filter((c) => c !== undefined && c !== null).join("\n")
  }
  doc.commentBefore = header.map((line) => ` ${line}`).join("\n")
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false })
}
