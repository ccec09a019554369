/**
 * Well-typed guard requests drawn from a table's own vocabulary plus near
 * misses (an unknown category, purpose, recipient, exception), so most of
 * them reach a real branch. Deterministic for a seed: the benchmark and the
 * Cedar agreement test use the same kind of sample.
 *
 * @since 0.1.0
 */
import { type Consent, type ExceptionId, type GuardRequest, PROVISION_EXCEPTIONS } from "../src/guard/request.ts"
import type { DecisionTable } from "../src/guard/table.ts"

/** mulberry32: a tiny seeded generator, so a sample is the same on every run. */
const generator = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EXCEPTIONS: ReadonlyArray<ExceptionId> = [
  ...PROVISION_EXCEPTIONS,
  "my-number-affairs",
  // A claim no statute makes: the types forbid it, a request decoded from JSON can still carry it.
  "made-up" as ExceptionId
]
const RECIPIENT_KINDS = ["third-party", "outsourcee", "joint-user", "successor"] as const
const COUNTRIES = ["JP", "US", "DE", "GB", "CN", "SG"] as const
const CONSENTS: ReadonlyArray<Consent> = [{ purpose: true }, { provision: true }, { foreign: true }, { provision: true, foreign: true }, { purpose: false }]

/**
 * `count` requests over the table's categories, purposes and joint users.
 *
 * @example
 * ```ts
 * const requests = sampleRequests(compileGuard(policy), 1_000, 42)
 * ```
 * @since 0.1.0
 */
export const sampleRequests = (table: DecisionTable, count: number, seed = 1): ReadonlyArray<GuardRequest> => {
  const random = generator(seed)
  const pick = <T>(values: ReadonlyArray<T>): T => values[Math.floor(random() * values.length)]!
  const sometimes = <T>(probability: number, value: () => T): T | undefined => (random() < probability ? value() : undefined)
  const users = [...new Set(table.categories.flatMap((category) => category.jointUsers.map((user) => user.id))), "stranger"]
  const declaredRecipients = {
    "third-party": [...table.recipients.thirdParty.map((recipient) => recipient.id), "stranger"],
    outsourcee: [...table.recipients.outsourcee.map((recipient) => recipient.id), "stranger"],
    "joint-user": users,
    successor: ["stranger"]
  } as const
  const requests: Array<GuardRequest> = []
  for (let i = 0; i < count; i++) {
    const category = random() < 0.05 || table.categories.length === 0 ? "unknown-category" : pick(table.categories)
    const categoryId = typeof category === "string" ? category : category.id
    const exception = sometimes(0.15, () => pick(EXCEPTIONS))
    const consent = sometimes(0.3, () => pick(CONSENTS))
    const claims = { ...(exception === undefined ? {} : { exception }), ...(consent === undefined ? {} : { consent }) }
    if (random() < 0.6) {
      // Mostly a purpose declared for the category, so allowed decisions are common, as in a real service.
      const declared = typeof category === "string" ? [] : category.purposes.map((index) => table.purposes[index]!)
      const roll = random()
      const purpose = roll < 0.6 && declared.length > 0 ? pick(declared) : roll < 0.9 && table.purposes.length > 0 ? pick(table.purposes) : "unknown-purpose"
      // A claim may be one the statute does not list for use (a provision-only item): the types forbid it, JSON can carry it.
      requests.push({ category: categoryId, purpose, ...claims } as GuardRequest)
    } else {
      const to = pick(RECIPIENT_KINDS)
      const recipient = sometimes(to === "joint-user" ? 0.9 : 0.4, () => pick(declaredRecipients[to]))
      // Mostly placed (a service knows where it sends data); sometimes not, which the guard denies.
      const country = sometimes(recipient === undefined ? 0.9 : 0.3, () => pick(COUNTRIES))
      requests.push({
        category: categoryId,
        provide: { to, ...(recipient === undefined ? {} : { recipient }), ...(country === undefined ? {} : { country }) },
        ...claims
      })
    }
  }
  return requests
}
