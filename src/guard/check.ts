/**
 * The checker: answers a request from a decision table in constant time and
 * without allocating (decisions are prebuilt, lookups are Map/Set probes).
 * It imports nothing and never throws: whatever it is given — a malformed or
 * hostile request, an invalid table — it denies with a reason (fail closed).
 * It reads own properties only, so nothing inherited (a polluted
 * `Object.prototype`) can change a decision.
 *
 * The order of the tests is the specification; README "The decision table"
 * lists it and `test/conformance/guard/` holds a case with its article for
 * each step.
 *
 * @since 0.1.0
 */
import { type Decision, DECISIONS } from "./decisions.ts"
import { ACADEMIC_EXCEPTIONS, MY_NUMBER_GROUNDS, PROVISION_EXCEPTIONS, RECIPIENT_KINDS, USE_EXCEPTIONS } from "./request.ts"
import { type CategoryKind, type DecisionTable, type OptOutState, TABLE_FORMAT, TABLE_FORMAT_VERSION, type TableJointUser, type TableRecipient } from "./table.ts"

interface CategoryIndex {
  readonly purposes: ReadonlySet<string>
  readonly kind: CategoryKind
  readonly entrusted: boolean
  readonly optOut: OptOutState
  readonly anonymizedProvision: boolean
  readonly jointUsers: ReadonlyMap<string, TableJointUser>
  readonly entrustees: ReadonlySet<string> | null
  readonly outsourcingExcluded: boolean
}

interface Index {
  readonly categories: ReadonlyMap<string, CategoryIndex>
  readonly purposes: ReadonlySet<string>
  readonly academicForUse: ReadonlySet<string>
  readonly academicForProvision: ReadonlySet<string>
  readonly outsourcing: boolean
  readonly thirdParty: ReadonlyMap<string, TableRecipient>
  readonly outsourcee: ReadonlyMap<string, TableRecipient>
  readonly equivalent: ReadonlySet<string>
}

/** A checker bound to one table. @since 0.1.0 */
export type Checker = (request: unknown) => Decision

const hasOwn = Object.prototype.hasOwnProperty
/**
 * `found` (read as `value.key`) if it is the object's own property: an
 * absent key reads `undefined` without the ownership test, unless something
 * inherited answers — exactly when the test matters. The hot path reads each
 * field by its literal name (`request.category`), which V8 caches per shape;
 * `own` is for the table, read once.
 */
const ownValue = (value: object, key: string, found: unknown): unknown => (found === undefined || hasOwn.call(value, key) ? found : undefined)
const own = (value: object, key: string): unknown => ownValue(value, key, (value as Record<string, unknown>)[key])

/** The fields a request may have, read by name (see `ownValue`). */
interface RequestFields {
  readonly category?: unknown
  readonly purpose?: unknown
  readonly exception?: unknown
  readonly consent?: unknown
  readonly provide?: unknown
}
interface ProvideFields {
  readonly to?: unknown
  readonly recipient?: unknown
  readonly country?: unknown
  readonly entrustorPermission?: unknown
}
interface ConsentFields {
  readonly purpose?: unknown
  readonly provision?: unknown
  readonly foreign?: unknown
}

/**
 * The fast path of `ownValue`. When nothing has put one of the field names on
 * `Object.prototype` (pollution) and an object's prototype is
 * `Object.prototype` or `null`, every field it answers is its own, so the
 * per-field ownership test (a third of a check's time) can be skipped. Asked
 * of an empty object made here: reading an absent property of an object
 * whose shape never changes is a cached check of its prototype chain, which
 * V8 invalidates the moment a property is added to `Object.prototype`.
 */
const empty: RequestFields & ProvideFields & ConsentFields = {}
const prototypeIsClean = (): boolean =>
  empty.category === undefined &&
  empty.purpose === undefined &&
  empty.exception === undefined &&
  empty.consent === undefined &&
  empty.provide === undefined &&
  empty.to === undefined &&
  empty.recipient === undefined &&
  empty.country === undefined &&
  empty.entrustorPermission === undefined &&
  empty.provision === undefined &&
  empty.foreign === undefined
