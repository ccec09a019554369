/**
 * Facts about a policy that several rooms need and must agree on: what
 * `categories: all` covers, what holds special-care data, where a recipient
 * is in the sense of Art. 28, whether an opt-out or a joint use is complete
 * enough to be a legal ground. The compiler of the guard, the lint and the
 * diff read them from here; the guard's reference evaluator keeps its own
 * plain reading on purpose (it is the independent oracle the compiler is
 * tested against).
 *
 * Pure functions over the model's types: no effect, no file system.
 *
 * @since 0.2.0
 */
import type { DataCategory } from "./DataCategory.ts"
import type { JointUse } from "./JointUse.ts"
import type { CategoryScope } from "./Purpose.ts"
import type { OptOut } from "./ThirdPartyProvision.ts"

/**
 * What a scope covers. `all` means the policy's ordinary data: data handled
 * for a client (受託, its purposes are the client's) and My Number data
 * (番号法 9: purposes must be specific) are covered only where named, so a
 * broad declaration never widens what they may be used for.
 *
 * @since 0.2.0
 */
export const scopeCovers = (scope: CategoryScope | undefined, category: DataCategory): boolean => {
  if (scope === undefined) return false
  if (scope === "all") return category.disclosure.entrusted !== true && category.sensitivity !== "my-number"
  return scope.includes(category.id)
}

/** Special-care data (要配慮個人情報, 2(3)) anywhere in the category: the category itself or one of its items. @since 0.2.0 */
export const holdsSpecialCare = (category: DataCategory): boolean =>
  category.sensitivity === "special-care" || (category.items ?? []).some((item) => item.sensitivity === "special-care")

/** The category was itself received by opt-out provision (27(2) proviso: it may not be passed on by opt-out). @since 0.2.0 */
export const acquiredByOptOut = (category: DataCategory): boolean => (category.acquisition?.methods ?? []).includes("from-opt-out-provision")

/**
 * Countries the Commission recognises as having a system equivalent to
 * Japan's (Enforcement Rules 15, 告示): the EEA members and the United
 * Kingdom. A recipient there is not a 「外国にある第三者」 under 28(1).
 *
 * @since 0.2.0
 */
export const EQUIVALENT_COUNTRIES: ReadonlyArray<string> = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
  "IS", "LI", "NO",
  "GB"
]

const equivalent: ReadonlySet<string> = new Set(EQUIVALENT_COUNTRIES)

/**
 * Where a country stands under Art. 28: Japan, a country recognised as
 * equivalent (EEA, UK), or a foreign country whose recipients need the 28(1)
 * consent unless they have a system meeting the standard.
 *
 * @since 0.2.0
 */
export const countryClass = (country: string): "domestic" | "equivalent" | "foreign" =>
  country === "JP" ? "domestic" : equivalent.has(country) ? "equivalent" : "foreign"

/**
 * The opt-out items a policy must give (27(2)(ii)–(viii), Enforcement Rules
 * 11(4)), by the model's key; item (i), the operator's identity, comes from
 * `operator`.
 *
 * @since 0.2.0
 */
export const OPT_OUT_ITEMS: ReadonlyArray<{ readonly key: keyof OptOut; readonly item: "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii"; readonly present: (optOut: OptOut) => boolean }> = [
  { key: "provisionIsPurpose", item: "ii", present: (o) => o.provisionIsPurpose === true },
  { key: "items", item: "iii", present: (o) => (o.items ?? []).length > 0 },
  { key: "acquisitionMethod", item: "iv", present: (o) => o.acquisitionMethod !== undefined },
  { key: "provisionMethod", item: "v", present: (o) => o.provisionMethod !== undefined },
  { key: "stopOnRequest", item: "vi", present: (o) => o.stopOnRequest === true },
  { key: "requestMethod", item: "vii", present: (o) => o.requestMethod !== undefined },
  { key: "updateMethod", item: "viii", present: (o) => o.updateMethod !== undefined },
  { key: "startDate", item: "viii", present: (o) => o.startDate !== undefined }
]

/** The keys of the opt-out items a policy leaves out. @since 0.2.0 */
export const missingOptOutItems = (optOut: OptOut): ReadonlyArray<keyof OptOut> => OPT_OUT_ITEMS.filter(({ present }) => !present(optOut)).map(({ key }) => key)

/**
 * Whether the opt-out is a ground for provision at all (before asking which
 * data it may carry): every item given and the filing made with the Commission (27(2)).
 *
 * @since 0.2.0
 */
export const optOutStatus = (optOut: OptOut | undefined): "none" | "not-filed" | "incomplete" | "lawful" => {
  // A conditional statement (when opt-out would be used) declares no practice.
  if (optOut === undefined || optOut.conditional === true) return "none"
  if (optOut.notifiedToCommission !== true) return "not-filed"
  return missingOptOutItems(optOut).length > 0 ? "incomplete" : "lawful"
}

/** What a joint use lacks of the five matters of 27(5)(iii), by what is missing. @since 0.2.0 */
export type JointUseGap =
  | { readonly kind: "items" }
  | { readonly kind: "users" }
  | { readonly kind: "purposes" }
  | { readonly kind: "responsible-address"; readonly party: number }
  | { readonly kind: "responsible-representative"; readonly party: number }
  | { readonly kind: "unnamed-representative"; readonly party: number; readonly index: number }

/**
 * The matters a joint use does not state (27(5)(iii), with the 2022 address
 * and representative of the responsible party). With any missing, sharing
 * the data is provision to a third party that needs consent.
 *
 * @since 0.2.0
 */
export const jointUseGaps = (jointUse: JointUse): ReadonlyArray<JointUseGap> => {
  const gaps: Array<JointUseGap> = []
  if (jointUse.items.length === 0) gaps.push({ kind: "items" })
  if (jointUse.users.length === 0 && jointUse.usersRange === undefined) gaps.push({ kind: "users" })
  if (jointUse.purposes === undefined && (jointUse.purposesText ?? []).length === 0) gaps.push({ kind: "purposes" })
  jointUse.responsibleParties.forEach((party, partyIndex) => {
    if (party.address === undefined) gaps.push({ kind: "responsible-address", party: partyIndex })
    const representatives = party.representatives ?? []
    if (representatives.length === 0) gaps.push({ kind: "responsible-representative", party: partyIndex })
    representatives.forEach((person, index) => {
      if (person.name === undefined) gaps.push({ kind: "unnamed-representative", party: partyIndex, index })
    })
  })
  return gaps
}
