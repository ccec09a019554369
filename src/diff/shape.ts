/**
 * How the diff treats each list of the model. A list is one of:
 *
 * - **keyed**: entries matched by a key — `id` for every list of objects that
 *   all carry a unique string `id` (purposes, categories, joint uses and their
 *   users, fees, windows, recipients, the statutory catalog refs …), `kind` for
 *   `requests.handling`, `requester` for `requests.identity`. Order is
 *   presentation only: reordering a keyed list is no change.
 * - **sequence**: ordered, matched by value. Prose paragraphs (`text`, `intro`,
 *   `preamble`, `explanation`, `notes`, the section intros), procedure steps
 *   (`requests.procedure`, `complaints.internalSteps`), `history.revisions`,
 *   the numbered items of a provision ground and opt-out `itemsAsPublished`.
 *   Moving an element is a change (`reordered`).
 * - **set**: everything else (data items, joint-use items, tags, request
 *   kinds, payment methods, phones, countries, category references …),
 *   matched by value; order is no change.
 *
 * Shapes are written as dotted paths: object keys, `*` for an entry of a keyed
 * list, `#` for an element of a set or sequence (`jointUses.*.items.#`).
 *
 * @since 0.1.0
 */
import { isJsonObject, type JsonArray } from "./Json.ts"

/** @since 0.1.0 */
export type ArrayStrategy = { readonly kind: "keyed"; readonly key: string } | { readonly kind: "set" } | { readonly kind: "sequence" }

/** Lists keyed by something other than `id`. */
const KEYED_BY: ReadonlyMap<string, string> = new Map([
  ["requests.handling", "kind"],
  ["requests.identity", "requester"]
])

/** Field names whose lists are ordered wherever they occur. */
const SEQUENCE_FIELDS: ReadonlySet<string> = new Set(["text", "intro", "preamble", "explanation", "notes", "itemsAsPublished", "procedure", "internalSteps", "revisions"])

/** Ordered lists with a field name that is unordered elsewhere. */
const SEQUENCE_SHAPES: ReadonlySet<string> = new Set(["thirdPartyProvision.otherGrounds.*.items"])

/** True when every element is an object with a string `key` (uniqueness is checked while matching). */
const keyedBy = (key: string, list: JsonArray): boolean => {
  for (const element of list) if (!isJsonObject(element) || typeof element[key] !== "string") return false
  return true
}

/**
 * The strategy for the list at `shape` (a dotted shape, see above), given both
 * versions of it. A list that should be keyed but has a missing key is matched
 * by value instead (as is one with a repeated key, see `matchLists`), so any
 * JSON can be diffed.
 *
 * @example
 * ```ts
 * arrayStrategy("purposes.items", [{ id: "a" }], [])     // { kind: "keyed", key: "id" }
 * arrayStrategy("purposes.items.*.text", [], [])         // { kind: "sequence" }
 * arrayStrategy("jointUses.*.items", [], [])             // { kind: "set" }
 * ```
 * @since 0.1.0
 */
export const arrayStrategy = (shape: string, before: JsonArray, after: JsonArray): ArrayStrategy => {
  const key = KEYED_BY.get(shape) ?? "id"
  if ((before.length > 0 || after.length > 0) && keyedBy(key, before) && keyedBy(key, after)) return { kind: "keyed", key }
  const field = shape.slice(shape.lastIndexOf(".") + 1)
  if (SEQUENCE_FIELDS.has(field) || SEQUENCE_SHAPES.has(shape) || shape.startsWith("sectionIntros.")) return { kind: "sequence" }
  return { kind: "set" }
}