const isPlain = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
const isRecord = (value: unknown): value is object => typeof value === "object" && value !== null && !Array.isArray(value)

const useExceptions: ReadonlySet<unknown> = new Set(USE_EXCEPTIONS)
const provisionExceptions: ReadonlySet<unknown> = new Set(PROVISION_EXCEPTIONS)
const academic: ReadonlySet<unknown> = new Set(ACADEMIC_EXCEPTIONS)
const myNumberGrounds: ReadonlySet<unknown> = new Set(MY_NUMBER_GROUNDS)
const recipientKinds: ReadonlySet<unknown> = new Set(RECIPIENT_KINDS)
const kinds: ReadonlySet<unknown> = new Set(["ordinary", "special-care", "my-number", "pseudonymized", "anonymized"])
const optOutStates: ReadonlySet<unknown> = new Set(["lawful", "not-covered", "not-filed", "incomplete", "special-care", "my-number", "pseudonymized", "acquired-by-opt-out"])
/** ISO 3166-1 alpha-2: two capital ASCII letters (no regular expression on the hot path). */
const isCountryCode = (value: unknown): value is string => {
  if (typeof value !== "string" || value.length !== 2) return false
  const a = value.charCodeAt(0)
  const b = value.charCodeAt(1)
  return a >= 65 && a <= 90 && b >= 65 && b <= 90
}

/** Thrown while indexing only; `createChecker` turns it into a checker that denies everything. */
const fail = (what: string): never => {
  throw new TypeError(`not a decision table: ${what}`)
}
const strings = (value: unknown, what: string): ReadonlyArray<string> =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as ReadonlyArray<string>) : fail(what)
const flag = (value: unknown, what: string): boolean => (typeof value === "boolean" ? value : fail(what))

const recipientOf = (value: unknown): TableRecipient => {
  if (!isRecord(value)) return fail("recipient")
  const id = own(value, "id")
  const country = own(value, "country")
  if (typeof id !== "string" || (country !== undefined && !isCountryCode(country))) return fail("recipient")
  return { id, ...(country === undefined ? {} : { country }), systemBased: flag(own(value, "systemBased"), "systemBased") }
}

const byId = <A extends TableRecipient>(value: unknown, entry: (item: unknown) => A): ReadonlyMap<string, A> => {
  if (!Array.isArray(value)) return fail("recipients")
  return new Map(value.map((item) => entry(item)).map((item) => [item.id, item] as const))
}

/** Builds the lookup structures of a table, reading own properties only; throws `InvalidTable` on anything that is not one. */
const indexTable = (table: unknown): Index => {
  if (!isRecord(table) || own(table, "format") !== TABLE_FORMAT || own(table, "formatVersion") !== TABLE_FORMAT_VERSION) return fail("format")
  const purposes = strings(own(table, "purposes"), "purposes")
  const rows = own(table, "categories")
  const academicExceptions = own(table, "academicExceptions")
  const recipients = own(table, "recipients")
  if (!Array.isArray(rows) || !isRecord(academicExceptions) || !isRecord(recipients)) return fail("shape")
  const categories = new Map<string, CategoryIndex>()
  for (const row of rows as ReadonlyArray<unknown>) {
    if (!isRecord(row)) return fail("category")
    const id = own(row, "id")
    const kind = own(row, "kind")
    const optOut = own(row, "optOut")
    const indexes = own(row, "purposes")
    const entrustees = own(row, "entrustees")
    if (typeof id !== "string" || !kinds.has(kind) || !optOutStates.has(optOut) || !Array.isArray(indexes)) return fail("category")
    const declared = (indexes as ReadonlyArray<unknown>).map((i) => (typeof i === "number" && purposes[i] !== undefined ? purposes[i] : fail("purpose index")))
    categories.set(id, {
      purposes: new Set(declared),
      kind: kind as CategoryKind,
      entrusted: flag(own(row, "entrusted"), "entrusted"),
      optOut: optOut as OptOutState,
      anonymizedProvision: flag(own(row, "anonymizedProvision"), "anonymizedProvision"),
      jointUsers: byId(own(row, "jointUsers"), (item) => ({ ...recipientOf(item), complete: isRecord(item) ? flag(own(item, "complete"), "complete") : fail("joint user") })),
      entrustees: entrustees === null ? null : new Set(strings(entrustees, "entrustees")),
      outsourcingExcluded: flag(own(row, "outsourcingExcluded"), "outsourcingExcluded")
    })
  }
  return {
    categories,
    purposes: new Set(purposes),
    academicForUse: new Set(strings(own(academicExceptions, "use"), "academic")),
    academicForProvision: new Set(strings(own(academicExceptions, "provision"), "academic")),
    outsourcing: flag(own(table, "outsourcing"), "outsourcing"),
    thirdParty: byId(own(recipients, "thirdParty"), recipientOf),
    outsourcee: byId(own(recipients, "outsourcee"), recipientOf),
    equivalent: new Set(strings(own(table, "equivalentCountries"), "equivalentCountries"))
  }
}

