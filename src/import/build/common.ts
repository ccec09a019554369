/**
 * What the builders share: the context of one import and the small steps
 * every builder takes (a node's text as a model text, placed with its lines).
 *
 * @since 0.3.0
 */
import type { Region } from "../classify.ts"
import { type Confidence, Draft, type DraftPath, type Text } from "../draft.ts"
import { isHeading, type Node, type Part } from "../parse.ts"
import type { Concept } from "../rules.ts"
import { tidy } from "../text.ts"
import { DRAFT_WORDS } from "../draftWords.ts"

/** One import in progress. @since 0.3.0 */
export interface Context {
  readonly draft: Draft
  readonly regions: ReadonlyArray<Region>
  readonly concepts: ReadonlyMap<Node, Concept | undefined>
}

/** The regions of a concept, in document order. @since 0.3.0 */
export const regionsOf = (ctx: Context, concept: Concept): ReadonlyArray<Region> => ctx.regions.filter((region) => region.concept === concept)

/** A model text of Japanese words (English when the heading gave it). @since 0.3.0 */
export const ja = (text: string, en?: string): Text => (en === undefined ? { ja: tidy(text) } : { ja: tidy(text), en })

/** A node's text as a model text. @since 0.3.0 */
export const textOf = (n: Node): Text => ja(n.text, n.en)

/** The lines of a node that no builder has placed yet. @since 0.3.0 */
export const freeParts = (ctx: Context, n: Node): ReadonlyArray<Part> => n.parts.filter((part) => !ctx.draft.isPlaced(part))

/** Whether a node still has a line to place. @since 0.3.0 */
export const isFree = (ctx: Context, n: Node): boolean => freeParts(ctx, n).length > 0

/** The text of a node's free lines (all of it when none was taken). @since 0.3.0 */
export const freeText = (ctx: Context, n: Node): string => {
  const free = freeParts(ctx, n)
  if (free.length === n.parts.length || free.length === 0) return n.text
  return tidy(free.map((part) => stripMarker(part.text)).join(""))
}

/** A line without its list marker. @since 0.3.0 */
export const stripMarker = (text: string): string =>
  text
    .replace(/^[-*+][\s\u3000]+/u, "")
    .replace(/^(?:第[0-9０-９一二三四五六七八九十]+条|[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})+[.．]?(?=[\s\u3000])|[0-9０-９]{1,2}[.．、](?![0-9０-９])|[一二三四五六七八九十]{1,3}[、．.]|[(（][0-9０-９一二三四五六七八九十a-z]{1,3}[)）]|[0-9０-９]{1,2}[)）]|[\u2460-\u2473]|[・･•※■□◆◇●○▼▽▶►★☆◎◯])[\s\u3000]*/u, "")

/** Places a text at `path` (its `ja`), with the node's free lines. @since 0.3.0 */
export const put = (ctx: Context, concept: Concept, path: DraftPath, n: Node | ReadonlyArray<Part>, confidence: Confidence): void => {
  const parts = Array.isArray(n) ? n : freeParts(ctx, n as Node).length > 0 ? freeParts(ctx, n as Node) : (n as Node).parts
  ctx.draft.place(concept, path, parts, confidence)
}

/** Places a heading: its lines are the concept's, its words the renderer's to give. @since 0.3.0 */
export const consumeHeading = (ctx: Context, concept: Concept, n: Node): void => {
  if (isHeading(n) && isFree(ctx, n)) ctx.draft.place(concept, [], n.parts, "high")
}

/** Appends `text` to the list at `path`, placed with the node's lines; returns its index. @since 0.3.0 */
export const pushText = (ctx: Context, concept: Concept, list: Array<Text>, path: DraftPath, n: Node, confidence: Confidence, text: Text = ja(freeText(ctx, n), n.en)): number => {
  if (text.ja === "") return -1
  const index = list.push(text) - 1
  put(ctx, concept, [...path, index, "ja"], n, confidence)
  return index
}

/** The direct children of a node that are items (list entries), in order. @since 0.3.0 */
export const itemsOf = (n: Node): ReadonlyArray<Node> => n.children.filter((c) => c.type === "item")

/** The nodes of a region that are not headings, in document order. @since 0.3.0 */
export const bodyOf = (region: Region): ReadonlyArray<Node> => region.nodes.filter((n) => !isHeading(n))

/** A placeholder for a required text the policy does not give. @since 0.3.0 */
export const MISSING = DRAFT_WORDS.missing
