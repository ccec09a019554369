/**
 * What `categories: all` covers. A policy that does not narrow a purpose,
 * joint use or opt-out to some categories means its ordinary data; data
 * handled for a client (受託) and My Number data (番号法 9: purposes must be
 * specific) are covered only where named. Failing closed here keeps `all` from
 * silently widening what those may be used for.
 *
 * @since 0.1.0
 */
import type { DataCategory } from "../model/DataCategory.ts"
import type { CategoryScope } from "../model/Purpose.ts"

/** @since 0.1.0 */
export const scopeCovers = (scope: CategoryScope | undefined, category: DataCategory): boolean => {
  if (scope === undefined) return false
  if (scope === "all") return category.disclosure.entrusted !== true && category.sensitivity !== "my-number"
  return scope.includes(category.id)
}

/** Special-care data anywhere in the category (the category itself or one of its items). @since 0.1.0 */
export const holdsSpecialCare = (category: DataCategory): boolean =>
  category.sensitivity === "special-care" || (category.items ?? []).some((item) => item.sensitivity === "special-care")
