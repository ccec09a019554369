/**
 * Where each numbered clause of a seed policy lives in its example: a test
 * resolves every path and checks the value there carries the clause's words,
 * so a dropped or emptied clause fails.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Result, Schema } from "effect"
import { parse } from "yaml"

/** One clause of a seed and where the example keeps it. */
export const ClauseLocation = Schema.Struct({
  /** The clause as the seed numbers it, e.g. `1.1 table row 2` or `第5条(3)`. */
  clause: Schema.String,
  /**
   * Path into the example: dot-separated keys; `key#id` picks the array entry
   * whose `id` (or `kind`, or `requester`) is `id`; a number picks by position.
   * e.g. `purposes.items#recruitment.text.ja`.
   */
  path: Schema.String,
  /**
   * Words copied from the seed (white space ignored) that must appear in the
   * value at `path` (serialized as JSON when it is not a string). Omit only for
   * clauses encoded as a flag or id, and then give `equals`.
   */
  contains: Schema.optionalKey(Schema.String),
  /** The exact value expected at `path` (for flags, ids, amounts, dates). */
  equals: Schema.optionalKey(Schema.Unknown)
})
export type ClauseLocation = typeof ClauseLocation.Type

/** A seed's clause map, `clause-maps/<seed>.yaml`. */
const ClauseMap = Schema.Struct({
  /** Ids of the example's `additionalClauses` (the free-text escape hatch), in order. */
  additionalClauses: Schema.Array(Schema.String),
  clauses: Schema.Array(ClauseLocation)
})
export type ClauseMap = typeof ClauseMap.Type

/** Reads and checks `clause-maps/<seed>.yaml`; throws naming the file when it is malformed. */
export const loadClauseMap = (seed: string): ClauseMap => {
  const file = `examples/clause-maps/${seed}.yaml`
  let data: unknown
  try {
    data = parse(readFileSync(join(import.meta.dirname, "clause-maps", `${seed}.yaml`), "utf8"))
  } catch (cause) {
    throw new Error(`${file} cannot be read: ${String(cause)}`, { cause })
  }
  const result = Schema.decodeUnknownResult(ClauseMap)(data, { errors: "all", onExcessProperty: "error" })
  if (Result.isFailure(result)) throw new Error(`${file} is not a valid clause map:\n${String(result.failure)}`)
  return result.success
}

export type Segment = string | number | { readonly key: string; readonly id: string }

/** Splits `a.b#id.0.c` into segments. */
export const parsePath = (path: string): ReadonlyArray<Segment> =>
  path.split(".").map((part) => {
    const hash = part.indexOf("#")
    if (hash > 0) return { key: part.slice(0, hash), id: part.slice(hash + 1) }
    return /^[0-9]+$/.test(part) ? Number(part) : part
  })

/** Resolves a clause path in a plain JSON value; `undefined` when any step is missing. */
export const resolvePath = (root: unknown, path: string): unknown => {
  let current: unknown = root
  for (const segment of parsePath(path)) {
    if (current === null || typeof current !== "object") return undefined
    if (typeof segment === "object") {
      const list = (current as Record<string, unknown>)[segment.key]
      if (!Array.isArray(list)) return undefined
      current = list.find(
        (entry: unknown) =>
          entry !== null && typeof entry === "object" && ((entry as Record<string, unknown>)["id"] === segment.id || (entry as Record<string, unknown>)["kind"] === segment.id ||
            (entry as Record<string, unknown>)["requester"] === segment.id)
      )
    } else {
      current = (current as Record<string | number, unknown>)[segment]
    }
  }
  return current
}

/** Removes all white space (the seeds are full of stray spaces), for containment checks. */
export const squash = (text: string): string => text.replace(/\s+/gu, "")

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")

/**
 * Whether an example's text holds the seed's words, white space aside. A
 * placeholder in the text (`{num:purposes}`, `{amount:fee}`) stands for what
 * the renderer puts there, which the seed printed as a number of its own
 * (「第5条」「1,000円」): it matches any short run of characters.
 */
export const holdsWords = (text: string, words: string): boolean => {
  const pieces = squash(text).split(/\{(?:ref|num|fee|amount):\s*[a-z0-9-]+\s*\}/u)
  const wanted = squash(words)
  if (pieces.some((piece) => piece.includes(wanted))) return true
  const suffixes = (piece: string) => `(?:${[...piece].map((_, index) => escapeRegExp(piece.slice(index))).join("|")}|)`
  const prefixes = (piece: string) => `(?:${[...piece].map((_, index) => escapeRegExp(piece.slice(0, index + 1))).join("|")}|)`
  for (let first = 0; first < pieces.length; first += 1) {
    for (let last = first + 1; last < pieces.length; last += 1) {
      const middle = pieces.slice(first + 1, last).map(escapeRegExp)
      const pattern = [suffixes(pieces[first]!), ...middle, prefixes(pieces[last]!)].join(".{1,24}?")
      if (new RegExp(`^${pattern}$`, "u").test(wanted)) return true
    }
  }
  return false
}
