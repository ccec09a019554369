/**
 * Where each numbered clause of a seed policy lives in its example: a test
 * resolves every path and checks the value there carries the clause's words,
 * so a dropped or emptied clause fails.
 */

/** One clause of a seed and where the example keeps it. */
export interface ClauseLocation {
  /** The clause as the seed numbers it, e.g. `1.1 table row 2` or `第5条(3)`. */
  readonly clause: string
  /**
   * Path into the example: dot-separated keys; `key#id` picks the array entry
   * whose `id` (or `kind`, or `requester`) is `id`; a number picks by position.
   * e.g. `purposes.items#recruitment.text.ja`.
   */
  readonly path: string
  /**
   * Words copied from the seed (white space ignored) that must appear in the
   * value at `path` (serialized as JSON when it is not a string). Omit only for
   * clauses encoded as a flag or id, and then give `equals`.
   */
  readonly contains?: string
  /** The exact value expected at `path` (for flags, ids, amounts, dates). */
  readonly equals?: unknown
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
