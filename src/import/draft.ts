/**
 * The draft being built, and where each of its values came from: every value
 * is placed with the source lines it was read from and a confidence, and
 * every source line placed is remembered, so that what is left over can go
 * to `additionalClauses` and nothing is dropped.
 *
 * @since 0.3.0
 */
import type { Part } from "./parse.ts"
import type { Concept } from "./rules.ts"

/** How sure the importer is of a value. @since 0.3.0 */
export type Confidence = "high" | "medium" | "low"

/** A JSON path into the draft. @since 0.3.0 */
export type DraftPath = ReadonlyArray<string | number>

/** One value of the draft and its origin. @since 0.3.0 */
export interface Placement {
  readonly concept: Concept | "title" | "preamble" | "additional" | "document"
  readonly path: DraftPath
  readonly lines: ReadonlyArray<number>
  readonly confidence: Confidence
  /** Set when the value was not found and a placeholder stands in its place. */
  readonly missing?: true
}

/** A text of the model (`{ ja }`). @since 0.3.0 */
export interface Text {
  readonly ja: string
  readonly en?: string
}

/** The draft under construction: a plain JSON object, its placements and the lines used. @since 0.3.0 */
export class Draft {
  readonly doc: Record<string, unknown> = {}
  readonly placements: Array<Placement> = []
  readonly placed = new Set<number>()
  private readonly ids = new Map<string, Set<string>>()
  private readonly next = new Map<string, number>()

  /** Records where a value came from and marks its lines as placed. */
  place(concept: Placement["concept"], path: DraftPath, lines: ReadonlyArray<number | Part>, confidence: Confidence): void {
    const numbers = [...new Set(lines.map((line) => (typeof line === "number" ? line : line.n)))].sort((a, b) => a - b)
    numbers.forEach((n) => this.placed.add(n))
    this.placements.push({ concept, path, lines: numbers, confidence })
  }

  /** Records where a value came from without taking its lines (another section keeps them). */
  cite(concept: Placement["concept"], path: DraftPath, lines: ReadonlyArray<number | Part>, confidence: Confidence): void {
    const numbers = [...new Set(lines.map((line) => (typeof line === "number" ? line : line.n)))].sort((a, b) => a - b)
    this.placements.push({ concept, path, lines: numbers, confidence })
  }

  /** Records a required value that the policy does not give (a placeholder stands in). */
  missing(concept: Placement["concept"], path: DraftPath): void {
    this.placements.push({ concept, path, lines: [], confidence: "low", missing: true })
  }

  /** Marks lines as placed without a value of their own (the heading of a section whose concept is placed). */
  consume(lines: ReadonlyArray<number | Part>): void {
    for (const line of lines) this.placed.add(typeof line === "number" ? line : line.n)
  }

  isPlaced(line: number | Part): boolean {
    return this.placed.has(typeof line === "number" ? line : line.n)
  }

  /** A kebab-case id unique within `kind`: `base`, then `base-2`, `base-3` … */
  id(kind: string, base: string): string {
    const taken = this.ids.get(kind) ?? new Set<string>()
    this.ids.set(kind, taken)
    const clean = base.toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-+|-+$/gu, "").slice(0, 56) || kind
    let id = clean
    let k = this.next.get(`${kind}/${clean}`) ?? 2
    while (taken.has(id)) id = `${clean}-${k++}`
    this.next.set(`${kind}/${clean}`, k)
    taken.add(id)
    return id
  }

  /** The object at `key` of the document, made when missing. */
  section<T extends Record<string, unknown>>(key: string, make: () => T): T {
    const existing = this.doc[key]
    if (existing !== undefined) return existing as T
    const made = make()
    this.doc[key] = made
    return made
  }

  /** The array at `key` of the document, made when missing. */
  list<T>(key: string): Array<T> {
    const existing = this.doc[key]
    if (Array.isArray(existing)) return existing as Array<T>
    const made: Array<T> = []
    this.doc[key] = made
    return made
  }
}
