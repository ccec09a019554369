/**
 * Applies an RFC 6902 JSON Patch (all six operations) to a JSON document.
 * Effect's `JsonPatch.apply` has no `move`, which the diff's patches use for
 * reordered lists, hence this small applier. It copies the document once and
 * never mutates its input; it never throws: a malformed patch or one that
 * does not fit the document is an error naming the operation.
 *
 * @since 0.1.0
 */
import { Effect, JsonPointer, Schema } from "effect"
import { isJsonObject, type Json, jsonEqual } from "./Json.ts"

/** @since 0.1.0 */
export class JsonPatchError extends Schema.TaggedError<JsonPatchError>()("JsonPatchError", {
  /** Index of the failing operation in the patch. */
  index: Schema.Number,
  reason: Schema.String
}) {
  override get message(): string {
    return `operation ${this.index}: ${this.reason}`
  }
}

/** @since 0.1.0 */
export type PatchResult = { readonly ok: true; readonly value: Json } | { readonly ok: false; readonly error: JsonPatchError }

type Mutable = Array<unknown> | Record<string, unknown>

class Failure {
  constructor(readonly reason: string) {}
}

const fail = (reason: string): never => {
  throw new Failure(reason)
}

/** Own data properties only, so a `__proto__` key stays a key. */
const setMember = (object: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
}

const copy = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(copy)
  if (typeof value === "object" && value !== null) {
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(value)) setMember(result, key, copy((value as Record<string, unknown>)[key]))
    return result
  }
  return value
}

const tokens = (pointer: unknown, field: string): ReadonlyArray<string> => {
  if (typeof pointer !== "string") return fail(`\`${field}\` must be a JSON Pointer string`)
  if (pointer === "") return []
  if (!pointer.startsWith("/") || /~(?![01])/u.test(pointer)) return fail(`\`${pointer}\` is not a JSON Pointer`)
  return pointer.slice(1).split("/").map(JsonPointer.unescapeToken)
}

const arrayIndex = (token: string, length: number, pointer: string, forInsert: boolean): number => {
  if (forInsert && token === "-") return length
  if (!/^(?:0|[1-9][0-9]*)$/u.test(token)) return fail(`\`${token}\` is not an array index in \`${pointer}\``)
  const index = Number(token)
  if (index > (forInsert ? length : length - 1)) return fail(`index ${index} is out of bounds in \`${pointer}\``)
  return index
}

/** The container holding the pointer's last token. */
const parentOf = (root: unknown, path: ReadonlyArray<string>, pointer: string): Mutable => {
  let current = root
  for (const token of path.slice(0, -1)) {
    if (Array.isArray(current)) current = current[arrayIndex(token, current.length, pointer, false)]
    else if (typeof current === "object" && current !== null && Object.hasOwn(current, token)) current = (current as Record<string, unknown>)[token]
    else return fail(`\`${pointer}\` does not exist`)
  }
  if (typeof current !== "object" || current === null) return fail(`the parent of \`${pointer}\` is not an object or array`)
  return current as Mutable
}

class Document {
  constructor(public root: unknown) {}

  get(path: ReadonlyArray<string>, pointer: string): unknown {
    if (path.length === 0) return this.root
    const parent = parentOf(this.root, path, pointer)
    const last = path[path.length - 1]!
    if (Array.isArray(parent)) return parent[arrayIndex(last, parent.length, pointer, false)]
    if (!Object.hasOwn(parent, last)) return fail(`\`${pointer}\` does not exist`)
    return parent[last]
  }

  /** `add` inserts into an array or sets a member; `replace` overwrites what must already be there. */
  put(op: "add" | "replace", path: ReadonlyArray<string>, pointer: string, value: unknown): void {
    if (path.length === 0) {
      this.root = value
      return
    }
    const parent = parentOf(this.root, path, pointer)
    const last = path[path.length - 1]!
    if (Array.isArray(parent)) parent.splice(arrayIndex(last, parent.length, pointer, op === "add"), op === "add" ? 0 : 1, value)
    else if (op === "add" || Object.hasOwn(parent, last)) setMember(parent, last, value)
    else fail(`\`${pointer}\` does not exist`)
  }

  remove(path: ReadonlyArray<string>, pointer: string): unknown {
    if (path.length === 0) return fail("cannot remove the whole document")
    const parent = parentOf(this.root, path, pointer)
    const last = path[path.length - 1]!
    if (Array.isArray(parent)) return parent.splice(arrayIndex(last, parent.length, pointer, false), 1)[0]
    if (!Object.hasOwn(parent, last)) return fail(`\`${pointer}\` does not exist`)
    const value = parent[last]
    delete parent[last]
    return value
  }
}

const hasValue = (operation: Record<string, unknown>): boolean => Object.hasOwn(operation, "value")

const applyOne = (document: Document, operation: unknown): void => {
  if (!isJsonObject(operation as Json)) return fail("an operation must be an object")
  const op = operation as Record<string, unknown>
  const pointer = op["path"]
  const path = tokens(pointer, "path")
  const where = pointer as string
  switch (op["op"]) {
    case "add":
      if (!hasValue(op)) return fail("`add` needs a `value`")
      return document.put("add", path, where, copy(op["value"]))
    case "remove":
      document.remove(path, where)
      return
    case "replace":
      if (!hasValue(op)) return fail("`replace` needs a `value`")
      return document.put("replace", path, where, copy(op["value"]))
    case "move": {
      const from = tokens(op["from"], "from")
      const fromPointer = op["from"] as string
      if (from.length < path.length && from.every((token, i) => token === path[i])) return fail(`cannot move \`${fromPointer}\` into itself`)
      const value = document.remove(from, fromPointer)
      return document.put("add", path, where, value)
    }
    case "copy":
      return document.put("add", path, where, copy(document.get(tokens(op["from"], "from"), op["from"] as string)))
    case "test":
      if (!hasValue(op)) return fail("`test` needs a `value`")
      if (!jsonEqual(document.get(path, where) as Json, op["value"] as Json)) return fail(`\`${where}\` does not hold the tested value`)
      return
    default:
      return fail(`unknown op \`${String(op["op"])}\``)
  }
}

/**
 * Applies `patch` to `document` without mutating either.
 *
 * @example
 * ```ts
 * const result = applyPatch({ list: ["a", "b"] }, [{ op: "move", from: "/list/0", path: "/list/1" }])
 * if (result.ok) result.value // { list: ["b", "a"] }
 * ```
 * @since 0.1.0
 */
export const applyPatch = (document: Json, patch: ReadonlyArray<unknown>): PatchResult => {
  const target = new Document(copy(document))
  for (let index = 0; index < patch.length; index++) {
    try {
      applyOne(target, patch[index])
    } catch (cause) {
      if (cause instanceof Failure) return { ok: false, error: new JsonPatchError({ index, reason: cause.reason }) }
      throw cause
    }
  }
  return { ok: true, value: target.root as Json }
}

/**
 * `applyPatch` as an Effect that fails with `JsonPatchError`.
 *
 * @example
 * ```ts
 * const patched = yield* applyPatchEffect(document, patch)
 * ```
 * @since 0.1.0
 */
export const applyPatchEffect = Effect.fnUntraced(function* (document: Json, patch: ReadonlyArray<unknown>) {
  const result = applyPatch(document, patch)
  if (!result.ok) return yield* result.error
  return result.value
})
