/**
 * The keyed structural diff: walks two JSON documents together and lists what
 * was added, removed or changed, matching list entries by key (never by
 * position; see `shape.ts` for which lists are keyed, sets or sequences).
 * Generic over JSON; nothing here knows the law. Linear in the documents' size.
 *
 * @since 0.1.0
 */
import { canonical, isJsonObject, isScalar, type Json, type JsonArray, type JsonObject, jsonEqual } from "./Json.ts"
import { keepsOrder, type Matching, matchLists, type Pair } from "./match.ts"
import { arrayStrategy } from "./shape.ts"

/**
 * `reordered`: the elements of an ordered list (a sequence) moved. Reordering
 * a keyed list or a set is no change and yields no edit.
 *
 * @since 0.1.0
 */
export type EditKind = "added" | "removed" | "changed" | "reordered"

/**
 * One difference, at the smallest unit the model gives meaning to: an entry of
 * a keyed list, an element of a list of objects, a field. Objects whose values
 * are all scalars (a `{ ja, en }` text, an address) and lists of scalars (tags,
 * category references) are compared whole and reported as one field.
 *
 * @since 0.1.0
 */
export interface Edit {
  readonly kind: EditKind
  /** Where, as a dotted shape: `purposes.items.*.text`, `jointUses.*.items.#`. */
  readonly shape: string
  /** The entry keys of the shape's `*` segments, outermost first. */
  readonly keys: ReadonlyArray<string>
  /** JSON path in the new document; in the old one for a removal. */
  readonly path: ReadonlyArray<string | number>
  readonly before?: Json
  readonly after?: Json
  /** On an added entry: the key of a removed entry with the same content (an id renamed). */
  readonly renamedFrom?: string
  /** On a removed entry: the key of the added entry that looks like it renamed. */
  readonly renamedTo?: string
}

const isAtomic = (object: JsonObject): boolean => {
  for (const key in object) if (Object.hasOwn(object, key) && !isScalar(object[key])) return false
  return true
}

const sameMultiset = (a: JsonArray, b: JsonArray): boolean => {
  if (a.length !== b.length) return false
  const left = a.map((value) => JSON.stringify(value)).sort()
  const right = b.map((value) => JSON.stringify(value)).sort()
  return left.every((value, i) => value === right[i])
}

/** What an entry is about, apart from its key: its content, or failing that its name or text. */
const signatures = (entry: Json, key: string): ReadonlyArray<string> => {
  if (!isJsonObject(entry)) return []
  const { [key]: _key, ...rest } = entry
  const title = entry["text"] ?? entry["name"] ?? entry["title"]
  return title === undefined ? [canonical(rest)] : [canonical(rest), `title:${canonical(title)}`]
}

/** Pairs removed and added entries that look like one entry whose key was renamed. */
const renames = (before: JsonArray, after: JsonArray, removed: ReadonlyArray<number>, added: ReadonlyArray<number>, key: string) => {
  const from = new Map<number, string>()
  const to = new Map<number, string>()
  if (removed.length === 0 || added.length === 0) return { from, to }
  const bySignature = new Map<string, number>()
  for (const i of removed) for (const signature of signatures(before[i]!, key)) if (!bySignature.has(signature)) bySignature.set(signature, i)
  for (const j of added) {
    const i = signatures(after[j]!, key)
      .map((signature) => bySignature.get(signature))
      .find((candidate) => candidate !== undefined && !to.has(candidate))
    if (i !== undefined) {
      from.set(j, (before[i] as JsonObject)[key] as string)
      to.set(i, (after[j] as JsonObject)[key] as string)
    }
  }
  return { from, to }
}

class Walker {
  readonly edits: Array<Edit> = []
  private readonly shape: Array<string> = []
  private readonly keys: Array<string> = []
  private readonly oldPath: Array<string | number> = []
  private readonly newPath: Array<string | number> = []

  private enter(shape: string, oldSegment: string | number, newSegment: string | number, key?: string): void {
    this.shape.push(shape)
    this.oldPath.push(oldSegment)
    this.newPath.push(newSegment)
    if (key !== undefined) this.keys.push(key)
  }

  private leave(key?: string): void {
    this.shape.pop()
    this.oldPath.pop()
    this.newPath.pop()
    if (key !== undefined) this.keys.pop()
  }

  private emit(kind: EditKind, before: Json | undefined, after: Json | undefined, extra?: { renamedFrom?: string; renamedTo?: string }): void {
    this.edits.push({
      kind,
      shape: this.shape.join("."),
      keys: [...this.keys],
      path: kind === "removed" ? [...this.oldPath] : [...this.newPath],
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
      ...extra
    })
  }

  value(before: Json, after: Json): void {
    // Most of a revision is unchanged: an equality check stops at the first difference and is far cheaper than a walk.
    if (jsonEqual(before, after)) return
    if (Array.isArray(before) && Array.isArray(after)) return this.list(before, after)
    if (isJsonObject(before) && isJsonObject(after) && !(isAtomic(before) && isAtomic(after))) return this.object(before, after)
    this.emit("changed", before, after)
  }

