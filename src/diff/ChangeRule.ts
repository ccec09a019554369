/**
 * The shape of a kind of change (after oasdiff's checks): a stable id equal
 * to its file name in `changes/`, a fixed impact, and `matches`, which claims
 * the structural edits it classifies, naming their shapes as `PolicyShape`s.
 * What the kind says (the provisions behind it, why, what to review) is in
 * the diff's catalogs (`catalog/`), keyed by the id.
 * Kinds are tried in the order `rules.ts` gives each concept; the first that
 * matches classifies the edit.
 *
 * @since 0.1.0
 */
import { scopeCovers } from "../model/facts.ts"
import type { Policy } from "../model/Policy.ts"
import type { Impact } from "./Impact.ts"
import { isJsonObject, type Json, type JsonObject, valueAt } from "./Json.ts"
import type { PolicyShape } from "./PolicyShape.ts"
import type { Edit, EditKind } from "./structural.ts"

/** What a rule may consult besides the edit. @since 0.1.0 */
export interface DiffContext {
  readonly before: Policy
  readonly after: Policy
  /** Purpose ids a reviewer judged reasonably related to the old purposes (17(2)). */
  readonly related: ReadonlySet<string>
}

/** @since 0.1.0 */
export interface ChangeRule<Id extends string = string> {
  /** Equal to its file name in `changes/`. */
  readonly id: Id
  readonly impact: Impact
  /**
   * The new text states something the law does not allow (e.g. that no
   * consent is needed): no notice or consent makes the statement lawful; the
   * impact is what a CI gate should stop on.
   */
  readonly unlawful?: true
  /** Whether this kind claims the structural edit (the first kind that does, in its concept's order in `rules.ts`, classifies it). */
  readonly matches: (edit: Edit, context: DiffContext) => boolean
}

/**
 * Declares a kind of change (an identity function, for type inference).
 *
 * @example
 * ```ts
 * export default defineChange({
 *   id: "fee-changed",
 *   impact: "publish",
 *   matches: (edit) => within(edit, "fees")
 * })
 * ```
 * @since 0.1.0
 */
export const defineChange = <const Id extends string>(rule: ChangeRule<Id>): ChangeRule<Id> => rule

/** The edit is exactly at one of `shapes`. @since 0.3.0 */
export const at = (edit: Edit, ...shapes: ReadonlyArray<PolicyShape>): boolean => shapes.some((shape) => edit.shape === shape)

/** The edit is at one of `shapes` or inside it. @since 0.1.0 */
export const within = (edit: Edit, ...shapes: ReadonlyArray<PolicyShape>): boolean =>
  shapes.some((shape) => edit.shape === shape || edit.shape.startsWith(`${shape}.`))

/** The edit adds or removes (or, without `kind`, touches) a whole entry of the keyed list `list`. @since 0.1.0 */
export const isEntry = (edit: Edit, list: PolicyShape, kind?: EditKind): boolean => edit.shape === `${list}.*` && (kind === undefined || edit.kind === kind)

/**
 * The policy provides by opt-out: it declares one that is not a mere
 * statement of when it would (`conditional`).
 *
 * @since 0.2.0
 */
export const optOutInUse = (policy: Policy): boolean => {
  const optOut = policy.thirdPartyProvision?.optOut
  return optOut !== undefined && optOut.conditional !== true
}

/** A policy as the JSON value it is (the model has no transformations). @since 0.1.0 */
export const asJson = (policy: Policy): Json => policy as unknown as Json

/**
 * The outermost keyed entry the edit is in (the joint use of a joint user's
 * change), from the new policy — or the old one for a removal.
 *
 * @since 0.1.0
 */
export const entryOf = (edit: Edit, context: DiffContext): JsonObject | undefined => {
  const depth = edit.shape.split(".").indexOf("*")
  if (depth < 0) return undefined
  const value = valueAt(asJson(edit.kind === "removed" ? context.before : context.after), edit.path.slice(0, depth + 1))
  return isJsonObject(value) ? value : undefined
}

/** The category ids a scope (`all` or a list) covers in `policy` (the model's reading of `all`). @since 0.1.0 */
export const categoriesOf = (scope: Json | undefined, policy: Policy): ReadonlySet<string> => {
  if (scope === "all") return new Set(policy.dataCategories.filter((category) => scopeCovers("all", category)).map((category) => category.id))
  return new Set(Array.isArray(scope) ? scope.filter((id): id is string => typeof id === "string") : [])
}

/** A category scope edit covers some category it did not cover. @since 0.1.0 */
export const widensScope = (edit: Edit, context: DiffContext): boolean => {
  const before = categoriesOf(edit.before, context.before)
  return [...categoriesOf(edit.after, context.after)].some((id) => !before.has(id))
}

/** A category scope edit no longer covers some category it covered. @since 0.1.0 */
export const narrowsScope = (edit: Edit, context: DiffContext): boolean => {
  const after = categoriesOf(edit.after, context.after)
  return [...categoriesOf(edit.before, context.before)].some((id) => !after.has(id))
}

const asList = (value: Json | undefined): ReadonlyArray<Json> => (Array.isArray(value) ? value : value === undefined ? [] : [value])

/**
 * The edit adds to the list at `list` (an element added, reworded in place, or
 * the list appearing): what is used or provided may have grown.
 *
 * @since 0.1.0
 */
export const addsTo = (edit: Edit, list: PolicyShape): boolean => {
  if (edit.shape === `${list}.#`) return edit.kind === "added" || edit.kind === "changed"
  if (edit.shape !== list) return false
  const before = new Set(asList(edit.before).map((value) => JSON.stringify(value)))
  return asList(edit.after).some((value) => !before.has(JSON.stringify(value)))
}

/** The edit takes something out of the list at `list`. @since 0.1.0 */
export const takesFrom = (edit: Edit, list: PolicyShape): boolean => {
  if (edit.shape === `${list}.#`) return edit.kind === "removed"
  if (edit.shape !== list) return false
  const after = new Set(asList(edit.after).map((value) => JSON.stringify(value)))
  return asList(edit.before).some((value) => !after.has(JSON.stringify(value)))
}

/** A field of an object value, when it is one. @since 0.1.0 */
export const fieldOf = (value: Json | undefined, key: string): Json | undefined => (isJsonObject(value) ? value[key] : undefined)
