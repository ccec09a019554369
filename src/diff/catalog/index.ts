/**
 * What the diff says about a kind of change, in both languages: the
 * provisions behind it (formatted from `citations.ts`), why it has its
 * impact and what to review (from the language catalogs).
 *
 * @since 0.3.0
 */
import { formatCitationsOrNone } from "../../core/citation.ts"
import type { Bilingual } from "../ChangeSet.ts"
import type { ChangeId } from "../rules.ts"
import type { ChangeMessage } from "./ChangeMessages.ts"
import { citations } from "./citations.ts"
import { en, enRenameHints } from "./en.ts"
import { ja, jaRenameHints } from "./ja.ts"

/** @since 0.3.0 */
export interface ChangeDescription {
  readonly article: Bilingual
  readonly explain: Bilingual
  readonly hint?: Bilingual
}

const describe = (id: ChangeId): ChangeDescription => {
  const cited = citations[id]
  const inJa: ChangeMessage = ja[id]
  const inEn: ChangeMessage = en[id]
  return {
    article: { ja: formatCitationsOrNone(cited, "ja"), en: formatCitationsOrNone(cited, "en") },
    explain: { ja: inJa.explain, en: inEn.explain },
    ...(inJa.hint === undefined || inEn.hint === undefined ? {} : { hint: { ja: inJa.hint, en: inEn.hint } })
  }
}

const DESCRIPTIONS: ReadonlyMap<string, ChangeDescription> = new Map((Object.keys(citations) as ReadonlyArray<ChangeId>).map((id) => [id, describe(id)]))

/**
 * The article, explanation and hint of a kind of change (by its id).
 *
 * @example
 * ```ts
 * describeChange("retention-changed").article.en // "APPI Art. 22"
 * ```
 * @since 0.3.0
 */
export const describeChange = (id: string): ChangeDescription => {
  const description = DESCRIPTIONS.get(id)
  if (description === undefined) throw new Error(`unknown kind of change: ${id}`)
  return description
}

/**
 * The hints for an entry that looks renamed: added with the content of the
 * removed `renamedFrom`, or removed with its content under the added `renamedTo`.
 *
 * @since 0.3.0
 */
export const renameHints = (renamed: { readonly renamedFrom?: string; readonly renamedTo?: string }): ReadonlyArray<Bilingual> => {
  if (renamed.renamedFrom !== undefined) {
    const id = renamed.renamedFrom
    return [{ ja: jaRenameHints.sameAsRemoved({ id }), en: enRenameHints.sameAsRemoved({ id }) }]
  }
  if (renamed.renamedTo !== undefined) {
    const id = renamed.renamedTo
    return [{ ja: jaRenameHints.sameAsAdded({ id }), en: enRenameHints.sameAsAdded({ id }) }]
  }
  return []
}
