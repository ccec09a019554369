import { describe, expect, it } from "vitest"
import { Effect } from "effect"
import { applyPatch, applyPatchEffect, JsonPatchError } from "./applyPatch.ts"
import type { Json } from "./Json.ts"

const apply = (document: Json, patch: ReadonlyArray<unknown>) => {
  const result = applyPatch(document, patch)
  return result.ok ? result.value : `error: ${result.error.message}`
}

describe("applyPatch (RFC 6902, appendix A)", () => {
  it.each([
    ["A.1 add an object member", { foo: "bar" }, [{ op: "add", path: "/baz", value: "qux" }], { baz: "qux", foo: "bar" }],
    ["A.2 add an array element", { foo: ["bar", "baz"] }, [{ op: "add", path: "/foo/1", value: "qux" }], { foo: ["bar", "qux", "baz"] }],
    ["A.3 remove an object member", { baz: "qux", foo: "bar" }, [{ op: "remove", path: "/baz" }], { foo: "bar" }],
    ["A.4 remove an array element", { foo: ["bar", "qux", "baz"] }, [{ op: "remove", path: "/foo/1" }], { foo: ["bar", "baz"] }],
    ["A.5 replace a value", { baz: "qux", foo: "bar" }, [{ op: "replace", path: "/baz", value: "boo" }], { baz: "boo", foo: "bar" }],
    [
      "A.6 move a value",
      { foo: { bar: "baz", waldo: "fred" }, qux: { corge: "grault" } },
      [{ op: "move", from: "/foo/waldo", path: "/qux/thud" }],
      { foo: { bar: "baz" }, qux: { corge: "grault", thud: "fred" } }
    ],
    ["A.7 move an array element", { foo: ["all", "grass", "cows", "eat"] }, [{ op: "move", from: "/foo/1", path: "/foo/3" }], { foo: ["all", "cows", "eat", "grass"] }],
    [
      "A.8 test a value",
      { baz: "qux", foo: ["a", 2, "c"] },
      [
        { op: "test", path: "/baz", value: "qux" },
        { op: "test", path: "/foo/1", value: 2 }
      ],
      { baz: "qux", foo: ["a", 2, "c"] }
    ],
    ["A.10 add a nested member", { foo: "bar" }, [{ op: "add", path: "/child", value: { grandchild: {} } }], { foo: "bar", child: { grandchild: {} } }],
    ["A.14 ~ escape ordering", { "/": 9, "~1": 10 }, [{ op: "test", path: "/~01", value: 10 }], { "/": 9, "~1": 10 }],
    ["A.16 add an array value", { foo: ["bar"] }, [{ op: "add", path: "/foo/-", value: ["abc", "def"] }], { foo: ["bar", ["abc", "def"]] }],
    ["copy", { a: { b: 1 } }, [{ op: "copy", from: "/a", path: "/c" }], { a: { b: 1 }, c: { b: 1 } }],
    ["replace the root", { a: 1 }, [{ op: "replace", path: "", value: [1] }], [1]]
  ] as const)("%s", (_, document, patch, expected) => {
    expect(apply(document as Json, patch)).toEqual(expected)
  })

  it.each([
    ["A.9 a failed test", { baz: "qux" }, [{ op: "test", path: "/baz", value: "bar" }], "error: operation 0: `/baz` does not hold the tested value"],
    ["A.12 add to a missing parent", { foo: "bar" }, [{ op: "add", path: "/baz/bat", value: "qux" }], "error: operation 0: `/baz/bat` does not exist"],
    ["an index past the end", { a: [1] }, [{ op: "add", path: "/a/2", value: 0 }], "error: operation 0: index 2 is out of bounds in `/a/2`"],
    ["a leading zero", { a: [1, 2] }, [{ op: "remove", path: "/a/01" }], "error: operation 0: `01` is not an array index in `/a/01`"],
    ["a missing member", { a: 1 }, [{ op: "replace", path: "/b", value: 0 }], "error: operation 0: `/b` does not exist"],
    ["a move into itself", { a: { b: 1 } }, [{ op: "move", from: "/a", path: "/a/b/c" }], "error: operation 0: cannot move `/a` into itself"],
    ["an unknown op", {}, [{ op: "merge", path: "" }], "error: operation 0: unknown op `merge`"],
    ["no value", {}, [{ op: "add", path: "/a" }], "error: operation 0: `add` needs a `value`"],
    ["not a pointer", {}, [{ op: "add", path: "a", value: 1 }], "error: operation 0: `a` is not a JSON Pointer"],
    ["not an object", {}, ["add"], "error: operation 0: an operation must be an object"],
    ["the second operation", { a: 1 }, [{ op: "remove", path: "/a" }, { op: "remove", path: "/a" }], "error: operation 1: `/a` does not exist"]
  ] as const)("reports %s without throwing", (_, document, patch, expected) => {
    expect(apply(document as Json, patch)).toBe(expected)
  })

  it("never mutates its input", () => {
    const document = { list: [{ a: 1 }], b: { c: 2 } }
    const before = structuredClone(document)
    apply(document, [
      { op: "replace", path: "/list/0/a", value: 9 },
      { op: "remove", path: "/b/c" }
    ])
    expect(document).toEqual(before)
  })

  it("keeps a `__proto__` member a member", () => {
    const result = apply({}, [{ op: "add", path: "/__proto__", value: { polluted: true } }])
    expect(Object.hasOwn(result as object, "__proto__")).toBe(true)
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined()
  })
})

describe("applyPatchEffect", () => {
  it("succeeds with the patched document or fails with a JsonPatchError", () => {
    expect(Effect.runSync(applyPatchEffect({ a: 1 }, [{ op: "replace", path: "/a", value: 2 }]))).toEqual({ a: 2 })
    const failure = Effect.runSync(Effect.flip(applyPatchEffect({ a: 1 }, [{ op: "remove", path: "/b" }])))
    expect(failure).toBeInstanceOf(JsonPatchError)
    expect(failure).toMatchObject({ _tag: "JsonPatchError", index: 0, reason: "`/b` does not exist" })
  })
})
