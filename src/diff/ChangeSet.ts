/**
 * The result of `diff(old, new)`: every classified change, a per-concept
 * summary of entries added, removed and changed, and the highest impact.
 * Plain JSON-serialisable data.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { Impact } from "./Impact.ts"
import type { Bilingual as CoreBilingual } from "../core/Lang.ts"
import type { Json } from "./Json.ts"
import type { EditKind } from "./structural.ts"

/** A message in both languages (the one `Bilingual` of the library). @since 0.1.0 */
export type Bilingual = CoreBilingual

/** Which version of which policy. @since 0.1.0 */
export interface PolicyVersion {
  readonly id: string
  readonly version?: string
  /** `history.effective` (施行日). */
  readonly effective?: string
  /** The date of the last entry of `history.revisions`. */
  readonly revised?: string
}

/**
 * One change with its legal impact. `before`/`after` are the field's values
 * (the whole entry for an added or removed entry); a missing one means the
 * field was absent on that side.
 *
 * @since 0.1.0
 */
export interface Change {
  /** Stable id of the kind of change (`purpose-added`), the file name in `src/diff/changes/`. */
  readonly id: string
  readonly impact: Impact
  /** The provision behind the impact. */
  readonly article: Bilingual
  /** Why the change has this impact. */
  readonly explain: Bilingual
  /** What a reviewer should check (a possible id rename, a reading that would raise or lower the impact). */
  readonly hints: ReadonlyArray<Bilingual>
  /** The new text states something the law does not allow; revert it rather than notify or ask consent. */
  readonly unlawful?: true
  readonly kind: EditKind
  /** The list or section: `purposes.items`, `jointUses`, `operator` … */
  readonly concept: string
  /** The entry's key in a keyed list (a purpose's id). */
  readonly entry?: string
  /** The entry's name or text, for people. */
  readonly name?: { readonly ja: string; readonly en?: string }
  /** Within the entry (or section): `responsibleParties.acme.name`, `users.acme`, `items`. */
  readonly field?: string
  /** JSON path in the new document (in the old one for a removal). */
  readonly path: JsonPath
  /** The same as an RFC 6901 pointer. */
  readonly pointer: string
  readonly before?: Json
  readonly after?: Json
}

/** What changed in one concept, by entry key (or, for a section, by field). @since 0.1.0 */
export interface ConceptSummary {
  readonly concept: string
  readonly added: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
  readonly changed: ReadonlyArray<string>
}

/** @since 0.1.0 */
export interface ChangeSet {
  readonly from: PolicyVersion
  readonly to: PolicyVersion
  /** The highest impact of any change; `null` when nothing changed. */
  readonly impact: Impact | null
  readonly changes: ReadonlyArray<Change>
  readonly concepts: ReadonlyArray<ConceptSummary>
}
