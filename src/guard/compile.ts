/**
 * Policy → decision table. Everything a decision needs is precomputed per
 * category (its legal kind, whether opt-out is a lawful ground for it, its
 * joint users with where they are and whether their joint use is complete),
 * so the checker answers with constant-time lookups.
 *
 * @since 0.1.0
 */
import { sha256Hex } from "../core/sha256.ts"
import type { DataCategory } from "../model/DataCategory.ts"
import { acquiredByOptOut, EQUIVALENT_COUNTRIES, holdsSpecialCare, jointUseGaps, optOutStatus, scopeCovers } from "../model/facts.ts"
import type { SystemBasedTransfer } from "../model/ForeignTransfer.ts"
import type { Policy } from "../model/Policy.ts"
import { ACADEMIC_EXCEPTIONS } from "./request.ts"
import {
  type CategoryKind,
  type DecisionTable,
  type OptOutState,
  TABLE_FORMAT,
  TABLE_FORMAT_VERSION,
  type TableCategory,
  type TableJointUser,
  type TableRecipient
} from "./table.ts"

/** JSON with object keys sorted, so equal policies hash equally whatever their key order. */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`
  }
  return JSON.stringify(value)
}

/**
 * The SHA-256 of a policy's canonical JSON, `sha256:<hex>`.
 *
 * @since 0.1.0
 */
export const policyHash = (policy: Policy): string => `sha256:${sha256Hex(canonicalJson(policy))}`

const academic: ReadonlySet<string> = new Set(ACADEMIC_EXCEPTIONS)

const academicIds = (refs: ReadonlyArray<{ readonly id: string }> | undefined): ReadonlyArray<string> =>
  [...new Set((refs ?? []).map((ref) => ref.id).filter((id) => academic.has(id)))].sort()

const kindOf = (category: DataCategory): CategoryKind => {
  if (category.sensitivity === "ordinary" && holdsSpecialCare(category)) return "special-care"
  return category.sensitivity
}

const located = (entry: { readonly id: string; readonly country?: string; readonly systemBased?: SystemBasedTransfer }): TableRecipient => ({
  id: entry.id,
  ...(entry.country === undefined ? {} : { country: entry.country }),
  systemBased: entry.systemBased !== undefined
})

/** Why opt-out is or is not a ground for this category: the data first (the 27(2) proviso), then the opt-out itself. */
const optOutOf = (policy: Policy, category: DataCategory, kind: CategoryKind): OptOutState => {
  const optOut = policy.thirdPartyProvision?.optOut
  // No opt-out in use (none, or a conditional statement of when it would be); `all` never reaches My Number or
  // entrusted data; a category named in the scope is covered as named.
  const status = optOutStatus(optOut)
  if (status === "none" || !scopeCovers(optOut?.categories, category)) return "not-covered"
  if (kind === "my-number") return "my-number"
  if (kind === "pseudonymized") return "pseudonymized"
  if (kind === "special-care") return "special-care"
  if (acquiredByOptOut(category)) return "acquired-by-opt-out"
  return status
}

const jointUsersOf = (policy: Policy, category: DataCategory): ReadonlyArray<TableJointUser> => {
  const byId = new Map<string, TableJointUser>()
  for (const jointUse of policy.jointUses ?? []) {
    if (!scopeCovers(jointUse.categories, category)) continue
    const complete = jointUseGaps(jointUse).length === 0
    for (const user of jointUse.users) {
      const previous = byId.get(user.id)
      // A user of several joint uses is a joint user where any of them is complete.
      if (previous === undefined || (!previous.complete && complete)) byId.set(user.id, { ...located(user), complete })
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

const entrusteesOf = (policy: Policy, category: DataCategory): ReadonlyArray<string> | null => {
  const entrustees = policy.outsourcing?.entrustees ?? []
  if (entrustees.length === 0) return null
  return entrustees.filter((entrustee) => entrustee.categories === undefined || scopeCovers(entrustee.categories, category)).map((entrustee) => entrustee.id)
}

const categoryRow = (policy: Policy, category: DataCategory): TableCategory => {
  const kind = kindOf(category)
  const purposes = policy.purposes.items
  return {
    id: category.id,
    purposes: purposes.flatMap((purpose, index) => (scopeCovers(purpose.categories, category) ? [index] : [])),
    kind,
    entrusted: category.disclosure.entrusted === true,
    optOut: optOutOf(policy, category, kind),
    anonymizedProvision: kind === "anonymized" && category.anonymized?.provision !== undefined,
    jointUsers: jointUsersOf(policy, category),
    entrustees: entrusteesOf(policy, category),
    outsourcingExcluded: category.neverOutsourced === true
  }
}

/**
 * Compiles a policy into a plain-JSON decision table for `check`.
 *
 * @example
 * ```ts
 * import { compileGuard, loadPolicyFile } from "appi-policy"
 * import { check } from "appi-policy/guard"
 * const loaded = loadPolicyFile("policy.yaml")
 * if (loaded.ok) check(compileGuard(loaded.policy), { category: "customers", purpose: "contact" })
 * ```
 * @since 0.1.0
 */
export const compileGuard = (policy: Policy): DecisionTable => ({
  format: TABLE_FORMAT,
  formatVersion: TABLE_FORMAT_VERSION,
  policy: { id: policy.id, ...(policy.version === undefined ? {} : { version: policy.version }), hash: policyHash(policy) },
  purposes: policy.purposes.items.map((purpose) => purpose.id),
  categories: policy.dataCategories.map((category) => categoryRow(policy, category)),
  academicExceptions: {
    use: academicIds(policy.useBeyondPurpose?.exceptions),
    provision: academicIds(policy.thirdPartyProvision?.exceptions)
  },
  outsourcing: policy.outsourcing?.used === true,
  recipients: {
    thirdParty: (policy.thirdPartyProvision?.provisions ?? []).flatMap((provision) => (provision.recipients ?? []).map(located)),
    outsourcee: (policy.outsourcing?.entrustees ?? []).map(located)
  },
  equivalentCountries: [...EQUIVALENT_COUNTRIES]
})
