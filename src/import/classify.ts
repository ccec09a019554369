/**
 * Classification: each node of the tree is given the concept it speaks of.
 * A heading names its concept (`title` rules); a paragraph, a ※ note or an
 * item that heads a section states its own (`states` rules, read on its
 * first sentence) or takes its section's; list items take their list's.
 * A top-level list of commitments (遵守します, 継続的に改善します …) is the
 * basic policy whatever its items speak of.
 *
 * The nodes of one concept under one root make a region, the unit a
 * builder reads.
 *
 * @since 0.3.0
 */
import { descendants, isHeading, type Node } from "./parse.ts"
import { type Concept, CONCEPT_RULES, conceptOfSentence, conceptOfTitle } from "./rules.ts"
import { sentences } from "./text.ts"

/** A concept's share of a document: a root node and the nodes under it that speak of the same concept. @since 0.3.0 */
export interface Region {
  readonly concept: Concept
  readonly root: Node
  /** The root and its descendants of the same concept, in document order. */
  readonly nodes: ReadonlyArray<Node>
}

/** Concepts whose words are everywhere in a policy: a sentence speaking of them stays in its section. */
const BROAD: ReadonlySet<Concept> = new Set(["principles", "purposes", "securityMeasures", "operator", "dataCategories", "acquisitionChannels"])

const SECTION_ITEM_KINDS = new Set(["article", "decimal", "dotted", "dotted3", "kanji", "note"])

/** Whether an item reads as a section of its own (not an entry of a list). */
const headsSection = (n: Node): boolean =>
  n.type === "item" && n.parent?.type !== "para" && (SECTION_ITEM_KINDS.has(n.marker?.kind ?? "") || n.marker?.kind.startsWith("symbol") === true || n.parent?.type === "root" || n.parent?.type === "title")

/** The concept a text states in its first sentence (in any of its sentences, with `whole`). */
const statedBy = (text: string, whole = false): Concept | undefined => {
  const first = sentences(text)[0] ?? text
  return conceptOfSentence(first) ?? (first === text || !whole ? undefined : conceptOfSentence(text))
}

/** The concept a subtree speaks of most, by its sentences (for a heading that names none). */
const mostStated = (n: Node): Concept | undefined => {
  const counts = new Map<Concept, number>()
  for (const d of descendants(n)) {
    if (d.type !== "para" && d.type !== "item") continue
    const concept = statedBy(d.text)
    if (concept !== undefined) counts.set(concept, (counts.get(concept) ?? 0) + 1)
  }
  let best: Concept | undefined
  let bestCount = 0
  for (const rule of CONCEPT_RULES) {
    const count = counts.get(rule.concept) ?? 0
    if (count > bestCount) {
      best = rule.concept
      bestCount = count
    }
  }
  return best
}

const tableConcept = (n: Node): Concept | undefined => {
  const header = (n.table?.header ?? []).join(" ")
  if (/利用目的/u.test(header)) return "purposes"
  if (/保存期間|保管期間/u.test(header)) return "retention"
  if (/取得方法|取得の方法/u.test(header)) return "acquisitionChannels"
  if (/委託先/u.test(header)) return "outsourcing"
  if (/提供先/u.test(header)) return "thirdPartyProvision"
  return undefined
}

/** Words of a commitment in a basic policy. */
const COMMITMENT = /遵守|継続的|マネジメントシステム|教育|研修|責任者を(?:選任|任命)|宣言/u

/** A top-level run of sentence items most of which are commitments: the basic policy (基本方針). */
const isCommitmentList = (items: ReadonlyArray<Node>): boolean =>
  items.length >= 3 && items.filter((item) => COMMITMENT.test(item.text)).length * 5 >= items.length * 2

/**
 * The concept of every node (undefined where none is named or stated).
 *
 * @since 0.3.0
 */
export const classify = (root: Node): ReadonlyMap<Node, Concept | undefined> => {
  const concepts = new Map<Node, Concept | undefined>()
  const visit = (n: Node, inherited: Concept | undefined): void => {
    let concept: Concept | undefined
    if (n.type === "title" || n.type === "root") concept = undefined
    else if (isHeading(n)) concept = conceptOfTitle(n.text) ?? inherited ?? mostStated(n)
    else if (n.type === "table") concept = tableConcept(n) ?? inherited
    else if (n.type === "para" || headsSection(n)) {
      // 「利用目的：…」 inside a section is one of that section's fields, not a section of its own.
      const field = inherited !== undefined && /^[^:：。]{2,30}[:：]/u.test(n.text)
      const own = field ? undefined : (statedBy(n.text, inherited === undefined) ?? (n.type === "item" && n.children.length > 0 && n.text.length <= 40 && !n.text.includes("。") ? conceptOfTitle(n.text) : undefined))
      // Broad concepts (a commitment, a purpose, a security measure …) do not take a sentence out of the section it stands in.
      concept = (own !== undefined && (inherited === undefined || !BROAD.has(own)) ? own : undefined) ?? inherited ?? (n.type === "item" ? mostStated(n) : undefined)
    } else concept = inherited ?? statedBy(n.text)
    concepts.set(n, concept)
    // A run of top-level sentence items that are commitments is the basic policy.
    const items = n.children.filter((c) => c.type === "item" && !isHeading(c))
    const commitments = (n.type === "title" || n.type === "root") && isCommitmentList(items)
    for (const child of n.children) visit(child, commitments && items.includes(child) ? "principles" : concept)
    if (commitments) for (const item of items) concepts.set(item, "principles")
  }
  visit(root, undefined)
  return concepts
}

/**
 * The regions of a classified tree, in document order: a node whose concept
 * differs from its parent's starts one.
 *
 * @since 0.3.0
 */
export const regions = (root: Node, concepts: ReadonlyMap<Node, Concept | undefined>): ReadonlyArray<Region> => {
  const out: Array<Region> = []
  const collect = (n: Node, concept: Concept, into: Array<Node>): void => {
    into.push(n)
    for (const child of n.children) if (concepts.get(child) === concept) collect(child, concept, into)
  }
  const walk = (n: Node, parentConcept: Concept | undefined): void => {
    const concept = concepts.get(n)
    if (concept !== undefined && concept !== parentConcept) {
      const nodes: Array<Node> = []
      collect(n, concept, nodes)
      out.push({ concept, root: n, nodes })
    }
    for (const child of n.children) walk(child, concept)
  }
  walk(root, undefined)
  return out
}
