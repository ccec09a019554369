import { describe, expect, it } from "vitest"
import { canonical, jsonEqual } from "./Json.ts"
import { matchLists } from "./match.ts"
import { arrayStrategy } from "./shape.ts"
import { structuralDiff } from "./structural.ts"

const kinds = (before: unknown, after: unknown) => structuralDiff(before as never, after as never).map((edit) => `${edit.kind} ${edit.shape} ${edit.keys.join("/")}`.trim())

describe("JSON helpers", () => {
  it("compare objects without regard to member order, arrays with it", () => {
    expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true)
    expect(jsonEqual([1, 2], [2, 1])).toBe(false)
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false)
    expect(jsonEqual([], {})).toBe(false)
    expect(canonical({ b: 1, a: [true, null, "x"] })).toBe('{"a":[true,null,"x"],"b":1}')
  })
})

describe("array strategies", () => {
  it("key lists of objects with unique ids, handling by kind, identity by requester", () => {
    expect(arrayStrategy("purposes.items", [{ id: "a" }], [{ id: "b" }])).toEqual({ kind: "keyed", key: "id" })
    expect(arrayStrategy("requests.handling", [{ kind: "disclosure" }], [])).toEqual({ kind: "keyed", key: "kind" })
    expect(arrayStrategy("requests.identity", [{ requester: "person" }], [])).toEqual({ kind: "keyed", key: "requester" })
  })

  it("fall back to value matching when a key is missing or repeated", () => {
    expect(arrayStrategy("purposes.items", [{ id: "a" }, { text: "x" }], [])).toEqual({ kind: "set" })
    expect(matchLists([{ id: "a" }, { id: "a" }], [], { kind: "keyed", key: "id" }).by).toBe("value")
    expect(matchLists([{ id: "a" }], [{ id: "a" }, { id: "a" }], { kind: "keyed", key: "id" }).by).toBe("value")
    expect(matchLists([], [{ id: "b" }, { id: "b" }], { kind: "keyed", key: "id" }).by).toBe("value")
  })

  it("treat prose and procedures as ordered, everything else as sets", () => {
    expect(arrayStrategy("thirdPartyProvision.text", [], [{ ja: "x" }])).toEqual({ kind: "sequence" })
    expect(arrayStrategy("requests.procedure", [], [{ title: { ja: "x" } }])).toEqual({ kind: "sequence" })
    expect(arrayStrategy("sectionIntros.fees", [], [{ ja: "x" }])).toEqual({ kind: "sequence" })
    expect(arrayStrategy("thirdPartyProvision.otherGrounds.*.items", [], [{ ja: "x" }])).toEqual({ kind: "sequence" })
    expect(arrayStrategy("jointUses.*.items", [], [{ ja: "x" }])).toEqual({ kind: "set" })
    expect(arrayStrategy("purposes.items.*.tags", ["a"], ["b"])).toEqual({ kind: "set" })
  })
})

describe("matching", () => {
  it("pairs by key wherever the entries moved", () => {
    expect(matchLists([{ id: "a" }, { id: "b" }], [{ id: "b" }, { id: "c" }], { kind: "keyed", key: "id" })).toEqual({
      by: "key",
      pairs: [{ from: 1, to: 0, equal: false }],
      removed: [0],
      added: [1]
    })
  })

  it("pairs a reworded element in place, between the same unchanged neighbours", () => {
    const m = matchLists(["a", "b", "c"], ["a", "B", "c"], { kind: "sequence" })
    expect(m.pairs).toContainEqual({ from: 1, to: 1, equal: false })
    expect([m.removed, m.added]).toEqual([[], []])
  })

  it("does not pair a removal at the front with an addition at the end", () => {
    const m = matchLists(["x", "a", "b"], ["a", "b", "y"], { kind: "set" })
    expect([m.removed, m.added]).toEqual([[0], [2]])
  })

  it("matches repeated values one to one", () => {
    const m = matchLists(["a", "a", "b"], ["a", "b"], { kind: "set" })
    expect(m.removed).toEqual([1])
  })
})

