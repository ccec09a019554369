/**
 * Well-typed guard requests drawn from a table's own vocabulary plus near
 * misses (an unknown category, purpose, recipient, exception), so most of
 * them reach a real branch. Deterministic for a seed: the benchmark and the
 * Cedar agreement test use the same kind of sample.
 *
 * @since 0.1.0
 */
import type { ExceptionId, GuardRequest } from "../src/guard/request.ts"
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
  "laws-and-regulations",
  "life-body-property",
  "public-health-children",
  "state-cooperation",
  "academic-research-institution",
  "academic-research-provision",
  // A claim no statute makes: the types forbid it, a request decoded from JSON can still carry it.
  "made-up" as ExceptionId
]
const RECIPIENT_KINDS = ["third-party", "outsourcee", "joint-user", "successor"] as const
const COUNTRIES = ["JP", "US", "DE", "GB", "CN"] as const

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
  const users = [...new Set(table.categories.flatMap((category) => category.jointUsers)), "stranger"]
  const requests: Array<GuardRequest> = []
  for (let i = 0; i < count; i++) {
    const category = random() < 0.05 || table.categories.length === 0 ? "unknown-category" : pick(table.categories)
    const categoryId = typeof category === "string" ? category : category.id
    const exception = sometimes(0.15, () => pick(EXCEPTIONS))
    const consent = sometimes(0.3, () => random() < 0.7)
    const claims = { ...(exception === undefined ? {} : { exception }), ...(consent === undefined ? {} : { consent }) }
    if (random() < 0.6) {
      // Mostly a purpose declared for the category, so allowed decisions are common, as in a real service.
      const declared = typeof category === "string" ? [] : category.purposes.map((index) => table.purposes[index]!)
      const roll = random()
      const purpose = roll < 0.6 && declared.length > 0 ? pick(declared) : roll < 0.9 && table.purposes.length > 0 ? pick(table.purposes) : "unknown-purpose"
      requests.push({ category: categoryId, purpose, ...claims })
    } else {
      const to = pick(RECIPIENT_KINDS)
      const recipient = to === "joint-user" ? sometimes(0.9, () => pick(users)) : undefined
      const country = to === "third-party" ? sometimes(0.5, () => pick(COUNTRIES)) : undefined
      requests.push({
        category: categoryId,
        provide: { to, ...(recipient === undefined ? {} : { recipient }), ...(country === undefined ? {} : { country }) },
        ...claims
      })
    }
  }
  return requests
}
