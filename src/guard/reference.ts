/**
 * The reference evaluator: the guard's semantics written as plainly as
 * possible, straight over the policy with linear scans, no precomputation and
 * no shared helper — it re-reads the statute's facts itself (what `all`
 * covers, special-care data, the opt-out items, the joint-use matters, the
 * Rule 15 countries) instead of importing `model/facts.ts` as the compiler
 * does, so the differential tests compare two readings, not one twice. It is
 * the oracle the compiled checker is tested against, never used in
 * production.
 *
 * @since 0.1.0
 */
import type { DataCategory } from "../model/DataCategory.ts"
import type { Policy } from "../model/Policy.ts"
import { type Decision, DECISIONS } from "./decisions.ts"

const COMMON = ["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation"]
const ARTICLE_18_3 = [...COMMON, "academic-research-institution", "academic-research-provision"]
const ARTICLE_27_1 = [...COMMON, "academic-research-institution", "academic-research-joint", "academic-research-provision"]
const ACADEMIC = ["academic-research-institution", "academic-research-joint", "academic-research-provision"]
const MY_NUMBER_ACT_19 = ["my-number-affairs", "life-body-property", "legal-proceedings"]
// Enforcement Rules 15: the EEA (EU 27 + Iceland, Liechtenstein, Norway) and the United Kingdom.
const EU = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]
const RULE_15 = [...EU, "IS", "LI", "NO", "GB"]

const get = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined
const isObject = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value)

/** `all` means the ordinary data: not a client's data, not My Number data; a list means what it names. */
const covers = (scope: "all" | ReadonlyArray<string> | undefined, category: DataCategory): boolean =>
  scope === "all" ? category.disclosure.entrusted !== true && category.sensitivity !== "my-number" : (scope ?? []).includes(category.id)

const isSpecialCare = (category: DataCategory): boolean =>
  category.sensitivity === "special-care" || (category.items ?? []).some((item) => item.sensitivity === "special-care")

/** 27(2): every item told and the filing made. */
const optOutIsLawful = (policy: Policy): "lawful" | "not-filed" | "incomplete" => {
  const o = policy.thirdPartyProvision!.optOut!
  if (o.notifiedToCommission !== true) return "not-filed"
  const told =
    o.provisionIsPurpose === true &&
    (o.items ?? []).length > 0 &&
    o.acquisitionMethod !== undefined &&
    o.provisionMethod !== undefined &&
    o.stopOnRequest === true &&
    o.requestMethod !== undefined &&
    o.updateMethod !== undefined &&
    o.startDate !== undefined
  return told ? "lawful" : "incomplete"
}

/** 27(5)(iii): items, users, purposes, and each responsible party's name, address and representative. */
const jointUseIsComplete = (jointUse: NonNullable<Policy["jointUses"]>[number]): boolean =>
  jointUse.items.length > 0 &&
  (jointUse.users.length > 0 || jointUse.usersRange !== undefined) &&
  (jointUse.purposes !== undefined || (jointUse.purposesText ?? []).length > 0) &&
  jointUse.responsibleParties.every(
    (party) => party.address !== undefined && (party.representatives ?? []).length > 0 && (party.representatives ?? []).every((person) => person.name !== undefined)
  )

