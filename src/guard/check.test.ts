import { Effect, Exit, Schema } from "effect"
import fc from "fast-check"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import { Policy } from "../model/Policy.ts"
import { check, createChecker } from "./check.ts"
import { compileGuard, policyHash } from "./compile.ts"
import { DECISIONS } from "./decisions.ts"
import { guardFixture } from "../../test/guardFixture.ts"
import { PurposeGuard, PurposeViolation } from "./PurposeGuard.ts"
import { runs } from "../../test/budget.ts"
import { referenceDecision } from "./reference.ts"

const table = compileGuard(guardFixture)
const decide = createChecker(table)
const code = (request: unknown) => decide(request).code

/** Every row of the README's decision table: a request against the fixture and the code it must get. */
const rows = [
    // use (18(1))
    [{ category: "customers", purpose: "contact" }, "declared-purpose"],
    [{ category: "patients", purpose: "appointments" }, "declared-purpose"],
    [{ category: "customers", purpose: "appointments" }, "purpose-not-declared-for-category"],
    [{ category: "customers", purpose: "profiling" }, "unknown-purpose"],
    [{ category: "visitors", purpose: "contact" }, "unknown-category"],
    [{ category: "customers", purpose: "profiling", consent: true }, "consent"],
    [{ category: "customers", purpose: "profiling", exception: "public-health-children" }, "statutory-exception"],
    [{ category: "customers", purpose: "profiling", exception: "academic-research-institution" }, "statutory-exception"],
    [{ category: "customers", purpose: "profiling", exception: "academic-research-provision" }, "undeclared-exception"],
    [{ category: "customers", purpose: "profiling", exception: "business-necessity" }, "unknown-exception"],
    // entrusted data serves only the client's purpose
    [{ category: "client-data", purpose: "client-work" }, "declared-purpose"],
    [{ category: "client-data", purpose: "contact" }, "entrusted-data"],
    [{ category: "client-data", purpose: "contact", consent: true }, "entrusted-data"],
    [{ category: "client-data", purpose: "contact", exception: "laws-and-regulations" }, "statutory-exception"],
    // My Number (番号法 9, 19, 30): `all` does not reach it; only life/body/property beyond purposes
    [{ category: "staff-numbers", purpose: "tax-filing" }, "declared-purpose"],
    [{ category: "staff-numbers", purpose: "contact" }, "my-number-restricted"],
    [{ category: "staff-numbers", purpose: "contact", consent: true }, "my-number-restricted"],
    [{ category: "staff-numbers", purpose: "contact", exception: "laws-and-regulations" }, "my-number-restricted"],
    [{ category: "staff-numbers", purpose: "contact", exception: "life-body-property" }, "statutory-exception"],
    // provision (27, 28)
    [{ category: "customers", provide: { to: "outsourcee" } }, "outsourcing"],
    [{ category: "customers", provide: { to: "successor" } }, "business-succession"],
    [{ category: "customers", provide: { to: "joint-user", recipient: "partner-clinic" } }, "joint-use"],
    [{ category: "customers", provide: { to: "joint-user", recipient: "ad-network" } }, "joint-user-not-declared"],
    [{ category: "customers", provide: { to: "joint-user" } }, "joint-user-not-declared"],
    [{ category: "client-data", provide: { to: "joint-user", recipient: "partner-clinic" } }, "joint-user-not-declared"],
    [{ category: "staff-numbers", provide: { to: "joint-user", recipient: "partner-clinic" } }, "my-number-restricted"],
    [{ category: "customers", provide: { to: "third-party" }, exception: "laws-and-regulations" }, "statutory-exception"],
    // declared for use beyond purposes only: no ground for provision
    [{ category: "customers", provide: { to: "third-party" }, exception: "academic-research-institution" }, "undeclared-exception"],
    [{ category: "staff-numbers", provide: { to: "third-party" }, exception: "laws-and-regulations" }, "statutory-exception"],
    [{ category: "staff-numbers", provide: { to: "third-party" }, exception: "state-cooperation" }, "my-number-restricted"],
    [{ category: "staff-numbers", provide: { to: "third-party" }, consent: true }, "my-number-restricted"],
    [{ category: "client-data", provide: { to: "third-party" }, consent: true }, "entrusted-data"],
    [{ category: "customers", provide: { to: "third-party", country: "US" } }, "foreign-recipient-needs-consent"],
    [{ category: "customers", provide: { to: "third-party", country: "US" }, consent: true }, "consent"],
    [{ category: "customers", provide: { to: "third-party", country: "DE" } }, "opt-out"],
    [{ category: "customers", provide: { to: "third-party", country: "JP" }, consent: true }, "consent"],
    [{ category: "customers", provide: { to: "third-party" } }, "opt-out"],
    [{ category: "patients", provide: { to: "third-party" } }, "sensitive-no-opt-out"],
    [{ category: "patients", provide: { to: "third-party" }, consent: true }, "consent"],
    // fail closed on anything malformed
    [null, "malformed-request"],
    ["customers", "malformed-request"],
    [{ purpose: "contact" }, "malformed-request"],
    [{ category: "customers" }, "malformed-request"],
    [{ category: "customers", purpose: 42 }, "malformed-request"],
    [{ category: "customers", purpose: "contact", consent: "yes" }, "malformed-request"],
    [{ category: "customers", provide: { to: "the-world" } }, "malformed-request"],
    [{ category: "customers", provide: "third-party" }, "malformed-request"],
    [{ category: "customers", provide: { to: "third-party", country: 81 } }, "malformed-request"]
] as const