// Where a recipient stands under Art. 28.
const HOME = 0 // Japan, a Rule 15 country (EEA, UK), or a declared recipient with a system meeting the standard: Art. 27 applies
const ABROAD = 1 // a 「外国にある第三者」: 28(1) applies and disapplies 27, its 27(5) routes included
const UNKNOWN = 2
const CONFLICT = 3

const locate = (index: Index, declared: TableRecipient | undefined, country: string | undefined): number => {
  const declaredCountry = declared === undefined ? undefined : declared.country
  if (declaredCountry !== undefined && country !== undefined && declaredCountry !== country) return CONFLICT
  const where = declaredCountry ?? country
  if (where === undefined) return UNKNOWN
  if (where === "JP" || index.equivalent.has(where)) return HOME
  return declared !== undefined && declared.systemBased ? HOME : ABROAD
}

/** The consent object's flags, or `undefined` when it is malformed (a boolean says no kind: fail closed). */
const CONSENT_NONE = 0
const CONSENT_PURPOSE = 1
const CONSENT_PROVISION = 2
const CONSENT_FOREIGN = 4
const MALFORMED = -1

const consentFlags = (consent: unknown, clean: boolean): number => {
  if (consent === undefined) return CONSENT_NONE
  if (!isRecord(consent)) return MALFORMED
  const fields = consent as ConsentFields
  const trusted = clean && isPlain(consent)
  const purpose = trusted ? fields.purpose : ownValue(consent, "purpose", fields.purpose)
  const provision = trusted ? fields.provision : ownValue(consent, "provision", fields.provision)
  const foreign = trusted ? fields.foreign : ownValue(consent, "foreign", fields.foreign)
  if ((purpose !== undefined && typeof purpose !== "boolean") || (provision !== undefined && typeof provision !== "boolean") || (foreign !== undefined && typeof foreign !== "boolean")) {
    return MALFORMED
  }
  return (purpose === true ? CONSENT_PURPOSE : 0) | (provision === true ? CONSENT_PROVISION : 0) | (foreign === true ? CONSENT_FOREIGN : 0)
}

const decideUse = (index: Index, category: CategoryIndex, purpose: unknown, exception: unknown, consent: number): Decision => {
  if (typeof purpose !== "string") return DECISIONS["malformed-request"]
  // 匿名加工情報 is not personal information: 18 does not limit its use (43).
  if (category.kind === "anonymized") return index.purposes.has(purpose) ? DECISIONS["anonymized-use"] : DECISIONS["unknown-purpose"]
  if (category.purposes.has(purpose)) return DECISIONS["declared-purpose"]
  if (exception !== undefined) {
    if (!useExceptions.has(exception)) return DECISIONS["unknown-exception"]
    if (academic.has(exception) && !index.academicForUse.has(exception as string)) return DECISIONS["undeclared-exception"]
    if (category.kind === "pseudonymized" && exception !== "laws-and-regulations") return DECISIONS["pseudonymized-use-restricted"]
    if (category.kind === "my-number" && exception !== "life-body-property") return DECISIONS["my-number-use-restricted"]
    return DECISIONS["statutory-exception"]
  }
  if (category.kind === "my-number") return DECISIONS["my-number-use-restricted"]
  if (category.entrusted) return DECISIONS["entrusted-data"]
  if (category.kind === "pseudonymized") return DECISIONS["pseudonymized-use-restricted"]
  if ((consent & CONSENT_PURPOSE) !== 0) return DECISIONS["use-consent"]
  return index.purposes.has(purpose) ? DECISIONS["purpose-not-declared-for-category"] : DECISIONS["unknown-purpose"]
}