  object(before: JsonObject, after: JsonObject): void {
    for (const key of Object.keys(after)) {
      this.enter(key, key, key)
      if (Object.hasOwn(before, key)) this.value(before[key]!, after[key]!)
      else this.oneSided(after[key]!, "added")
      this.leave()
    }
    for (const key of Object.keys(before)) {
      if (Object.hasOwn(after, key)) continue
      this.enter(key, key, key)
      this.oneSided(before[key]!, "removed")
      this.leave()
    }
  }

  /**
   * A key on one side only. A keyed list is compared with an empty one, and a
   * top-level section (not a `{ ja, en }` text) with an empty object, so their
   * entries and fields are reported one by one; anything else is one edit.
   */
  private oneSided(value: Json, kind: "added" | "removed"): void {
    if (Array.isArray(value)) {
      const strategy = arrayStrategy(this.shape.join("."), value, [])
      if (strategy.kind === "keyed" && matchLists(value, [], strategy).by === "key") return kind === "added" ? this.list([], value) : this.list(value, [])
    }
    if (isJsonObject(value) && this.shape.length === 1 && !Object.hasOwn(value, "ja")) {
      return kind === "added" ? this.object({}, value) : this.object(value, {})
    }
    if (kind === "added") this.emit(kind, undefined, value)
    else this.emit(kind, value, undefined)
  }

  private list(before: JsonArray, after: JsonArray): void {
    const strategy = arrayStrategy(this.shape.join("."), before, after)
    if (strategy.kind === "keyed") {
      const matching = matchLists(before, after, strategy)
      if (matching.by === "key") return this.keyed(before, after, strategy.key, matching)
    }
    if (before.every(isScalar) && after.every(isScalar)) {
      const same = strategy.kind === "sequence" ? jsonEqual(before, after) : sameMultiset(before, after)
      if (!same) this.emit("changed", before, after)
      return
    }
    const { pairs, removed, added } = matchLists(before, after, strategy.kind === "sequence" ? strategy : { kind: "set" })
    if (strategy.kind === "sequence" && !keepsOrder(pairs)) this.emit("reordered", before, after)
    inNewOrder(pairs, added, (j, pair) => {
      this.enter("#", pair?.from ?? -1, j)
      if (pair === undefined) this.emit("added", undefined, after[j]!)
      else if (!pair.equal) this.emit("changed", before[pair.from]!, after[j]!)
      this.leave()
    })
    for (const i of removed) {
      this.enter("#", i, -1)
      this.emit("removed", before[i]!, undefined)
      this.leave()
    }
  }

  private keyed(before: JsonArray, after: JsonArray, key: string, { pairs, removed, added }: Matching): void {
    const renamed = renames(before, after, removed, added, key)
    const keyOf = (entry: Json): string => (entry as JsonObject)[key] as string
    inNewOrder(pairs, added, (j, pair) => {
      const entryKey = keyOf(after[j]!)
      this.enter("*", pair?.from ?? -1, j, entryKey)
      if (pair !== undefined) this.value(before[pair.from]!, after[j]!)
      else {
        const from = renamed.from.get(j)
        this.emit("added", undefined, after[j]!, from === undefined ? undefined : { renamedFrom: from })
      }
      this.leave(entryKey)
    })
    for (const i of removed) {
      const entryKey = keyOf(before[i]!)
      const to = renamed.to.get(i)
      this.enter("*", i, -1, entryKey)
      this.emit("removed", before[i]!, undefined, to === undefined ? undefined : { renamedTo: to })
      this.leave(entryKey)
    }
  }
}

/** Visits the new list's positions in order, each with its pair or, for an added element, none. */
const inNewOrder = (pairs: ReadonlyArray<Pair>, added: ReadonlyArray<number>, visit: (j: number, pair: Pair | undefined) => void): void => {
  let p = 0
  let a = 0
  while (p < pairs.length || a < added.length) {
    const pair = pairs[p]
    const next = added[a]
    if (pair !== undefined && (next === undefined || pair.to < next)) {
      visit(pair.to, pair)
      p++
    } else {
      visit(next!, undefined)
      a++
    }
  }
}

/**
 * Every difference between two JSON documents, in the new document's order
 * (removals after the entries of the same list).
 *
 * @example
 * ```ts
 * structuralDiff({ fees: [{ id: "f", amount: 1000 }] }, { fees: [{ id: "f", amount: 1100 }] })
 * // [{ kind: "changed", shape: "fees.*.amount", keys: ["f"], path: ["fees", 0, "amount"], before: 1000, after: 1100 }]
 * ```
 * @since 0.1.0
 */
export const structuralDiff = (before: Json, after: Json): ReadonlyArray<Edit> => {
  const walker = new Walker()
  walker.value(before, after)
  return walker.edits
}