describe("the decision table (README, 'The guard')", () => {
  it.each(rows)("%j → %s", (request, expected) => {
    expect(code(request)).toBe(expected)
    expect(referenceDecision(guardFixture, request).code).toBe(expected)
  })

  it("a policy without opt-out requires consent for third parties", () => {
    const { thirdPartyProvision: _, ...withoutProvision } = guardFixture
    expect(check(compileGuard(withoutProvision), { category: "customers", provide: { to: "third-party" } }).code).toBe("consent-required")
    const { outsourcing: __, ...withoutOutsourcing } = guardFixture
    expect(check(compileGuard(withoutOutsourcing), { category: "customers", provide: { to: "outsourcee" } }).code).toBe("outsourcing-not-declared")
  })

  it("every decision code is exercised by some row", () => {
    const exercised = new Set<string>([...rows.map(([, expected]) => expected), "consent-required", "outsourcing-not-declared"])
    expect(Object.keys(DECISIONS).filter((code) => !exercised.has(code))).toEqual([])
  })
})

describe("the checker never throws and fails closed", () => {
  it("on arbitrary values", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }), (request) => {
        const decision = decide(request)
        expect(decision.allowed ? ["declared-purpose"] : ["malformed-request", "unknown-category"]).toContain(decision.code)
      }),
      { numRuns: runs(1_000, 20_000) }
    )
  })

  it("on hostile objects", () => {
    const throwing = new Proxy({}, { get: () => { throw new Error("boom") } })
    expect(decide(throwing)).toBe(DECISIONS["malformed-request"])
    expect(decide({ category: "customers", get purpose(): string { throw new Error("boom") } })).toBe(DECISIONS["malformed-request"])
  })

  it("refuses a table that is not one", () => {
    expect(() => createChecker({} as never)).toThrow(/not an appi-policy decision table/u)
  })
})

