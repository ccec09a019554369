/**
 * The typed parts a policy is rendered into, once, before any format is
 * chosen: a document of numbered sections holding blocks (paragraphs, lists,
 * labelled fields, tables) whose inline text is a `Phrase` — the same content
 * in Japanese and English. `markdown.ts`, `html.ts` and `text.ts` only turn
 * these parts into characters, so the formats cannot disagree about content.
 *
 * @since 0.1.0
 * @module
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { ClauseKey } from "./clauses/Catalog.ts"
import type { ClauseVoice } from "./clauses/voice.ts"
import type { UnresolvedReference } from "./references.ts"
import type { RenderStyle } from "./style.ts"
import type { Lang as CoreLang } from "../core/Lang.ts"

/** A language of the rendered prose (the one `Lang` of the library). @since 0.1.0 */
export type Lang = CoreLang

/**
 * Where a piece of rendered text comes from, so that an auditor can tell the
 * company's words from the library's (`render --format json`).
 *
 * - `policy`: a text of the policy, at `path`.
 * - `clause`: a sentence of the clause catalog; `facts` are the paths of the
 *   policy values that made the renderer say it. A clause in the company's
 *   voice (`voice: "commitment"`) is never rendered without one.
 * - `catalog`: a fixed entry of the catalog (a heading, a label, the statute's
 *   wording of a listed exception, the name of an enum value), with the policy
 *   value it stands for when there is one.
 *
 * Text with no source is punctuation, numbering or a formatted value (a date,
 * an amount) whose policy path is on the surrounding text.
 *
 * @since 0.1.0
 */
export type Source =
  | { readonly kind: "policy"; readonly path: JsonPath }
  | { readonly kind: "clause"; readonly key: ClauseKey; readonly voice: ClauseVoice; readonly facts: ReadonlyArray<JsonPath> }
  | { readonly kind: "catalog"; readonly entry: string; readonly facts: ReadonlyArray<JsonPath> }

/**
 * The smallest piece of inline text.
 *
 * - `text`: plain text, escaped by every format.
 * - `link`: text pointing at `href` (`mailto:`, `tel:`, `https:` or an in-page `#anchor`).
 * - `missing`: a policy text that has no English version; `ja` is what exists, `path`
 *   the JSON path of the absent `en`. It fails an English rendering unless missing
 *   translations are allowed, and then it is marked visibly.
 * - `code`: a literal the reader may need to type or search for (an id, a key), shown as code.
 * - `strong`: emphasised text (the changelog's impacts).
 * - `reference`: a placeholder written in a policy text (`{ref:joint-use}`,
 *   `{num:purposes}`, `{fee:disclosure-fee}`), replaced by the generated
 *   section reference or the fee's amount once every section is numbered.
 *   `text` is the placeholder as written. Built parts hold none.
 *
 * @since 0.1.0
 */
export type Run =
  | { readonly kind: "text"; readonly text: string; readonly source?: Source }
  | { readonly kind: "link"; readonly text: string; readonly href: string; readonly source?: Source }
  | { readonly kind: "missing"; readonly ja: string; readonly path: JsonPath; readonly source?: Source }
  | { readonly kind: "reference"; readonly form: ReferenceForm; readonly target: string; readonly text: string; readonly source?: Source }
  | { readonly kind: "code"; readonly text: string; readonly source?: Source }
  | { readonly kind: "strong"; readonly text: string; readonly source?: Source }

/**
 * What a placeholder in a policy text stands for: `ref`, a reference from
 * where it stands (上記3. / 前条 / Section 3 above); `num`, the bare number
 * (3. / 第3条 / Article 3); `fee`, a fee's amount as the `fees` entry states it,
 * with its tax note; `amount`, the bare amount.
 *
 * @since 0.1.0
 */
export type ReferenceForm = "ref" | "num" | "fee" | "amount"

/** Inline content in one language. @since 0.1.0 */
export type Inline = ReadonlyArray<Run>

/** How a format writes each kind of run: one writer per kind, so a new kind is a type error in every format. @since 0.3.0 */
export type RunWriters = { readonly [K in Run["kind"]]: (run: Extract<Run, { readonly kind: K }>, lang: Lang) => string }

/** Inline content written run by run with a format's writers. @since 0.3.0 */
export const writeInline =
  (writers: RunWriters) =>
  (content: Inline, lang: Lang): string =>
    content.map((run) => (writers[run.kind] as (run: Run, lang: Lang) => string)(run, lang)).join("")

/** The same inline content in both languages. @since 0.1.0 */
export interface Phrase {
  readonly ja: Inline
  readonly en: Inline
}

/**
 * How the items of a list are labelled. `parenthesized` (1) (2); `circled`
 * ① ② in Japanese and (i) (ii) in English (the statute's 号); `decimal` 1. 2.;
 * `bullet` unnumbered.
 *
 * @since 0.1.0
 */
export type ListMarker = "parenthesized" | "circled" | "decimal" | "bullet"

/** @since 0.1.0 */
export interface ListItem {
  readonly text: Phrase
  /** Blocks under the item (sub-lists, further paragraphs). */
  readonly blocks: ReadonlyArray<Block>
}

/** A label and its value, e.g. 所在地 → 〒221-0834 …. @since 0.1.0 */
export interface Field {
  readonly label: Phrase
  readonly value: ReadonlyArray<Block>
}

/** A table cell holds blocks (a cell may list several purposes). @since 0.1.0 */
export type Cell = ReadonlyArray<Block>

/** @since 0.1.0 */
export type Block =
  | { readonly kind: "paragraph"; readonly text: Phrase }
  | { readonly kind: "list"; readonly marker: ListMarker; readonly items: ReadonlyArray<ListItem> }
  | { readonly kind: "fields"; readonly fields: ReadonlyArray<Field> }
  | { readonly kind: "table"; readonly caption: Phrase | undefined; readonly head: ReadonlyArray<Phrase>; readonly rows: ReadonlyArray<ReadonlyArray<Cell>> }

/**
 * A section of the document. `number` is `[3]` for a top-level section and
 * `[3, 2]` for its second subsection; `undefined` for an unnumbered one (the
 * history at the end). `id` is the HTML anchor: stable across versions
 * because it comes from the concept, not the number.
 *
 * @since 0.1.0
 */
export interface Section {
  readonly id: string
  readonly number: ReadonlyArray<number> | undefined
  readonly title: Phrase
  readonly blocks: ReadonlyArray<Block>
  readonly sections: ReadonlyArray<Section>
}

/** The whole rendered policy, before a format is chosen. @since 0.1.0 */
export interface DocumentParts {
  readonly title: Phrase
  readonly subtitle: Phrase | undefined
  /** Opening paragraphs (前文), with their heading when the policy gives one. */
  readonly preamble: { readonly title: Phrase | undefined; readonly blocks: ReadonlyArray<Block> }
  readonly sections: ReadonlyArray<Section>
  /** Closing lines: the operator's name and representatives, as the seeds sign off. */
  readonly signature: ReadonlyArray<Phrase>
  /** Placeholders in policy texts that name nothing this rendering has (rendering fails on them). */
  readonly unresolved: ReadonlyArray<UnresolvedReference>
}

/** What a format needs besides the parts: the language(s) and the style. @since 0.1.0 */
export interface FormatOptions {
  /** `ja`, `en`, or `ja+en` for both (each format documents how it lays them out). */
  readonly lang: Lang | "ja+en"
  readonly style: RenderStyle
}
