/**
 * The checker: answers a request from a decision table in constant time and
 * without allocating (decisions are prebuilt, lookups are Map/Set probes).
 * It imports nothing and never throws: whatever it is given, a malformed or
 * unknown request is denied with a reason (fail closed).
 *
 * @since 0.1.0
 */
import { type Decision, DECISIONS } from "./decisions.ts"
import { ACADEMIC_EXCEPTIONS, EQUIVALENT_COUNTRIES, STATUTORY_EXCEPTIONS } from "./request.ts"
import { type DecisionTable, TABLE_FORMAT, TABLE_FORMAT_VERSION } from "./table.ts"

interface CategoryIndex {
  readonly purposes: ReadonlySet<string>
  readonly entrusted: boolean
  readonly myNumber: boolean
  readonly specialCare: boolean
  readonly optOut: boolean
  readonly jointUsers: ReadonlySet<string>
}

interface Index {
  readonly categories: ReadonlyMap<string, CategoryIndex>
  readonly purposes: ReadonlySet<string>
  readonly academicForUse: ReadonlySet<string>
  readonly academicForProvision: ReadonlySet<string>
  readonly outsourcing: boolean
}

const statutory: ReadonlySet<unknown> = new Set(STATUTORY_EXCEPTIONS)
const academic: ReadonlySet<unknown> = new Set(ACADEMIC_EXCEPTIONS)
const recipientKinds: ReadonlySet<unknown> = new Set(["third-party", "outsourcee", "joint-user", "successor"])

/** A checker bound to one table. @since 0.1.0 */
export type Checker = (request: unknown) => Decision

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null

/** Builds the lookup structures of a table; throws only on a table that is not one (a programming error, not a request). */
const indexTable = (table: DecisionTable): Index => {
  if (!isObject(table) || table.format !== TABLE_FORMAT || table.formatVersion !== TABLE_FORMAT_VERSION) {
    throw new TypeError(`not an appi-policy decision table of format version ${TABLE_FORMAT_VERSION}`)
  }
  const categories = new Map<string, CategoryIndex>()
  for (const category of table.categories) {
    categories.set(category.id, {
      purposes: new Set(category.purposes.map((index) => table.purposes[index]!)),
      entrusted: category.entrusted,
      myNumber: category.myNumber,
      specialCare: category.specialCare,
      optOut: category.optOut,
      jointUsers: new Set(category.jointUsers)
    })
  }
  return {
    categories,
    purposes: new Set(table.purposes),
    academicForUse: new Set(table.academicExceptions.use),
    academicForProvision: new Set(table.academicExceptions.provision),
    outsourcing: table.outsourcing
  }
}

/** `undefined` when no exception is claimed, the failing decision when the claim is invalid, `true` when valid. */
const checkException = (declaredAcademic: ReadonlySet<string>, exception: unknown): Decision | true | undefined => {
  if (exception === undefined) return undefined
  if (statutory.has(exception)) return true
  if (academic.has(exception)) return declaredAcademic.has(exception as string) ? true : DECISIONS["undeclared-exception"]
  return DECISIONS["unknown-exception"]
}

const decideUse = (index: Index, category: CategoryIndex, purpose: unknown, exception: unknown, consent: unknown): Decision => {
  if (typeof purpose !== "string") return DECISIONS["malformed-request"]
  if (category.purposes.has(purpose)) return DECISIONS["declared-purpose"]
  const claim = checkException(index.academicForUse, exception)
  if (claim !== undefined && claim !== true) return claim
  if (claim === true) {
    // 番号法 30(2) leaves only the life/body/property exception for My Number data.
    if (category.myNumber && exception !== "life-body-property") return DECISIONS["my-number-restricted"]
    return DECISIONS["statutory-exception"]
  }
  if (category.myNumber) return DECISIONS["my-number-restricted"]
  if (category.entrusted) return DECISIONS["entrusted-data"]
  if (consent === true) return DECISIONS.consent
  return index.purposes.has(purpose) ? DECISIONS["purpose-not-declared-for-category"] : DECISIONS["unknown-purpose"]
}

