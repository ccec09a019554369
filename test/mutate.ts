/**
 * Test support for the differential test of the JSON Schema: turns a valid
 * policy document into a near-miss by a few small, described edits (delete a
 * key, add an unknown key, change a type, break a pattern, empty a list, step
 * over a bound, …). The edits are data, chosen by fast-check, so a failing
 * case shrinks and replays from its seed.
 *
 * Values are JSON values as a YAML or JSON parser produces them (plus NaN and
 * ±Infinity, which YAML's `.nan` and `.inf` produce).
 *
 * @since 0.1.0
 */
import fc from "fast-check"

/** A JSON value as parsed from YAML or JSON. @since 0.1.0 */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

type Path = ReadonlyArray<string | number>

/** One edit, chosen by numbers so that fast-check can shrink it. @since 0.1.0 */
export interface Step {
  /** Which kind of node to edit: any, or a string, number, boolean, array or object when the document has one. */
  readonly focus: number
  /** Which node of that kind (modulo their count). */
  readonly node: number
  /** Which operation among those that apply to the node. */
  readonly op: number
  /** Which candidate value, key or element the operation uses. */
  readonly choice: number
  /** A random JSON value or string for the operations that take one. */
  readonly extra: Json
}

/** What an edit did, for the report of a counterexample. @since 0.1.0 */
export interface Edit {
  readonly op: string
  readonly path: Path
  readonly before: Json | undefined
  readonly after: Json | undefined
}

/** @since 0.1.0 */
export const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  focus: fc.nat(),
  node: fc.nat(),
  op: fc.nat(),
  choice: fc.nat(),
  extra: fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("a", "-", " ", "😀", "\ud800", "A", "0", "\u3000"), maxLength: 70 }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
    { weight: 1, arbitrary: fc.double() }
  )
})

