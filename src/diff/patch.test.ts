import { JsonPatch } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { applyPatch } from "./applyPatch.ts"
import { canonical, type Json } from "./Json.ts"
import { jsonPatch } from "./patch.ts"

/** Applies the patch of (before, after) to before; the result as canonical JSON (arrays ordered, members not). */
const roundTrip = (before: Json, after: Json): string => {
  const result = applyPatch(before, jsonPatch(before, after))
  if (!result.ok) throw result.error
  return canonical(result.value)
}

const entries = fc.uniqueArray(fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), v: fc.integer({ min: 0, max: 2 }), tags: fc.array(fc.constantFrom("x", "y", "z"), { maxLength: 3 }) }), {
  selector: (entry) => entry.id,
  maxLength: 8
})

describe("jsonPatch", () => {
  it("turns any JSON value into any other", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (before, after) => roundTrip(before as Json, after as Json) === canonical(after as Json)), { numRuns: 300 })
  })

  it("reproduces keyed lists exactly: entries added, removed, changed and moved", () => {
    fc.assert(
      fc.property(entries, entries, fc.array(fc.string({ maxLength: 2 }), { maxLength: 5 }), fc.array(fc.string({ maxLength: 2 }), { maxLength: 5 }), (a, b, textA, textB) => {
        const before = { items: a, text: textA.map((ja) => ({ ja })) }
        const after = { items: b, text: textB.map((ja) => ({ ja })) }
        return roundTrip(before, after) === canonical(after)
      }),
      { numRuns: 500 }
    )
  })

  it("uses only add, remove and replace when nothing moves, so Effect's JsonPatch.apply reads it too", () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 2 }), (a, v) => {
        const b = a.filter((_, i) => i % 3 !== 1).map((entry, i) => (i % 2 === 0 ? { ...entry, v } : entry))
        const patch = jsonPatch({ items: a }, { items: [...b, { id: "new", v, tags: [] }] })
        expect(patch.every((op) => op.op !== "move")).toBe(true)
        const applied = JsonPatch.apply(patch as JsonPatch.JsonPatch, { items: a })
        return canonical(applied) === canonical({ items: [...b, { id: "new", v, tags: [] }] })
      })
    )
  })

  it("moves one entry with one operation", () => {
    const list = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}` }))
    expect(jsonPatch({ items: list }, { items: [...list.slice(1), list[0]!] })).toEqual([{ op: "move", from: "/items/0", path: "/items/9" }])
    expect(jsonPatch({ items: list }, { items: [list[9]!, ...list.slice(0, 9)] })).toEqual([{ op: "move", from: "/items/9", path: "/items/0" }])
  })

  it("patches a changed entry field by field at its new position", () => {
    const before = { items: [{ id: "a", amount: 1 }, { id: "b", amount: 1 }] }
    const after = { items: [{ id: "b", amount: 2 }, { id: "a", amount: 1 }] }
    const patch = jsonPatch(before, after)
    expect(patch).toContainEqual({ op: "replace", path: "/items/0/amount", value: 2 })
    expect(roundTrip(before, after)).toBe(canonical(after))
  })

  it("stays proportional to the change, not to the document", () => {
    const big = Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}`, text: { ja: `目的${i}` } }))
    const changed = big.map((entry, i) => (i % 100 === 0 ? { ...entry, text: { ja: `変更${i}` } } : entry))
    const patch = jsonPatch({ items: big }, { items: changed })
    expect(patch).toHaveLength(100)
    expect(patch[0]).toEqual({ op: "replace", path: "/items/0/text/ja", value: "変更0" })
  })

  it("is deterministic and empty for equal documents", () => {
    const before = { items: [{ id: "a" }, { id: "b" }], t: ["x"] }
    const after = { items: [{ id: "b" }, { id: "c" }], t: ["y"] }
    expect(jsonPatch(before, after)).toEqual(jsonPatch(structuredClone(before), structuredClone(after)))
    expect(jsonPatch(after, structuredClone(after))).toEqual([])
  })

  it("escapes member names as JSON Pointer tokens", () => {
    expect(jsonPatch({ "a/b": 1, "c~d": 1 }, { "a/b": 2, "c~d": 2 })).toEqual([
      { op: "replace", path: "/a~1b", value: 2 },
      { op: "replace", path: "/c~0d", value: 2 }
    ])
  })
})