const decideProvision = (index: Index, category: CategoryIndex, provide: Record<string, unknown>, exception: unknown, consent: unknown): Decision => {
  const to = provide["to"]
  const recipient = provide["recipient"]
  const country = provide["country"]
  if (!recipientKinds.has(to) || (recipient !== undefined && typeof recipient !== "string") || (country !== undefined && typeof country !== "string")) {
    return DECISIONS["malformed-request"]
  }
  if (to === "outsourcee") return index.outsourcing ? DECISIONS.outsourcing : DECISIONS["outsourcing-not-declared"]
  if (to === "successor") return DECISIONS["business-succession"]
  if (to === "joint-user") {
    if (category.myNumber) return DECISIONS["my-number-restricted"]
    return typeof recipient === "string" && category.jointUsers.has(recipient) ? DECISIONS["joint-use"] : DECISIONS["joint-user-not-declared"]
  }
  // to === "third-party"
  const claim = checkException(index.academicForProvision, exception)
  if (claim !== undefined && claim !== true) return claim
  if (claim === true) {
    // 番号法 19: My Number data goes to third parties only in the cases the Act lists, all of them "based on laws".
    if (category.myNumber && exception !== "laws-and-regulations") return DECISIONS["my-number-restricted"]
    return DECISIONS["statutory-exception"]
  }
  if (category.myNumber) return DECISIONS["my-number-restricted"]
  if (category.entrusted) return DECISIONS["entrusted-data"]
  const foreign = typeof country === "string" && country !== "JP" && !EQUIVALENT_COUNTRIES.has(country)
  if (foreign) return consent === true ? DECISIONS.consent : DECISIONS["foreign-recipient-needs-consent"]
  if (consent === true) return DECISIONS.consent
  if (category.optOut) return category.specialCare ? DECISIONS["sensitive-no-opt-out"] : DECISIONS["opt-out"]
  return DECISIONS["consent-required"]
}

const decide = (index: Index, request: unknown): Decision => {
  if (!isObject(request)) return DECISIONS["malformed-request"]
  const categoryId = request["category"]
  if (typeof categoryId !== "string") return DECISIONS["malformed-request"]
  const consent = request["consent"]
  if (consent !== undefined && typeof consent !== "boolean") return DECISIONS["malformed-request"]
  const provide = request["provide"]
  const category = index.categories.get(categoryId)
  if (category === undefined) return DECISIONS["unknown-category"]
  if (provide !== undefined) {
    return isObject(provide) ? decideProvision(index, category, provide, request["exception"], consent) : DECISIONS["malformed-request"]
  }
  return decideUse(index, category, request["purpose"], request["exception"], consent)
}

/**
 * A checker for one table: build it once at start-up, call it on the hot path.
 *
 * @example
 * ```ts
 * import { createChecker } from "appi-policy/guard"
 * const check = createChecker(table)
 * check({ category: "customers", purpose: "contact" }).allowed // true
 * ```
 * @since 0.1.0
 */
export const createChecker = (table: DecisionTable): Checker => {
  const index = indexTable(table)
  return (request) => {
    try {
      return decide(index, request)
    } catch {
      // Only a hostile request (a throwing getter or Proxy) gets here.
      return DECISIONS["malformed-request"]
    }
  }
}

const checkers = new WeakMap<DecisionTable, Checker>()

/**
 * Checks one request against a table. The table's index is built on first
 * use and cached (by identity), so repeated calls cost a Map lookup.
 *
 * @example
 * ```ts
 * import { check } from "appi-policy/guard"
 * check(table, { category: "customers", provide: { to: "third-party", country: "US" } }).code
 * // "foreign-recipient-needs-consent"
 * ```
 * @since 0.1.0
 */
export const check = (table: DecisionTable, request: unknown): Decision => {
  let checker = checkers.get(table)
  if (checker === undefined) {
    checker = createChecker(table)
    checkers.set(table, checker)
  }
  return checker(request)
}