const isRecord = (value: Json | undefined): value is { readonly [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Sets an own, enumerable property even for `__proto__`, as `JSON.parse` does. */
const define = (target: Record<string, Json>, key: string, value: Json): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** A deep copy that keeps every own key (including `__proto__`) and every number (NaN, -0). @since 0.1.0 */
export const clone = (value: Json): Json => {
  if (Array.isArray(value)) return value.map(clone)
  if (isRecord(value)) {
    const copy: Record<string, Json> = {}
    for (const key of Object.keys(value)) define(copy, key, clone(value[key] as Json))
    return copy
  }
  return value
}

/** Every node of a document with its path, the root first. */
const nodes = (value: Json, path: Path = [], out: Array<{ readonly path: Path; readonly value: Json }> = []) => {
  out.push({ path, value })
  if (Array.isArray(value)) value.forEach((item: Json, index) => nodes(item, [...path, index], out))
  else if (isRecord(value)) for (const key of Object.keys(value)) nodes(value[key] as Json, [...path, key], out)
  return out
}

const pick = <A>(items: ReadonlyArray<A>, index: number): A => items[index % items.length] as A

/** Values that sit on or next to the model's edges. */
const strings: ReadonlyArray<string> = [
  "", " ", "a", "A", "x ", " x", "\tx", "x\n", "\u3000x", "x\u00a0", "\ufeffx", "x\u2028", "\u200bx",
  "😀", "😀".repeat(32), "😀".repeat(33), "😀".repeat(64), "a".repeat(64), "a".repeat(65), "a-".repeat(32) + "a", "\ud800", "a\ud800", "\udc00a",
  "all", "ALL", "all ", "a--b", "-a", "a-", "Ab", "a_b", "é",
  "2024-02-30", "2024-13-01", "2024-1-01", "2024-01-01", "20240101", "2024-01-01T00:00:00Z",
  "24:00", "24:01", "23:59", "09:30", "9:30", "12-31", "13-01", "00-10", "02-30",
  "221-0834", "2210834", "221-08345", "+81-3-1234-5678", "045-319-1785", "045", "++81-3", "03-1234-5678-9-1-2",
  "a@b.c", "a@b", "a b@c.d", "@b.c", "http://x", "https://example.jp/a?b=c", "https://x y", "ftp://x", "http:/x",
  "JP", "jp", "JPN", "J", "1", "1.2.3", "1.2.3.4", "v1", "1.", ".1", "Asia/Tokyo", "asia/tokyo"
]

const numbers: ReadonlyArray<number> = [
  -1, 0, -0, 1, 0.5, 1.5, 2, 99, 100, 101, 364, 365, 366, 1199, 1200, 1201,
  99_999_999, 100_000_000, 100_000_001, 2 ** 53, -(2 ** 53), 1e300, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY
]

const keys: ReadonlyArray<string> = ["__proto__", "constructor", "toString", "hasOwnProperty", "", " ", "JA", "ja ", "en\u200b", "x-extra", "$ref", "0", "length"]

/** What the mutator knows of the vocabulary: property names and enum values of the schema, strings of other documents. @since 0.1.0 */
export interface Vocabulary {
  readonly propertyNames: ReadonlyArray<string>
  readonly enumValues: ReadonlyArray<Json>
  readonly strings: ReadonlyArray<string>
  /** Valid documents to take a node from, at the same path (mostly a valid edit). */
  readonly donors: ReadonlyArray<Json>
}

/** Collects property names and enum values from a JSON Schema. @since 0.1.0 */
export const vocabulary = (schema: Json, documents: ReadonlyArray<Json>): Vocabulary => {
  const propertyNames = new Set<string>()
  const enumValues: Array<Json> = []
  for (const { path, value } of nodes(schema)) {
    if (path.at(-2) === "properties" && typeof path.at(-1) === "string") propertyNames.add(path.at(-1) as string)
    if (path.at(-1) === "enum" && Array.isArray(value)) enumValues.push(...(value as ReadonlyArray<Json>))
  }
  const found = new Set<string>()
  for (const document of documents) for (const { value } of nodes(document)) if (typeof value === "string" && found.size < 2_000) found.add(value)
  return { propertyNames: [...propertyNames].sort(), enumValues, strings: [...found].sort(), donors: documents }
}

type Op = (value: Json, step: Step, vocabulary: Vocabulary, document: Json, path: Path) => Json | typeof DELETE

/** The node at `path`, if the document has one. */
const at = (document: Json, path: Path): Json | undefined => {
  let node: Json | undefined = document
  for (const key of path) {
    if (Array.isArray(node) && typeof key === "number") node = (node as ReadonlyArray<Json>)[key]
    else if (isRecord(node) && typeof key === "string" && Object.hasOwn(node, key)) node = node[key]
    else return undefined
  }
  return node
}

/** The node at the same path in another valid document (the first of up to 50 donors that has one). */
const crossOver: Op = (value, step, vocabulary, _, path) => {
  for (let i = 0; i < Math.min(50, vocabulary.donors.length); i++) {
    const node = at(pick(vocabulary.donors, step.choice + i), path)
    if (node !== undefined) return clone(node)
  }
  return value
}

const DELETE: unique symbol = Symbol("delete")

const anyOps: ReadonlyArray<readonly [string, Op]> = [
  ["delete", () => DELETE],
  ["take the node at the same path of another document", crossOver],
  ["take the node at the same path of another document", crossOver],
  ["replace with a random value", (_, step) => step.extra],
  ["replace with null", () => null],
  ["replace with a scalar of another type", (value, step) => pick<Json>([true, false, 0, 1, "", "x", [], {}].filter((v) => typeof v !== typeof value || Array.isArray(v) !== Array.isArray(value)), step.choice)],
  ["replace with another node of the document", (_, step, __, document) => clone(pick(nodes(document), step.choice).value)],
  ["wrap in an array", (value) => [value]]
]

const stringOps: ReadonlyArray<readonly [string, Op]> = [
  ["replace with an edge string", (_, step) => pick(strings, step.choice)],
  ["replace with a string of another document", (_, step, vocabulary) => pick(vocabulary.strings, step.choice)],
  ["replace with an enum value", (_, step, vocabulary) => pick(vocabulary.enumValues, step.choice)],
  ["add white space", (value, step) => pick([` ${value}`, `${value} `, `${value}\n`, `\u3000${value}`, `${value}\t`], step.choice)],
  ["change case", (value) => (value as string).toUpperCase()],
  ["append an astral character", (value, step) => `${value}${"😀".repeat(1 + (step.choice % 40))}`],
  ["append ASCII", (value, step) => `${value}${"a".repeat(1 + (step.choice % 64))}`],
  ["insert a hyphen", (value, step) => { const text = value as string; const at = step.choice % (text.length + 1); return `${text.slice(0, at)}-${text.slice(at)}` }],
  ["truncate", (value, step) => (value as string).slice(0, step.choice % Math.max(1, (value as string).length))],
  ["replace with a random string", (_, step) => (typeof step.extra === "string" ? step.extra : JSON.stringify(step.extra))],
  ["replace with the number it spells", (value) => (Number.isNaN(Number(value)) ? 0 : Number(value))]
]

const numberOps: ReadonlyArray<readonly [string, Op]> = [
  ["replace with an edge number", (_, step) => pick(numbers, step.choice)],
  ["step", (value, step) => (value as number) + pick([1, -1, 0.5, -0.5, 1e-9], step.choice)],
  ["negate", (value) => -(value as number)],
  ["replace with its string", (value) => String(value)]
]

const booleanOps: ReadonlyArray<readonly [string, Op]> = [
  ["replace with its string", (value) => String(value)],
  ["replace with 0 or 1", (value) => (value ? 1 : 0)]
]

const arrayOps: ReadonlyArray<readonly [string, Op]> = [
  ["empty", () => []],
  ["duplicate an element", (value, step) => { const items = value as ReadonlyArray<Json>; return items.length === 0 ? [step.extra] : [...items, clone(pick(items, step.choice))] }],
  ["remove an element", (value, step) => { const items = value as ReadonlyArray<Json>; const at = step.choice % Math.max(1, items.length); return items.filter((_, i) => i !== at) }],
  ["append a random value", (value, step) => [...(value as ReadonlyArray<Json>), step.extra]],
  ["append an enum value", (value, step, vocabulary) => [...(value as ReadonlyArray<Json>), pick(vocabulary.enumValues, step.choice)]],
  ["turn into an object", (value) => Object.fromEntries((value as ReadonlyArray<Json>).map((item, i) => [String(i), item]))],
  ["unwrap the first element", (value, step) => (value as ReadonlyArray<Json>)[0] ?? step.extra]
]

/** A copy of an object with its keys in the same order, each passed through `entry` (undefined drops the key). */
const rebuild = (object: { readonly [key: string]: Json }, entry: (key: string, value: Json) => readonly [string, Json] | undefined): Json => {
  const copy: Record<string, Json> = {}
  for (const key of Object.keys(object)) {
    const kept = entry(key, object[key] as Json)
    if (kept !== undefined) define(copy, kept[0], kept[1])
  }
  return copy
}

const withKey = (value: Json, key: string, added: Json): Json => {
  const copy = clone(value) as Record<string, Json>
  define(copy, key, added)
  return copy
}

const objectOps: ReadonlyArray<readonly [string, Op]> = [
  ["delete a key", (value, step) => {
    const object = value as { readonly [key: string]: Json }
    const gone = pick(Object.keys(object), step.choice)
    return rebuild(object, (key, item) => (key === gone ? undefined : [key, item]))
  }],
  ["add an odd key", (value, step) => withKey(value, pick(keys, step.choice), step.extra)],
  ["add a key of another object", (value, step, vocabulary) => withKey(value, pick(vocabulary.propertyNames, step.choice), step.extra)],
  ["add a random key", (value, step) => withKey(value, typeof step.extra === "string" ? step.extra : JSON.stringify(step.extra), null)],
  ["rename a key", (value, step) => {
    const object = value as { readonly [key: string]: Json }
    const old = pick(Object.keys(object), step.choice)
    const renamed = pick([old?.toUpperCase(), `${old} `, `${old}s`, old?.slice(1)], step.choice >> 4) ?? "x"
    return Object.keys(object).length === 0 ? { x: null } : rebuild(object, (key, item) => [key === old ? renamed : key, item])
  }],
  ["set a key to null", (value, step) => {
    const object = value as { readonly [key: string]: Json }
    const target = pick(Object.keys(object), step.choice)
    return rebuild(object, (key, item) => [key, key === target ? null : item])
  }],
  ["turn into an array", (value) => Object.values(value as { readonly [key: string]: Json })]
]

const opsFor = (value: Json): ReadonlyArray<readonly [string, Op]> => {
  if (typeof value === "string") return [...stringOps, ...stringOps, ...anyOps]
  if (typeof value === "number") return [...numberOps, ...numberOps, ...anyOps]
  if (typeof value === "boolean") return [...booleanOps, ...anyOps]
  if (Array.isArray(value)) return [...arrayOps, ...arrayOps, ...anyOps]
  if (isRecord(value)) return [...objectOps, ...objectOps, ...objectOps, ...anyOps]
  return anyOps
}

type Kind = "any" | "null" | "string" | "number" | "boolean" | "array" | "object"

const kindOf = (value: Json): Kind =>
  value === null ? "null" : Array.isArray(value) ? "array" : (typeof value as "string" | "number" | "boolean" | "object")

/** Numbers, booleans and arrays are rare in a policy: uniform picking would seldom edit them. */
const focuses: ReadonlyArray<Kind> = ["any", "any", "any", "string", "number", "boolean", "array", "object"]

/** Replaces (or deletes) the node at `path`, copying along the path only. */
const setAt = (document: Json, path: Path, value: Json | typeof DELETE): Json | typeof DELETE => {
  if (path.length === 0) return value
  const [head, ...rest] = path as [string | number, ...Array<string | number>]
  if (Array.isArray(document)) {
    const items = [...document] as Array<Json>
    const next = setAt(items[head as number] as Json, rest, value)
    if (next === DELETE) items.splice(head as number, 1)
    else items[head as number] = next
    return items
  }
  const object = document as Record<string, Json>
  const copy: Record<string, Json> = {}
  for (const key of Object.keys(object)) {
    if (key !== head) define(copy, key, object[key] as Json)
    else {
      const next = setAt(object[key] as Json, rest, value)
      if (next !== DELETE) define(copy, key, next)
    }
  }
  return copy
}

/**
 * Applies the steps in order; each picks a node of the document as it is after the previous steps.
 *
 * @since 0.1.0
 */
export const mutate = (document: Json, steps: ReadonlyArray<Step>, vocabulary: Vocabulary): { readonly document: Json; readonly edits: ReadonlyArray<Edit> } => {
  let current = document
  const edits: Array<Edit> = []
  for (const step of steps) {
    const all = nodes(current)
    const kind = pick(focuses, step.focus)
    const focused = kind === "any" ? all : all.filter(({ value }) => kindOf(value) === kind)
    const { path, value } = pick(focused.length > 0 ? focused : all, step.node)
    const [name, op] = pick(opsFor(value), step.op)
    const next = op(value, step, vocabulary, current, path)
    const result = setAt(current, path, next)
    current = result === DELETE ? null : result
    edits.push({ op: name, path, before: value, after: next === DELETE ? undefined : next })
  }
  return { document: current, edits }
}
