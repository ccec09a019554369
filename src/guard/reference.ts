/**
 * The reference evaluator: the guard's semantics written as plainly as
 * possible, straight over the policy with linear scans and no precomputation.
 * It is the oracle the compiled checker is tested against, never used in
 * production. The order of the rules is the specification (README, "The guard").
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import { type Decision, DECISIONS } from "./decisions.ts"
import { EQUIVALENT_COUNTRIES } from "./request.ts"
import { holdsSpecialCare, scopeCovers } from "./scope.ts"

const STATUTORY = ["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation"]
const ACADEMIC = ["academic-research-institution", "academic-research-provision", "academic-research-joint"]

/** @since 0.1.0 */
export const referenceDecision = (policy: Policy, request: unknown): Decision => {
  if (typeof request !== "object" || request === null) return DECISIONS["malformed-request"]
  const r = request as Record<string, unknown>
  if (typeof r["category"] !== "string") return DECISIONS["malformed-request"]
  if (r["consent"] !== undefined && typeof r["consent"] !== "boolean") return DECISIONS["malformed-request"]
  const category = policy.dataCategories.find((c) => c.id === r["category"])
  if (category === undefined) return DECISIONS["unknown-category"]
  const myNumber = category.sensitivity === "my-number"
  const entrusted = category.disclosure.entrusted === true
  const exception = r["exception"]
  const exceptionProblem = (declared: ReadonlyArray<{ readonly id: string }> | undefined): Decision | undefined => {
    const declaredAcademic = (declared ?? []).map((e) => e.id)
    if (STATUTORY.includes(exception as string)) return undefined
    if (ACADEMIC.includes(exception as string)) return declaredAcademic.includes(exception as string) ? undefined : DECISIONS["undeclared-exception"]
    return DECISIONS["unknown-exception"]
  }

  if (r["provide"] === undefined) {
    const purpose = r["purpose"]
    if (typeof purpose !== "string") return DECISIONS["malformed-request"]
    const declared = policy.purposes.items.find((p) => p.id === purpose)
    if (declared !== undefined && scopeCovers(declared.categories, category)) return DECISIONS["declared-purpose"]
    if (exception !== undefined) {
      const problem = exceptionProblem(policy.useBeyondPurpose?.exceptions)
      if (problem !== undefined) return problem
      if (myNumber && exception !== "life-body-property") return DECISIONS["my-number-restricted"]
      return DECISIONS["statutory-exception"]
    }
    if (myNumber) return DECISIONS["my-number-restricted"]
    if (entrusted) return DECISIONS["entrusted-data"]
    if (r["consent"] === true) return DECISIONS.consent
    return declared === undefined ? DECISIONS["unknown-purpose"] : DECISIONS["purpose-not-declared-for-category"]
  }

  const provide = r["provide"]
  if (typeof provide !== "object" || provide === null) return DECISIONS["malformed-request"]
  const p = provide as Record<string, unknown>
  const to = p["to"]
  if (!["third-party", "outsourcee", "joint-user", "successor"].includes(to as string)) return DECISIONS["malformed-request"]
  if (p["recipient"] !== undefined && typeof p["recipient"] !== "string") return DECISIONS["malformed-request"]
  if (p["country"] !== undefined && typeof p["country"] !== "string") return DECISIONS["malformed-request"]
  if (to === "outsourcee") return policy.outsourcing?.used === true ? DECISIONS.outsourcing : DECISIONS["outsourcing-not-declared"]
  if (to === "successor") return DECISIONS["business-succession"]
  if (to === "joint-user") {
    if (myNumber) return DECISIONS["my-number-restricted"]
    const declared = (policy.jointUses ?? []).some((use) => scopeCovers(use.categories, category) && use.users.some((user) => user.id === p["recipient"]))
    return declared ? DECISIONS["joint-use"] : DECISIONS["joint-user-not-declared"]
  }
  if (exception !== undefined) {
    const problem = exceptionProblem(policy.thirdPartyProvision?.exceptions)
    if (problem !== undefined) return problem
    if (myNumber && exception !== "laws-and-regulations") return DECISIONS["my-number-restricted"]
    return DECISIONS["statutory-exception"]
  }
  if (myNumber) return DECISIONS["my-number-restricted"]
  if (entrusted) return DECISIONS["entrusted-data"]
  const country = p["country"]
  if (typeof country === "string" && country !== "JP" && !EQUIVALENT_COUNTRIES.has(country)) {
    return r["consent"] === true ? DECISIONS.consent : DECISIONS["foreign-recipient-needs-consent"]
  }
  if (r["consent"] === true) return DECISIONS.consent
  if (scopeCovers(policy.thirdPartyProvision?.optOut?.categories, category)) {
    return holdsSpecialCare(category) ? DECISIONS["sensitive-no-opt-out"] : DECISIONS["opt-out"]
  }
  return DECISIONS["consent-required"]
}