describe("structural diff", () => {
  const items = [
    { id: "a", text: { ja: "A" } },
    { id: "b", text: { ja: "B" } }
  ]

  it("matches entries by id, never by position", () => {
    const after = { purposes: { items: [{ id: "z", text: { ja: "Z" } }, ...items] } }
    expect(kinds({ purposes: { items } }, after)).toEqual(["added purposes.items.* z"])
  })

  it("reports nothing when a keyed list or a set is only reordered", () => {
    expect(structuralDiff({ purposes: { items } }, { purposes: { items: [...items].reverse() } })).toEqual([])
    expect(structuralDiff({ tags: ["x", "y"], users: [{ ja: "1" }, { ja: "2" }] }, { tags: ["y", "x"], users: [{ ja: "2" }, { ja: "1" }] })).toEqual([])
  })

  it("reports a reordered sequence", () => {
    expect(kinds({ text: [{ ja: "1" }, { ja: "2" }] }, { text: [{ ja: "2" }, { ja: "1" }] })).toEqual(["reordered text"])
  })

  it("compares a { ja, en } text whole, with field-level before and after", () => {
    const [edit] = structuralDiff({ purposes: { items } }, { purposes: { items: [items[0]!, { id: "b", text: { ja: "B", en: "B" } }] } })
    expect(edit).toEqual({ kind: "changed", shape: "purposes.items.*.text", keys: ["b"], path: ["purposes", "items", 1, "text"], before: { ja: "B" }, after: { ja: "B", en: "B" } })
  })

  it("reports a reworded paragraph as one change, not a removal and an addition", () => {
    expect(kinds({ preamble: [{ ja: "1" }, { ja: "2" }, { ja: "3" }] }, { preamble: [{ ja: "1" }, { ja: "二" }, { ja: "3" }] })).toEqual(["changed preamble.#"])
  })

  it("compares lists of scalars as one field", () => {
    const [edit] = structuralDiff({ kinds: ["disclosure"] }, { kinds: ["disclosure", "correction"] })
    expect(edit).toMatchObject({ kind: "changed", shape: "kinds", before: ["disclosure"], after: ["disclosure", "correction"] })
  })

  it("reports the entries and fields of a new top-level section one by one, and a new nested object whole", () => {
    const after = { thirdPartyProvision: { consentRequired: true, exceptions: [{ id: "laws-and-regulations" }], optOut: { categories: "all", stopOnRequest: true } } }
    expect(kinds({}, after)).toEqual(["added thirdPartyProvision.consentRequired", "added thirdPartyProvision.exceptions.* laws-and-regulations", "added thirdPartyProvision.optOut"])
    expect(kinds(after, {})).toEqual(["removed thirdPartyProvision.consentRequired", "removed thirdPartyProvision.exceptions.* laws-and-regulations", "removed thirdPartyProvision.optOut"])
  })

  it("gives removals a path in the old document and other edits one in the new", () => {
    const before = { fees: [{ id: "x", amount: 1 }, { id: "f", amount: 1, kinds: ["a"] }] }
    const after = { fees: [{ id: "f", amount: 2 }] }
    const edits = structuralDiff(before, after)
    expect(edits.map((edit) => [edit.kind, edit.path])).toEqual([
      ["changed", ["fees", 0, "amount"]],
      ["removed", ["fees", 1, "kinds"]],
      ["removed", ["fees", 0]]
    ])
  })

  it("keys requests.handling by kind", () => {
    const before = { requests: { handling: [{ kind: "disclosure", grounds: [] }, { kind: "correction" }] } }
    const after = { requests: { handling: [{ kind: "correction" }, { kind: "disclosure", grounds: [{ ja: "g" }] }] } }
    expect(kinds(before, after)).toEqual(["added requests.handling.*.grounds.# disclosure"])
  })

  it("marks an entry whose id alone changed as a likely rename", () => {
    const after = { purposes: { items: [items[0]!, { id: "b2", text: { ja: "B" } }] } }
    const edits = structuralDiff({ purposes: { items } }, after)
    expect(edits).toEqual([
      expect.objectContaining({ kind: "added", keys: ["b2"], renamedFrom: "b" }),
      expect.objectContaining({ kind: "removed", keys: ["b"], renamedTo: "b2" })
    ])
  })

  it("diffs lists with repeated ids by value instead of failing", () => {
    expect(kinds({ list: [{ id: "a", v: 1 }, { id: "a", v: 2 }] }, { list: [{ id: "a", v: 2 }] })).toEqual(["removed list.#"])
  })

  it("finds nothing between equal documents", () => {
    const doc = { purposes: { items }, tags: ["x"], n: 1, nested: { deep: [{ a: [1, { b: null }] }] } }
    expect(structuralDiff(doc, structuredClone(doc))).toEqual([])
  })
})
