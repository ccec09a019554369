/**
 * The opt-out comes to cover data it may never carry: special-care data,
 * data itself received by opt-out (27(2) proviso), My Number data (番号法
 * 19) or pseudonymized data (41(6)). No notice makes that lawful: the data
 * can go only with the person's consent.
 *
 * @since 0.2.0
 */
import type { DataCategory } from "../../model/DataCategory.ts"
import { acquiredByOptOut, holdsSpecialCare } from "../../model/facts.ts"
import type { Policy } from "../../model/Policy.ts"
import { at, categoriesOf, defineChange, within } from "../ChangeRule.ts"
import type { Json } from "../Json.ts"

/** Data the opt-out may not carry, whatever is notified. */
export const forbiddenForOptOut = (category: DataCategory): boolean =>
  holdsSpecialCare(category) || acquiredByOptOut(category) || category.sensitivity === "my-number" || category.sensitivity === "pseudonymized"

const forbiddenCovered = (scope: Json | undefined, policy: Policy): ReadonlySet<string> => {
  const covered = categoriesOf(scope, policy)
  return new Set(policy.dataCategories.filter((category) => covered.has(category.id) && forbiddenForOptOut(category)).map((category) => category.id))
}

const OPT_OUT = "thirdPartyProvision.optOut"

export default defineChange({
  id: "opt-out-forbidden-data-added",
  impact: "consent",
  matches: (edit, context) => {
    const before = context.before.thirdPartyProvision?.optOut
    const after = context.after.thirdPartyProvision?.optOut
    if (after === undefined || after.conditional === true) return false
    if (at(edit, `${OPT_OUT}.categories`) || at(edit, `${OPT_OUT}.categories.#`) || at(edit, OPT_OUT)) {
      const was = before === undefined ? new Set<string>() : forbiddenCovered(before.categories as Json, context.before)
      return [...forbiddenCovered(after.categories as Json, context.after)].some((id) => !was.has(id))
    }
    // A category the opt-out covers becomes forbidden data (or a new one appears under `all`).
    if (within(edit, "dataCategories.*")) {
      const id = edit.keys[0]
      const category = context.after.dataCategories.find((c) => c.id === id)
      const was = context.before.dataCategories.find((c) => c.id === id)
      return category !== undefined && forbiddenCovered(after.categories as Json, context.after).has(category.id) && (was === undefined || !forbiddenForOptOut(was))
    }
    return false
  }
})
