/**
 * The shapes an edit can have, derived from the model's type: every dotted
 * path of object keys, with `*` for an entry of a keyed list and `#` for an
 * element of a set or sequence (see `shape.ts`). A change kind names the
 * shapes it claims with this type, so a misspelt or renamed field is a type
 * error instead of a kind that silently never matches.
 *
 * A superset of what the structural diff emits (it also lists shapes inside a
 * `{ ja, en }` text, which the diff compares as one value): the type checks
 * names, the diff decides granularity.
 *
 * @since 0.3.0
 */
import type { Policy } from "../model/Policy.ts"

/** Depth countdown: the model nests at most seven levels below the root. */
type Down = [never, 0, 1, 2, 3, 4, 5, 6, 7]

type ShapesOf<T, Depth extends number> = [Depth] extends [never]
  ? never
  : T extends ReadonlyArray<infer Element>
    ? "*" | "#" | `*.${ShapesOf<Element, Down[Depth]>}`
    : T extends object
      ? { [K in keyof T & string]-?: K | `${K}.${ShapesOf<NonNullable<T[K]>, Down[Depth]>}` }[keyof T & string]
      : never

/**
 * A dotted shape of a policy: `purposes.items.*.categories`,
 * `jointUses.*.items.#`, `retention`.
 *
 * @since 0.3.0
 */
export type PolicyShape = ShapesOf<Policy, 7>

/** The top-level key an edit's shape begins with (its concept). @since 0.3.0 */
export const conceptOfShape = (shape: string): string => {
  const dot = shape.indexOf(".")
  return dot < 0 ? shape : shape.slice(0, dot)
}