/** The routes of 27(5) (not a third party), for a recipient Art. 27 applies to; `undefined` when the request must be judged as a third-party provision. */
const notAThirdParty = (index: Index, category: CategoryIndex, to: unknown, recipient: unknown, permitted: unknown): Decision | undefined => {
  if (to === "successor") return DECISIONS["business-succession"]
  if (to === "outsourcee") {
    if (category.kind === "my-number" && category.entrusted && permitted !== true) return DECISIONS["my-number-re-entrustment"]
    if (!index.outsourcing) return DECISIONS["outsourcing-not-declared"]
    if (recipient !== undefined && category.entrustees !== null && !category.entrustees.has(recipient as string)) return DECISIONS["outsourcing-not-declared"]
    return DECISIONS.outsourcing
  }
  if (to === "joint-user" && category.kind !== "my-number") {
    const user = typeof recipient === "string" ? category.jointUsers.get(recipient) : undefined
    if (user !== undefined && user.complete) return DECISIONS["joint-use"]
  }
  return undefined
}

const decideProvision = (index: Index, category: CategoryIndex, provide: object, exception: unknown, consent: number, clean: boolean): Decision => {
  const fields = provide as ProvideFields
  const trusted = clean && isPlain(provide)
  const to = trusted ? fields.to : ownValue(provide, "to", fields.to)
  const recipient = trusted ? fields.recipient : ownValue(provide, "recipient", fields.recipient)
  const country = trusted ? fields.country : ownValue(provide, "country", fields.country)
  const permitted = trusted ? fields.entrustorPermission : ownValue(provide, "entrustorPermission", fields.entrustorPermission)
  if (
    !recipientKinds.has(to) ||
    (recipient !== undefined && typeof recipient !== "string") ||
    (country !== undefined && !isCountryCode(country)) ||
    (permitted !== undefined && typeof permitted !== "boolean")
  ) {
    return DECISIONS["malformed-request"]
  }
  // 匿名加工情報 is not personal data: 27 and 28 do not apply; 43(4) does.
  if (category.kind === "anonymized") return category.anonymizedProvision ? DECISIONS["anonymized-provision"] : DECISIONS["anonymized-not-published"]
  // The company's own word, wherever the outsourcee is.
  if (to === "outsourcee" && category.outsourcingExcluded) return DECISIONS["outsourcing-excluded"]

  const declared =
    typeof recipient !== "string"
      ? undefined
      : to === "third-party"
        ? index.thirdParty.get(recipient)
        : to === "outsourcee"
          ? index.outsourcee.get(recipient)
          : to === "joint-user"
            ? category.jointUsers.get(recipient)
            : undefined
  const where = locate(index, declared, country as string | undefined)
  if (where === UNKNOWN) return DECISIONS["recipient-location-unknown"]
  if (where === CONFLICT) return DECISIONS["recipient-location-conflict"]
  const abroad = where === ABROAD

  // Art. 27 applies: outsourcing, succession and joint use are not provision to a third party (27(5)).
  if (!abroad && to !== "third-party") {
    const route = notAThirdParty(index, category, to, recipient, permitted)
    if (route !== undefined) return route
  }

  // A provision to a third party (or abroad, any recipient: 28(1) disapplies 27(5)).
  if (exception !== undefined) {
    if (category.kind === "my-number") {
      // 番号法 19 is a closed list; abroad only its life/body/property case, which is also 27(1)(ii), lifts 28 (fail closed).
      if (!myNumberGrounds.has(exception) || (abroad && exception !== "life-body-property")) return DECISIONS["my-number-provision-restricted"]
      return DECISIONS["my-number-ground"]
    }
    if (!provisionExceptions.has(exception)) return DECISIONS["unknown-exception"]
    if (academic.has(exception) && !index.academicForProvision.has(exception as string)) return DECISIONS["undeclared-exception"]
    if (category.kind === "pseudonymized" && exception !== "laws-and-regulations") return DECISIONS["pseudonymized-provision-restricted"]
    return DECISIONS["statutory-exception"]
  }
  if (category.kind === "my-number") return DECISIONS["my-number-provision-restricted"]
  if (category.entrusted) return DECISIONS["entrusted-data"]
  if (category.kind === "pseudonymized") return DECISIONS["pseudonymized-provision-restricted"]
  if (abroad) return (consent & CONSENT_FOREIGN) !== 0 ? DECISIONS["foreign-consent"] : DECISIONS["foreign-recipient-needs-consent"]
  if ((consent & CONSENT_PROVISION) !== 0) return DECISIONS["provision-consent"]
  if (to === "joint-user") {
    const user = typeof recipient === "string" ? category.jointUsers.get(recipient) : undefined
    return user === undefined ? DECISIONS["joint-user-not-declared"] : DECISIONS["joint-use-incomplete"]
  }
  switch (category.optOut) {
    case "lawful":
      return DECISIONS["opt-out"]
    case "special-care":
      return DECISIONS["sensitive-no-opt-out"]
    case "acquired-by-opt-out":
      return DECISIONS["opt-out-acquired-data"]
    case "not-filed":
      return DECISIONS["opt-out-not-filed"]
    case "incomplete":
      return DECISIONS["opt-out-incomplete"]
    default:
      // not covered, or My Number / pseudonymized data (handled above)
      return DECISIONS["consent-required"]
  }
}

