/**
 * Finding the policy texts that have no English version: every `missing`
 * run of the parts, in document order, once per path.
 *
 * @since 0.1.0
 */
import { formatPath, type JsonPath } from "../core/Diagnostic.ts"
import type { Block, DocumentParts, Phrase } from "./parts.ts"

/** A policy text without its English version. @since 0.1.0 */
export interface MissingTranslation {
  /** JSON path of the absent `en`, e.g. `["operator", "representatives", 0, "name", "en"]`. */
  readonly path: JsonPath
  /** The Japanese text that has no translation. */
  readonly ja: string
}

/** @since 0.1.0 */
export const missingTranslations = (parts: DocumentParts): ReadonlyArray<MissingTranslation> => {
  const found = new Map<string, MissingTranslation>()
  const phrase = (value: Phrase | undefined): void => {
    for (const run of value?.en ?? []) {
      if (run.kind !== "missing") continue
      const key = formatPath(run.path)
      if (!found.has(key)) found.set(key, { path: run.path, ja: run.ja })
    }
  }
  const blocks = (values: ReadonlyArray<Block>): void => {
    for (const block of values) {
      switch (block.kind) {
        case "paragraph":
          phrase(block.text)
          break
        case "list":
          for (const entry of block.items) {
            phrase(entry.text)
            blocks(entry.blocks)
          }
          break
        case "fields":
          for (const field of block.fields) {
            phrase(field.label)
            blocks(field.value)
          }
          break
        case "table":
          phrase(block.caption)
          block.head.forEach(phrase)
          for (const row of block.rows) for (const cell of row) blocks(cell)
          break
      }
    }
  }
  const section = (value: DocumentParts["sections"][number]): void => {
    phrase(value.title)
    blocks(value.blocks)
    value.sections.forEach(section)
  }
  phrase(parts.title)
  phrase(parts.subtitle)
  phrase(parts.preamble.title)
  blocks(parts.preamble.blocks)
  parts.sections.forEach(section)
  parts.signature.forEach(phrase)
  return [...found.values()]
}
