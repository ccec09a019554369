/**
 * Names of concepts, fields, impacts and kinds of change, in both languages,
 * for the changelog: the top-level concepts from the model's registry, the
 * rest from the changelog's catalogs. Unknown fields are shown as they are
 * spelled in the model.
 *
 * @since 0.1.0
 */
import { POLICY_CONCEPTS } from "../../model/concepts.ts"
import type { Bilingual } from "../ChangeSet.ts"
import { IMPACTS, type Impact } from "../Impact.ts"
import type { EditKind } from "../structural.ts"
import { en } from "./catalog/en.ts"
import { ja } from "./catalog/ja.ts"

/** The changelog's words in each language. @since 0.3.0 */
export const WORDS = { ja, en } as const

const pair = <K extends string>(pick: (words: typeof en | typeof ja) => Readonly<Record<K, string>>, key: K): Bilingual => ({ ja: pick(ja)[key], en: pick(en)[key] })

/** @since 0.1.0 */
export const IMPACT_LABELS: Readonly<Record<Impact, Bilingual>> = Object.fromEntries(IMPACTS.map((impact) => [impact, pair((words) => words.impacts, impact)])) as Record<Impact, Bilingual>

const EDIT_KINDS: ReadonlyArray<EditKind> = ["added", "removed", "changed", "reordered"]

/** @since 0.1.0 */
export const KIND_LABELS: Readonly<Record<EditKind, Bilingual>> = Object.fromEntries(EDIT_KINDS.map((kind) => [kind, pair((words) => words.kinds, kind)])) as Record<EditKind, Bilingual>

const TOP_LEVEL: Readonly<Record<string, Bilingual>> = Object.fromEntries(Object.entries(POLICY_CONCEPTS).map(([key, concept]) => [key, concept.label]))

const NESTED: ReadonlySet<string> = new Set(Object.keys(en.concepts))
const FIELDS: ReadonlySet<string> = new Set(Object.keys(en.fields))

/** @since 0.1.0 */
export const conceptLabel = (concept: string): Bilingual =>
  TOP_LEVEL[concept] ?? (NESTED.has(concept) ? pair((words) => words.concepts, concept as keyof typeof en.concepts) : { ja: concept, en: concept })

/** A field's label, or `undefined` for a name the table does not know (an entry key, a rare field). @since 0.1.0 */
export const fieldLabel = (field: string): Bilingual | undefined => (FIELDS.has(field) ? pair((words) => words.fields, field as keyof typeof en.fields) : undefined)
