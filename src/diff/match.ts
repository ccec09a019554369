/**
 * Matching the elements of two versions of a list: by key for keyed lists, by
 * value otherwise. Elements left over on both sides between the same matched
 * neighbours are paired "in place" (a reworded paragraph is one changed
 * paragraph, not a removal and an addition). Linear in the size of the lists.
 *
 * @since 0.1.0
 */
import { canonical, type JsonArray, type JsonObject } from "./Json.ts"
import type { ArrayStrategy } from "./shape.ts"

/** An old element and the new element it became. `equal` when matched by value. @since 0.1.0 */
export interface Pair {
  readonly from: number
  readonly to: number
  readonly equal: boolean
}

/** @since 0.1.0 */
export interface Matching {
  /** `value` for a keyed list whose key repeats: matched by value instead. */
  readonly by: "key" | "value"
  /** Matched elements, in the new list's order. */
  readonly pairs: ReadonlyArray<Pair>
  /** Old indices with no counterpart, ascending. */
  readonly removed: ReadonlyArray<number>
  /** New indices with no counterpart, ascending. */
  readonly added: ReadonlyArray<number>
}

/** Matches by key; `undefined` when a key repeats on either side (the caller matches by value instead). */
const byKey = (before: JsonArray, after: JsonArray, key: string): Matching | undefined => {
  const oldIndex = new Map<string, number>()
  for (let i = 0; i < before.length; i++) {
    const value = (before[i] as JsonObject)[key] as string
    if (oldIndex.has(value)) return undefined
    oldIndex.set(value, i)
  }
  const used = new Uint8Array(before.length)
  const pairs: Array<Pair> = []
  const added: Array<number> = []
  const addedKeys = new Set<string>()
  for (let j = 0; j < after.length; j++) {
    const value = (after[j] as JsonObject)[key] as string
    const i = oldIndex.get(value)
    if (i === undefined) {
      if (addedKeys.has(value)) return undefined
      addedKeys.add(value)
      added.push(j)
    } else {
      if (used[i] === 1) return undefined
      used[i] = 1
      pairs.push({ from: i, to: j, equal: false })
    }
  }
  const removed: Array<number> = []
  used.forEach((flag, i) => flag === 0 && removed.push(i))
  return { by: "key", pairs, removed, added }
}

const byValue = (before: JsonArray, after: JsonArray): Matching => {
  // Each value's old positions, consumed first to last (lists may repeat a value).
  const positions = new Map<string, { readonly list: Array<number>; next: number }>()
  before.forEach((element, i) => {
    const text = canonical(element)
    const entry = positions.get(text)
    if (entry === undefined) positions.set(text, { list: [i], next: 0 })
    else entry.list.push(i)
  })
  const oldMatch = new Int32Array(before.length).fill(-1)
  const newMatch = new Int32Array(after.length).fill(-1)
  after.forEach((element, j) => {
    const entry = positions.get(canonical(element))
    if (entry !== undefined && entry.next < entry.list.length) {
      const i = entry.list[entry.next++]!
      oldMatch[i] = j
      newMatch[j] = i
    }
  })
  // Leftovers are paired when they sit after the same number of matched elements.
  const leftoverByGap = new Map<number, { readonly list: Array<number>; next: number }>()
  let gap = 0
  oldMatch.forEach((j, i) => {
    if (j >= 0) gap++
    else {
      const entry = leftoverByGap.get(gap)
      if (entry === undefined) leftoverByGap.set(gap, { list: [i], next: 0 })
      else entry.list.push(i)
    }
  })
  const pairs: Array<Pair> = []
  const added: Array<number> = []
  const paired = new Uint8Array(before.length)
  gap = 0
  newMatch.forEach((i, j) => {
    if (i >= 0) {
      gap++
      pairs.push({ from: i, to: j, equal: true })
      return
    }
    const candidates = leftoverByGap.get(gap)
    const from = candidates !== undefined && candidates.next < candidates.list.length ? candidates.list[candidates.next++] : undefined
    if (from === undefined) added.push(j)
    else {
      paired[from] = 1
      pairs.push({ from, to: j, equal: false })
    }
  })
  const removed: Array<number> = []
  oldMatch.forEach((j, i) => j < 0 && paired[i] === 0 && removed.push(i))
  return { by: "value", pairs, removed, added }
}

/**
 * Matches the elements of `before` and `after` under `strategy`. A keyed list
 * whose key repeats is matched by value: the diff never fails on odd input.
 *
 * @example
 * ```ts
 * matchLists([{ id: "a" }, { id: "b" }], [{ id: "b" }, { id: "c" }], { kind: "keyed", key: "id" })
 * // { by: "key", pairs: [{ from: 1, to: 0, equal: false }], removed: [0], added: [1] }
 * ```
 * @since 0.1.0
 */
export const matchLists = (before: JsonArray, after: JsonArray, strategy: ArrayStrategy): Matching =>
  (strategy.kind === "keyed" ? byKey(before, after, strategy.key) : undefined) ?? byValue(before, after)

/**
 * True when the matched elements keep their relative order.
 *
 * @since 0.1.0
 */
export const keepsOrder = (pairs: ReadonlyArray<Pair>): boolean => {
  for (let k = 1; k < pairs.length; k++) if (pairs[k]!.from < pairs[k - 1]!.from) return false
  return true
}
