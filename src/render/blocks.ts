/**
 * Small constructors for blocks, so section builders read as what they say.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { LocalizedText } from "../model/primitives.ts"
import type { Block, Cell, Field, ListItem, ListMarker, Phrase } from "./parts.ts"
import { fromPolicy } from "./phrase.ts"

/** @since 0.1.0 */
export const paragraph = (text: Phrase): Block => ({ kind: "paragraph", text })

/** One paragraph per policy text (`texts[i]` at `path[i]`). @since 0.1.0 */
export const policyParagraphs = (texts: ReadonlyArray<LocalizedText> | undefined, path: JsonPath): ReadonlyArray<Block> =>
  (texts ?? []).map((text, index) => paragraph(fromPolicy(text, [...path, index])))

/** An item without sub-blocks. @since 0.1.0 */
export const item = (text: Phrase, blocks: ReadonlyArray<Block> = []): ListItem => ({ text, blocks })

/** A list, or nothing when there are no items (an empty list renders nothing useful). @since 0.1.0 */
export const list = (marker: ListMarker, items: ReadonlyArray<ListItem | Phrase>): ReadonlyArray<Block> =>
  items.length === 0 ? [] : [{ kind: "list", marker, items: items.map((entry) => ("text" in entry ? entry : item(entry))) }]

/** A list of policy texts. @since 0.1.0 */
export const policyList = (marker: ListMarker, texts: ReadonlyArray<LocalizedText> | undefined, path: JsonPath): ReadonlyArray<Block> =>
  list(marker, (texts ?? []).map((text, index) => fromPolicy(text, [...path, index])))

/** A field whose value is a phrase, blocks, or absent (then the field is left out). @since 0.1.0 */
export type FieldInput = readonly [label: Phrase, value: Phrase | ReadonlyArray<Block> | undefined]

/** Labelled fields; absent values and empty block lists are left out. @since 0.1.0 */
export const fields = (entries: ReadonlyArray<FieldInput>): ReadonlyArray<Block> => {
  const kept: Array<Field> = []
  for (const [label, value] of entries) {
    if (value === undefined) continue
    const blocks = Array.isArray(value) ? (value as ReadonlyArray<Block>) : [paragraph(value as Phrase)]
    if (blocks.length > 0) kept.push({ label, value: blocks })
  }
  return kept.length === 0 ? [] : [{ kind: "fields", fields: kept }]
}

/** A table; rows of cells, each cell a phrase or blocks. @since 0.1.0 */
export const table = (head: ReadonlyArray<Phrase>, rows: ReadonlyArray<ReadonlyArray<Phrase | Cell>>, caption?: Phrase): ReadonlyArray<Block> =>
  rows.length === 0
    ? []
    : [
        {
          kind: "table",
          caption,
          head,
          rows: rows.map((row) => row.map((cell) => (Array.isArray(cell) ? (cell as Cell) : [paragraph(cell as Phrase)])))
        }
      ]