/** Requests built from a policy's own vocabulary plus near misses, so most hit real branches. */
const requests = (policy: Policy): fc.Arbitrary<unknown> => {
  const categories = [...policy.dataCategories.map((c) => c.id), "unknown-category"]
  const purposes = [...policy.purposes.items.map((p) => p.id), "unknown-purpose"]
  const users = [...(policy.jointUses ?? []).flatMap((use) => use.users.map((user) => user.id)), "stranger"]
  const exceptions = ["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation", "academic-research-institution", "academic-research-provision", "academic-research-joint", "made-up", 7]
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
  const common = { category: fc.oneof(fc.constantFrom(...categories), fc.string()), exception: optional(fc.constantFrom(...exceptions)), consent: optional(fc.oneof(fc.boolean(), fc.constant("yes"))) }
  const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
  return fc.oneof(
    fc.record({ ...common, purpose: fc.oneof(fc.constantFrom(...purposes), fc.string(), fc.integer()) }).map(strip),
    fc
      .record({
        ...common,
        provide: fc.record({
          to: fc.constantFrom("third-party", "outsourcee", "joint-user", "successor", "nobody"),
          recipient: optional(fc.oneof(fc.constantFrom(...users), fc.integer())),
          country: optional(fc.constantFrom("JP", "US", "DE", "GB", "CN", 81))
        }).map(strip)
      })
      .map(strip),
    fc.anything()
  )
}

const examples = readdirSync(join(import.meta.dirname, "../../examples"))
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => {
    const loaded = loadPolicyFile(join(import.meta.dirname, "../../examples", name))
    if (!loaded.ok) throw new Error(`${name} does not load`)
    return [name, loaded.policy] as const
  })

describe("compiled checker agrees with the reference evaluator", () => {
  it.each([["guard fixture", guardFixture] as const, ...examples])("on %s", (_, policy) => {
    const compiled = createChecker(JSON.parse(JSON.stringify(compileGuard(policy))))
    fc.assert(
      fc.property(requests(policy), (request) => {
        expect(compiled(request)).toEqual(referenceDecision(policy, request))
      }),
      { numRuns: runs(1_000, 20_000) }
    )
  })
})

describe("compileGuard", () => {
  it("gives a plain-JSON table that survives serialisation", () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table)
    expect(table.policy.id).toBe("guard-fixture")
  })

  it("hashes the policy's content, not its key order", () => {
    const reordered = Schema.decodeUnknownSync(Policy)(Object.fromEntries(Object.entries(guardFixture).reverse()))
    expect(policyHash(reordered)).toBe(table.policy.hash)
    expect(policyHash({ ...guardFixture, id: "other" })).not.toBe(table.policy.hash)
    expect(table.policy.hash).toMatch(/^sha256:[0-9a-f]{64}$/u)
  })

  it("does not let `all` reach entrusted or My Number categories", () => {
    const byId = new Map(table.categories.map((category) => [category.id, category]))
    expect(byId.get("client-data")?.purposes.map((i) => table.purposes[i])).toEqual(["client-work"])
    expect(byId.get("staff-numbers")?.purposes.map((i) => table.purposes[i])).toEqual(["tax-filing"])
    expect(byId.get("client-data")?.optOut).toBe(false)
  })
})

describe("PurposeGuard service", () => {
  const run = <A, E>(effect: Effect.Effect<A, E, PurposeGuard>) => Effect.runSyncExit(Effect.provide(effect, PurposeGuard.layerFromPolicy(guardFixture)))

  it("succeeds with the decision when allowed", () => {
    const exit = run(PurposeGuard.use((guard) => guard.check({ category: "customers", purpose: "contact" })))
    expect(exit).toEqual(Exit.succeed(DECISIONS["declared-purpose"]))
  })

  it("fails with PurposeViolation carrying the decision when denied", () => {
    const exit = run(PurposeGuard.use((guard) => guard.check({ category: "customers", purpose: "profiling" })).pipe(Effect.flip))
    expect(Exit.isSuccess(exit)).toBe(true)
    if (Exit.isSuccess(exit)) {
      expect(exit.value).toBeInstanceOf(PurposeViolation)
      expect(exit.value.decision.code).toBe("unknown-purpose")
      expect(exit.value.message).toContain("APPI 18(1)")
    }
  })
})
