/**
 * Policy → decision table. Everything a decision needs is precomputed per
 * category, so the checker answers with constant-time lookups.
 *
 * @since 0.1.0
 */
import { sha256Hex } from "../core/sha256.ts"
import type { Policy } from "../model/Policy.ts"
import { ACADEMIC_EXCEPTIONS } from "./request.ts"
import { holdsSpecialCare, scopeCovers } from "./scope.ts"
import { type DecisionTable, TABLE_FORMAT, TABLE_FORMAT_VERSION } from "./table.ts"

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
export const compileGuard = (policy: Policy): DecisionTable => {
  const purposes = policy.purposes.items
  const optOut = policy.thirdPartyProvision?.optOut
  return {
    format: TABLE_FORMAT,
    formatVersion: TABLE_FORMAT_VERSION,
    policy: { id: policy.id, ...(policy.version === undefined ? {} : { version: policy.version }), hash: policyHash(policy) },
    purposes: purposes.map((purpose) => purpose.id),
    categories: policy.dataCategories.map((category) => ({
      id: category.id,
      purposes: purposes.flatMap((purpose, index) => (scopeCovers(purpose.categories, category) ? [index] : [])),
      entrusted: category.disclosure.entrusted === true,
      myNumber: category.sensitivity === "my-number",
      specialCare: holdsSpecialCare(category),
      optOut: scopeCovers(optOut?.categories, category),
      jointUsers: [...new Set((policy.jointUses ?? []).filter((use) => scopeCovers(use.categories, category)).flatMap((use) => use.users.map((user) => user.id)))].sort()
    })),
    academicExceptions: {
      use: academicIds(policy.useBeyondPurpose?.exceptions),
      provision: academicIds(policy.thirdPartyProvision?.exceptions)
    },
    outsourcing: policy.outsourcing?.used === true
  }
}
