/**
 * Document parts → JSON for an auditor (`render --format json`): every
 * rendered statement — a paragraph, a list item, a field, a table cell, a
 * heading — with its text and where each piece of it came from: the
 * company's text (its path in the policy), or a catalog clause with its
 * voice and the policy values that made the renderer say it.
 *
 * @since 0.1.0
 */
import { formatPath } from "../core/Diagnostic.ts"
import { sectionLabel } from "./labels.ts"
import type { Block, DocumentParts, FormatOptions, Inline, Lang, Phrase, Section, Source } from "./parts.ts"
import { plainText } from "./phrase.ts"

/** Where a piece of a statement came from, with paths written `a.b[0].c`. @since 0.1.0 */
export type ExplainedSource =
  | { readonly kind: "policy"; readonly path: string }
  | { readonly kind: "clause"; readonly key: string; readonly voice: string; readonly facts: ReadonlyArray<string> }
  | { readonly kind: "catalog"; readonly entry: string; readonly facts: ReadonlyArray<string> }

/** One rendered statement. @since 0.1.0 */
export interface Statement {
  /** The section's number as printed (`3.`, `第3条`, `3.2`), empty for unnumbered parts. */
  readonly section: string
  /** The section's anchor (`third-party-provision`), or `document` for the title, preamble and signature. */
  readonly sectionId: string
  readonly block: "title" | "paragraph" | "item" | "label" | "cell" | "heading" | "signature"
  readonly ja?: string
  readonly en?: string
  readonly sources: ReadonlyArray<ExplainedSource>
}

/** The JSON document `render --format json` prints. @since 0.1.0 */
export interface ExplainedRendering {
  readonly format: "appi-policy/rendered-statements"
  readonly version: 1
  readonly lang: FormatOptions["lang"]
  readonly statements: ReadonlyArray<Statement>
}

const explainSource = (source: Source): ExplainedSource => {
  switch (source.kind) {
    case "policy":
      return { kind: "policy", path: formatPath(source.path) }
    case "clause":
      return { kind: "clause", key: source.key, voice: source.voice, facts: source.facts.map(formatPath) }
    case "catalog":
      return { kind: "catalog", entry: source.entry, facts: source.facts.map(formatPath) }
  }
}

const sourcesOf = (contents: ReadonlyArray<Inline>): ReadonlyArray<ExplainedSource> => {
  const seen = new Map<string, ExplainedSource>()
  for (const content of contents) {
    for (const run of content) {
      if (run.source === undefined) continue
      const explained = explainSource(run.source)
      // One entry per place: the same clause or path in both languages is one source.
      const key = explained.kind === "policy" ? `policy:${explained.path.replace(/\.(?:ja|en)$/u, "")}` : JSON.stringify(explained)
      if (!seen.has(key)) seen.set(key, explained.kind === "policy" ? { kind: "policy", path: explained.path.replace(/\.(?:ja|en)$/u, "") } : explained)
    }
  }
  return [...seen.values()]
}

/**
 * The statements of a rendering, in document order.
 *
 * @example
 * ```ts
 * const statements = explainParts(buildParts(policy), { lang: "ja", style: DEFAULT_STYLE }).statements
 * statements.filter((s) => s.sources.some((source) => source.kind === "clause" && source.voice === "commitment"))
 * ```
 * @since 0.1.0
 */
export const explainParts = (parts: DocumentParts, options: FormatOptions): ExplainedRendering => {
  const langs: ReadonlyArray<Lang> = options.lang === "ja+en" ? ["ja", "en"] : [options.lang]
  const statements: Array<Statement> = []
  const add = (section: string, sectionId: string, block: Statement["block"], phrase: Phrase) => {
    const texts = Object.fromEntries(langs.map((lang) => [lang, plainText(phrase[lang])]))
    statements.push({ section, sectionId, block, ...texts, sources: sourcesOf(langs.map((lang) => phrase[lang])) })
  }
  const blocks = (values: ReadonlyArray<Block>, section: string, sectionId: string): void => {
    for (const block of values) {
      switch (block.kind) {
        case "paragraph":
          add(section, sectionId, "paragraph", block.text)
          break
        case "list":
          for (const item of block.items) {
            add(section, sectionId, "item", item.text)
            blocks(item.blocks, section, sectionId)
          }
          break
        case "fields":
          for (const field of block.fields) {
            add(section, sectionId, "label", field.label)
            blocks(field.value, section, sectionId)
          }
          break
        case "table":
          if (block.caption !== undefined) add(section, sectionId, "label", block.caption)
          for (const head of block.head) add(section, sectionId, "label", head)
          for (const row of block.rows) for (const cell of row) blocks(cell, section, sectionId)
          break
      }
    }
  }
  const section = (value: Section): void => {
    const label = sectionLabel(value, options.style, "ja")
    add(label, value.id, "heading", value.title)
    blocks(value.blocks, label, value.id)
    value.sections.forEach(section)
  }
  add("", "document", "title", parts.title)
  if (parts.subtitle !== undefined) add("", "document", "title", parts.subtitle)
  if (parts.preamble.title !== undefined) add("", "document", "heading", parts.preamble.title)
  blocks(parts.preamble.blocks, "", "document")
  parts.sections.forEach(section)
  for (const line of parts.signature) add("", "document", "signature", line)
  return { format: "appi-policy/rendered-statements", version: 1, lang: options.lang, statements }
}

/** The explained rendering as JSON text, two-space indented, with a final newline. @since 0.1.0 */
export const partsToJson = (parts: DocumentParts, options: FormatOptions): string => `${JSON.stringify(explainParts(parts, options), null, 2)}\n`