/** @since 0.1.0 */
export const referenceDecision = (policy: Policy, request: unknown): Decision => {
  if (!isObject(request)) return DECISIONS["malformed-request"]
  const categoryId = get(request, "category")
  if (typeof categoryId !== "string") return DECISIONS["malformed-request"]
  const consent = get(request, "consent")
  if (consent !== undefined) {
    if (!isObject(consent)) return DECISIONS["malformed-request"]
    for (const kind of ["purpose", "provision", "foreign"]) {
      const given = get(consent, kind)
      if (given !== undefined && typeof given !== "boolean") return DECISIONS["malformed-request"]
    }
  }
  const consented = (kind: string): boolean => get(consent, kind) === true
  const exception = get(request, "exception")
  if (exception !== undefined && typeof exception !== "string") return DECISIONS["malformed-request"]
  const category = policy.dataCategories.find((c) => c.id === categoryId)
  if (category === undefined) return DECISIONS["unknown-category"]
  const sensitivity = category.sensitivity
  const myNumber = sensitivity === "my-number"
  const pseudonymized = sensitivity === "pseudonymized"
  const entrusted = category.disclosure.entrusted === true

  if (get(request, "provide") === undefined) {
    const purpose = get(request, "purpose")
    if (typeof purpose !== "string") return DECISIONS["malformed-request"]
    const declared = policy.purposes.items.find((p) => p.id === purpose)
    if (sensitivity === "anonymized") return declared !== undefined ? DECISIONS["anonymized-use"] : DECISIONS["unknown-purpose"]
    if (declared !== undefined && covers(declared.categories, category)) return DECISIONS["declared-purpose"]
    if (exception !== undefined) {
      if (!ARTICLE_18_3.includes(exception as string)) return DECISIONS["unknown-exception"]
      const declaredAcademic = (policy.useBeyondPurpose?.exceptions ?? []).map((e) => e.id as string)
      if (ACADEMIC.includes(exception as string) && !declaredAcademic.includes(exception as string)) return DECISIONS["undeclared-exception"]
      if (pseudonymized && exception !== "laws-and-regulations") return DECISIONS["pseudonymized-use-restricted"]
      if (myNumber && exception !== "life-body-property") return DECISIONS["my-number-use-restricted"]
      return DECISIONS["statutory-exception"]
    }
    if (myNumber) return DECISIONS["my-number-use-restricted"]
    if (entrusted) return DECISIONS["entrusted-data"]
    if (pseudonymized) return DECISIONS["pseudonymized-use-restricted"]
    if (consented("purpose")) return DECISIONS["use-consent"]
    return declared === undefined ? DECISIONS["unknown-purpose"] : DECISIONS["purpose-not-declared-for-category"]
  }

  const provide = get(request, "provide")
  if (!isObject(provide)) return DECISIONS["malformed-request"]
  const to = get(provide, "to")
  const recipient = get(provide, "recipient")
  const country = get(provide, "country")
  const permitted = get(provide, "entrustorPermission")
  if (!["third-party", "outsourcee", "joint-user", "successor"].includes(to as string)) return DECISIONS["malformed-request"]
  if (recipient !== undefined && typeof recipient !== "string") return DECISIONS["malformed-request"]
  if (country !== undefined && !(typeof country === "string" && /^[A-Z]{2}$/u.test(country))) return DECISIONS["malformed-request"]
  if (permitted !== undefined && typeof permitted !== "boolean") return DECISIONS["malformed-request"]

  if (sensitivity === "anonymized") return category.anonymized?.provision !== undefined ? DECISIONS["anonymized-provision"] : DECISIONS["anonymized-not-published"]
  if (to === "outsourcee" && category.neverOutsourced === true) return DECISIONS["outsourcing-excluded"]

  // The joint uses that list this user for this category, complete ones first.
  const jointUses = (policy.jointUses ?? []).filter((use) => covers(use.categories, category) && use.users.some((user) => user.id === recipient))
  const completeJointUse = jointUses.find(jointUseIsComplete)
  const jointUser = (completeJointUse ?? jointUses[0])?.users.find((user) => user.id === recipient)

  // The recipient as the policy declares it, for this kind of recipient.
  let declared: { readonly country?: string; readonly systemBased?: unknown } | undefined
  if (typeof recipient === "string") {
    if (to === "third-party") {
      declared = (policy.thirdPartyProvision?.provisions ?? []).flatMap((p) => p.recipients ?? []).find((r) => r.id === recipient)
    } else if (to === "outsourcee") {
      declared = (policy.outsourcing?.entrustees ?? []).find((e) => e.id === recipient)
    } else if (to === "joint-user") {
      declared = jointUser
    }
  }
  if (declared?.country !== undefined && country !== undefined && declared.country !== country) return DECISIONS["recipient-location-conflict"]
  const where = declared?.country ?? (country as string | undefined)
  if (where === undefined) return DECISIONS["recipient-location-unknown"]
  // 28(1): a third party in a foreign country, unless the country is a Rule 15 one or the recipient has a Rule 16 system.
  const abroad = where !== "JP" && !RULE_15.includes(where) && !(declared !== undefined && declared.systemBased !== undefined)

  if (!abroad) {
    if (to === "successor") return DECISIONS["business-succession"]
    if (to === "outsourcee") {
      if (myNumber && entrusted && permitted !== true) return DECISIONS["my-number-re-entrustment"]
      if (policy.outsourcing?.used !== true) return DECISIONS["outsourcing-not-declared"]
      const named = policy.outsourcing.entrustees ?? []
      if (recipient !== undefined && named.length > 0) {
        const entrustee = named.find((e) => e.id === recipient)
        if (entrustee === undefined || (entrustee.categories !== undefined && !covers(entrustee.categories, category))) return DECISIONS["outsourcing-not-declared"]
      }
      return DECISIONS.outsourcing
    }
    if (to === "joint-user" && !myNumber && completeJointUse !== undefined) return DECISIONS["joint-use"]
  }

  if (exception !== undefined) {
    if (myNumber) {
      if (!MY_NUMBER_ACT_19.includes(exception as string)) return DECISIONS["my-number-provision-restricted"]
      if (abroad && exception !== "life-body-property") return DECISIONS["my-number-provision-restricted"]
      return DECISIONS["my-number-ground"]
    }
    if (!ARTICLE_27_1.includes(exception as string)) return DECISIONS["unknown-exception"]
    const declaredAcademic = (policy.thirdPartyProvision?.exceptions ?? []).map((e) => e.id as string)
    if (ACADEMIC.includes(exception as string) && !declaredAcademic.includes(exception as string)) return DECISIONS["undeclared-exception"]
    if (pseudonymized && exception !== "laws-and-regulations") return DECISIONS["pseudonymized-provision-restricted"]
    return DECISIONS["statutory-exception"]
  }
  if (myNumber) return DECISIONS["my-number-provision-restricted"]
  if (entrusted) return DECISIONS["entrusted-data"]
  if (pseudonymized) return DECISIONS["pseudonymized-provision-restricted"]
  if (abroad) return consented("foreign") ? DECISIONS["foreign-consent"] : DECISIONS["foreign-recipient-needs-consent"]
  if (consented("provision")) return DECISIONS["provision-consent"]
  if (to === "joint-user") return jointUses.length === 0 ? DECISIONS["joint-user-not-declared"] : DECISIONS["joint-use-incomplete"]
  if (to !== "third-party") return DECISIONS["consent-required"]

  const optOut = policy.thirdPartyProvision?.optOut
  if (optOut === undefined || optOut.conditional === true || !covers(optOut.categories, category)) return DECISIONS["consent-required"]
  if (isSpecialCare(category)) return DECISIONS["sensitive-no-opt-out"]
  if ((category.acquisition?.methods ?? []).includes("from-opt-out-provision")) return DECISIONS["opt-out-acquired-data"]
  const state = optOutIsLawful(policy)
  return state === "lawful" ? DECISIONS["opt-out"] : state === "not-filed" ? DECISIONS["opt-out-not-filed"] : DECISIONS["opt-out-incomplete"]
}
