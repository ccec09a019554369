/**
 * An RFC 6902 JSON Patch from one document to another, built on the same
 * matching as the structural diff: keyed entries keep their identity, so a
 * changed purpose is patched field by field wherever it moved.
 *
 * Order: array order is reproduced exactly. When a keyed list is only
 * reordered the ChangeSet reports nothing, but the patch still carries the
 * `move` operations that produce the new order; the longest run of entries
 * already in order stays put and only the others move. Object member order is
 * not significant in JSON (RFC 8259 §4) and patch operations cannot express it:
 * applying the patch yields a document equal to the new one as JSON, with
 * added members last in their object.
 *
 * @since 0.1.0
 */
import { JsonPointer } from "effect"
import { isJsonObject, type Json, type JsonArray, type JsonObject, jsonEqual } from "./Json.ts"
import { keepsOrder, matchLists, type Pair } from "./match.ts"
import { arrayStrategy } from "./shape.ts"

/**
 * One operation of RFC 6902. `add`, `remove` and `replace` are also Effect's
 * `JsonPatch.JsonPatchOperation`.
 *
 * @since 0.1.0
 */
export type JsonPatchOperation =
  | { readonly op: "add"; readonly path: string; readonly value: Json }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "replace"; readonly path: string; readonly value: Json }
  | { readonly op: "move"; readonly from: string; readonly path: string }
  | { readonly op: "copy"; readonly from: string; readonly path: string }
  | { readonly op: "test"; readonly path: string; readonly value: Json }

/** @since 0.1.0 */
export type JsonPatch = ReadonlyArray<JsonPatchOperation>

/** A Fenwick tree of 0/1 flags: how many are set in a range, in O(log n). */
class Counts {
  private readonly tree: Int32Array
  constructor(readonly size: number) {
    this.tree = new Int32Array(size + 1)
  }
  add(index: number, delta: number): void {
    for (let i = index + 1; i <= this.size; i += i & -i) this.tree[i]! += delta
  }
  /** Sum of flags at positions below `index`. */
  below(index: number): number {
    let sum = 0
    for (let i = index; i > 0; i -= i & -i) sum += this.tree[i]!
    return sum
  }
}

/** Positions (into `values`) of a longest strictly increasing subsequence. */
const longestIncreasing = (values: ReadonlyArray<number>): ReadonlySet<number> => {
  const tails: Array<number> = [] // tails[k]: index of the smallest tail of a run of length k + 1
  const previous = new Int32Array(values.length).fill(-1)
  values.forEach((value, i) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (values[tails[middle]!]! < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[i] = tails[low - 1]!
    tails[low] = i
  })
  const kept = new Set<number>()
  for (let i = tails.length === 0 ? -1 : tails[tails.length - 1]!; i >= 0; i = previous[i]!) kept.add(i)
  return kept
}

class PatchBuilder {
  readonly ops: Array<JsonPatchOperation> = []

  value(before: Json, after: Json, pointer: string, shape: string): void {
    if (jsonEqual(before, after)) return
    if (Array.isArray(before) && Array.isArray(after)) return this.list(before, after, pointer, shape)
    if (isJsonObject(before) && isJsonObject(after)) return this.object(before, after, pointer, shape)
    this.ops.push({ op: "replace", path: pointer, value: after })
  }

  private object(before: JsonObject, after: JsonObject, pointer: string, shape: string): void {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) this.ops.push({ op: "remove", path: `${pointer}/${JsonPointer.escapeToken(key)}` })
    }
    for (const key of Object.keys(after)) {
      const path = `${pointer}/${JsonPointer.escapeToken(key)}`
      if (Object.hasOwn(before, key)) this.value(before[key]!, after[key]!, path, shape === "" ? key : `${shape}.${key}`)
      else this.ops.push({ op: "add", path, value: after[key]! })
    }
  }

  /**
   * Removals (highest index first), then the moves and additions that build
   * the new order left to right, then the changes inside matched elements at
   * their final positions.
   */
  private list(before: JsonArray, after: JsonArray, pointer: string, shape: string): void {
    const strategy = arrayStrategy(shape, before, after)
    const { by, pairs, removed, added } = matchLists(before, after, strategy)
    for (let k = removed.length - 1; k >= 0; k--) this.ops.push({ op: "remove", path: `${pointer}/${removed[k]}` })
    if (keepsOrder(pairs)) {
      for (const j of added) this.ops.push({ op: "add", path: `${pointer}/${j}`, value: after[j]! })
    } else this.reorder(pairs, added, after, pointer)
    const element = `${shape}.${by === "key" ? "*" : "#"}`
    for (const pair of pairs) if (!pair.equal) this.value(before[pair.from]!, after[pair.to]!, `${pointer}/${pair.to}`, element)
  }

  /**
   * After the removals the survivors sit in old order. Those on a longest run
   * already in new order stay; the others first move to the end (last
   * survivor first), then every position of the new list is filled left to
   * right: a stayer is already there, an addition is inserted, a mover is
   * fetched from the tail (its index counted with a Fenwick tree).
   */
  private reorder(pairs: ReadonlyArray<Pair>, added: ReadonlyArray<number>, after: JsonArray, pointer: string): void {
    const survivors = [...pairs].sort((a, b) => a.from - b.from) // index = position after the removals
    const stays = longestIncreasing(survivors.map((pair) => pair.to))
    const slotOf = new Map<number, number>() // new index → survivor position, for movers
    const tail = new Counts(survivors.length) // movers not yet placed, by survivor position
    const last = survivors.length - 1
    for (let s = last; s >= 0; s--) {
      if (stays.has(s)) continue
      if (s !== last) this.ops.push({ op: "move", from: `${pointer}/${s}`, path: `${pointer}/${last}` })
      slotOf.set(survivors[s]!.to, s)
      tail.add(s, 1)
    }
    let staying = stays.size
    const isAdded = new Set(added)
    for (let j = 0; j < after.length; j++) {
      if (isAdded.has(j)) {
        this.ops.push({ op: "add", path: `${pointer}/${j}`, value: after[j]! })
        continue
      }
      const s = slotOf.get(j)
      if (s === undefined) {
        staying--
        continue
      }
      // The tail holds unplaced movers, highest survivor position first.
      const index = j + staying + (tail.below(survivors.length) - tail.below(s + 1))
      if (index !== j) this.ops.push({ op: "move", from: `${pointer}/${index}`, path: `${pointer}/${j}` })
      tail.add(s, -1)
    }
  }
}

/**
 * The RFC 6902 patch that turns `before` into `after`: applying it to
 * `before` gives a document equal to `after` (array order included).
 * Deterministic; linear in the documents' size for a fixed number of moves.
 *
 * @example
 * ```ts
 * jsonPatch({ fees: [{ id: "f", amount: 1000 }] }, { fees: [{ id: "f", amount: 1100 }] })
 * // [{ op: "replace", path: "/fees/0/amount", value: 1100 }]
 * ```
 * @since 0.1.0
 */
export const jsonPatch = (before: Json, after: Json): JsonPatch => {
  const builder = new PatchBuilder()
  builder.value(before, after, "", "")
  return builder.ops
}