const decide = (index: Index, request: unknown): Decision => {
  if (!isRecord(request)) return DECISIONS["malformed-request"]
  const fields = request as RequestFields
  const clean = prototypeIsClean()
  const trusted = clean && isPlain(request)
  const categoryId = trusted ? fields.category : ownValue(request, "category", fields.category)
  if (typeof categoryId !== "string") return DECISIONS["malformed-request"]
  const consent = consentFlags(trusted ? fields.consent : ownValue(request, "consent", fields.consent), clean)
  if (consent === MALFORMED) return DECISIONS["malformed-request"]
  const exception = trusted ? fields.exception : ownValue(request, "exception", fields.exception)
  if (exception !== undefined && typeof exception !== "string") return DECISIONS["malformed-request"]
  const provide = trusted ? fields.provide : ownValue(request, "provide", fields.provide)
  const category = index.categories.get(categoryId)
  if (category === undefined) return DECISIONS["unknown-category"]
  if (provide !== undefined) return isRecord(provide) ? decideProvision(index, category, provide, exception, consent, clean) : DECISIONS["malformed-request"]
  return decideUse(index, category, trusted ? fields.purpose : ownValue(request, "purpose", fields.purpose), exception, consent)
}

const denyAll: Checker = () => DECISIONS["invalid-table"]

/**
 * A checker for one table: build it once at start-up, call it on the hot
 * path. A value that is not a decision table of this format version gives a
 * checker that denies every request (`invalid-table`).
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
  let index: Index
  try {
    index = indexTable(table)
  } catch {
    // Not a table (or a hostile one): deny everything rather than throw.
    return denyAll
  }
  return (request) => {
    try {
      return decide(index, request)
    } catch {
      // Only a hostile request (a throwing getter or Proxy) gets here.
      return DECISIONS["malformed-request"]
    }
  }
}

const checkers = new WeakMap<object, Checker>()

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
  if (typeof table !== "object" || table === null) return DECISIONS["invalid-table"]
  let checker = checkers.get(table)
  if (checker === undefined) {
    checker = createChecker(table)
    checkers.set(table, checker)
  }
  return checker(request)
}
