/**
 * `diff(old, new)`: the keyed structural diff of two policies, each edit
 * classified by the first kind of change that claims it (`rules.ts`), with a
 * per-concept summary and the highest impact. Pure and deterministic.
 *
 * @since 0.1.0
 */
import { toPointer } from "../core/Diagnostic.ts"
import type { Policy } from "../model/Policy.ts"
import type { Change, ChangeSet, ConceptSummary, PolicyVersion } from "./ChangeSet.ts"
import { asJson, type ChangeRule, type DiffContext } from "./ChangeRule.ts"
import { type Impact, maxImpact } from "./Impact.ts"
import { isJsonObject, type Json, valueAt } from "./Json.ts"
import { describeChange, renameHints } from "./catalog/index.ts"
import { conceptOfShape } from "./PolicyShape.ts"
import { kindsFor } from "./rules.ts"
import { type Edit, structuralDiff } from "./structural.ts"

/** @since 0.1.0 */
export interface DiffOptions {
  /**
   * Ids of purposes a reviewer judged reasonably related to the old purposes
   * (17(2)): adding or widening them needs notice (21(3)), not consent.
   */
  readonly related?: Iterable<string>
}

/** Fields that name an entry for people, in order of preference (a purpose is its text). */
const NAME_FIELDS = ["name", "title", "channel", "subject", "party"]

const nameOf = (entry: Json | undefined, concept: string): Change["name"] => {
  if (!isJsonObject(entry)) return undefined
  for (const field of concept === "purposes.items" ? ["text"] : NAME_FIELDS) {
    const value = entry[field]
    if (isJsonObject(value) && typeof value["ja"] === "string") {
      return typeof value["en"] === "string" ? { ja: value["ja"], en: value["en"] } : { ja: value["ja"] }
    }
  }
  return undefined
}

/** `purposes.items.*.text` → concept `purposes.items`, entry, field `text`; `operator.address` → concept `operator`, field `address`. */
const locate = (edit: Edit) => {
  const segments = edit.shape === "" ? [] : edit.shape.split(".")
  const star = segments.indexOf("*")
  const conceptEnd = star >= 0 ? star : Math.min(1, segments.length)
  const keys = edit.keys.slice(star >= 0 ? 1 : 0)
  let k = 0
  const field = segments
    .slice(star >= 0 ? star + 1 : conceptEnd)
    .filter((segment) => segment !== "#")
    .map((segment) => (segment === "*" ? keys[k++] : segment))
    .join(".")
  return { concept: segments.slice(0, conceptEnd).join(".") || "document", entry: star >= 0 ? edit.keys[0] : undefined, field, star }
}

/**
 * The kind of change an edit is: the first kind of its concept's list that
 * claims it (`rules.ts`; the last kind claims everything).
 *
 * @since 0.1.0
 */
export const classify = (edit: Edit, context: DiffContext): ChangeRule => kindsFor(conceptOfShape(edit.shape)).find((rule) => rule.matches(edit, context))!

const toChange = (edit: Edit, rule: ChangeRule, context: DiffContext): Change => {
  const { concept, entry, field, star } = locate(edit)
  const description = describeChange(rule.id)
  const name = star >= 0 ? nameOf(valueAt(asJson(edit.kind === "removed" ? context.before : context.after), edit.path.slice(0, star + 1)), concept) : undefined
  return {
    id: rule.id,
    impact: rule.impact,
    article: description.article,
    explain: description.explain,
    hints: [...(description.hint === undefined ? [] : [description.hint]), ...renameHints(edit)],
    ...(rule.unlawful === true ? { unlawful: true as const } : {}),
    kind: edit.kind,
    concept,
    ...(entry === undefined ? {} : { entry }),
    ...(name === undefined ? {} : { name }),
    ...(field === "" ? {} : { field }),
    path: edit.path,
    pointer: toPointer(edit.path),
    ...(edit.before === undefined ? {} : { before: edit.before }),
    ...(edit.after === undefined ? {} : { after: edit.after })
  }
}

/** Entries added, removed and changed per concept, in order of first change. */
const summarize = (changes: ReadonlyArray<Change>): ReadonlyArray<ConceptSummary> => {
  const byConcept = new Map<string, { added: Set<string>; removed: Set<string>; changed: Set<string> }>()
  for (const change of changes) {
    let summary = byConcept.get(change.concept)
    if (summary === undefined) byConcept.set(change.concept, (summary = { added: new Set(), removed: new Set(), changed: new Set() }))
    const key = change.entry ?? change.field?.split(".")[0] ?? change.concept
    const whole = change.entry === undefined ? change.field !== undefined && !change.field.includes(".") : change.field === undefined
    if (whole && change.kind === "added") summary.added.add(key)
    else if (whole && change.kind === "removed") summary.removed.add(key)
    else summary.changed.add(key)
  }
  return [...byConcept].map(([concept, { added, removed, changed }]) => ({
    concept,
    added: [...added],
    removed: [...removed],
    changed: [...changed].filter((key) => !added.has(key) && !removed.has(key))
  }))
}

const versionOf = (policy: Policy): PolicyVersion => {
  const revised = policy.history?.revisions?.at(-1)?.date
  return {
    id: policy.id,
    ...(policy.version === undefined ? {} : { version: policy.version }),
    ...(policy.history?.effective === undefined ? {} : { effective: policy.history.effective }),
    ...(revised === undefined ? {} : { revised })
  }
}

/**
 * What changed between two versions of a policy, and what the change obliges
 * the operator to do. Entries of keyed lists are matched by id (never by
 * position); reordering them is no change.
 *
 * @example
 * ```ts
 * import { diff, loadPolicyFile } from "appi-policy"
 *
 * const before = loadPolicyFile("policy.v1.yaml")
 * const after = loadPolicyFile("policy.v2.yaml")
 * if (before.ok && after.ok) {
 *   const changes = diff(before.policy, after.policy)
 *   changes.impact                        // "consent" | "notify-in-advance" | … | null
 *   changes.changes.map((c) => c.id)      // ["purpose-added", "fee-changed"]
 * }
 * ```
 * @since 0.1.0
 */
export const diff = (before: Policy, after: Policy, options?: DiffOptions): ChangeSet => {
  const context: DiffContext = { before, after, related: new Set(options?.related ?? []) }
  const changes = structuralDiff(asJson(before), asJson(after)).map((edit) => toChange(edit, classify(edit, context), context))
  const impact = changes.reduce<Impact | null>((highest, change) => maxImpact(highest, change.impact), null)
  return { from: versionOf(before), to: versionOf(after), impact, changes, concepts: summarize(changes) }
}
