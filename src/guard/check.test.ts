import { Effect, Exit, Schema } from "effect"
import fc from "fast-check"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import { Policy } from "../model/Policy.ts"
import { check, createChecker } from "./check.ts"
import { compileGuard, policyHash } from "./compile.ts"
import { DECISIONS, type DecisionCode } from "./decisions.ts"
import { guardFixture } from "../../test/guardFixture.ts"
import { PurposeGuard, PurposeViolation } from "./PurposeGuard.ts"
import { runs } from "../../test/budget.ts"
import { referenceDecision } from "./reference.ts"
import { TABLE_FORMAT_VERSION } from "./table.ts"

const table = compileGuard(guardFixture)
const decide = createChecker(table)
const code = (request: unknown) => decide(request).code

/** The fixture with its opt-out changed: not filed, an item missing, or none at all. */
const optOutVariants = (() => {
  const provision = guardFixture.thirdPartyProvision!
  const { notifiedToCommission: _, ...unfiled } = provision.optOut!
  const { startDate: __, ...undated } = provision.optOut!
  const { optOut: ___, ...without } = provision
  return {
    unfiled: { ...guardFixture, thirdPartyProvision: { ...provision, optOut: unfiled } },
    incomplete: { ...guardFixture, thirdPartyProvision: { ...provision, optOut: undated } },
    none: { ...guardFixture, thirdPartyProvision: without }
  } satisfies Record<string, Policy>
})()

const JP = { to: "third-party", country: "JP" } as const
const provision = { provision: true } as const
const foreign = { foreign: true } as const

/**
 * A request against the fixture for each step of the decision table (README),
 * and the code it must get. The legal reasoning of each, with its article, is
 * in test/conformance/guard/; these rows pin the fixture's vocabulary.
 */
const rows: ReadonlyArray<readonly [unknown, DecisionCode]> = [
  // use (18)
  [{ category: "customers", purpose: "contact" }, "declared-purpose"],
  [{ category: "patients", purpose: "appointments" }, "declared-purpose"],
  [{ category: "customers", purpose: "appointments" }, "purpose-not-declared-for-category"],
  [{ category: "customers", purpose: "profiling" }, "unknown-purpose"],
  [{ category: "visitors", purpose: "contact" }, "unknown-category"],
  [{ category: "customers", purpose: "profiling", consent: { purpose: true } }, "use-consent"],
  [{ category: "customers", purpose: "profiling", consent: { provision: true } }, "unknown-purpose"],
  [{ category: "customers", purpose: "profiling", exception: "public-health-children" }, "statutory-exception"],
  [{ category: "customers", purpose: "profiling", exception: "academic-research-institution" }, "statutory-exception"],
  [{ category: "customers", purpose: "profiling", exception: "academic-research-provision" }, "undeclared-exception"],
  // 18(3) has six items: the joint-research one is 27(1)(vi) only (G9)
  [{ category: "customers", purpose: "profiling", exception: "academic-research-joint" }, "unknown-exception"],
  [{ category: "customers", purpose: "profiling", exception: "business-necessity" }, "unknown-exception"],
  [{ category: "client-data", purpose: "client-work" }, "declared-purpose"],
  [{ category: "client-data", purpose: "contact" }, "entrusted-data"],
  [{ category: "client-data", purpose: "contact", consent: { purpose: true } }, "entrusted-data"],
  [{ category: "client-data", purpose: "contact", exception: "laws-and-regulations" }, "statutory-exception"],
  [{ category: "staff-numbers", purpose: "tax-filing" }, "declared-purpose"],
  [{ category: "staff-numbers", purpose: "contact" }, "my-number-use-restricted"],
  [{ category: "staff-numbers", purpose: "contact", consent: { purpose: true } }, "my-number-use-restricted"],
  [{ category: "staff-numbers", purpose: "contact", exception: "laws-and-regulations" }, "my-number-use-restricted"],
  [{ category: "staff-numbers", purpose: "contact", exception: "life-body-property" }, "statutory-exception"],
  [{ category: "pseudonyms", purpose: "research" }, "declared-purpose"],
  [{ category: "pseudonyms", purpose: "appointments", consent: { purpose: true } }, "pseudonymized-use-restricted"],
  [{ category: "pseudonyms", purpose: "appointments", exception: "life-body-property" }, "pseudonymized-use-restricted"],
  [{ category: "pseudonyms", purpose: "appointments", exception: "laws-and-regulations" }, "statutory-exception"],
  [{ category: "anon-stats", purpose: "research" }, "anonymized-use"],
  [{ category: "anon-stats", purpose: "made-up" }, "unknown-purpose"],
  // provision at home (27)
  [{ category: "customers", provide: { to: "outsourcee", country: "JP" } }, "outsourcing"],
  [{ category: "customers", provide: { to: "outsourcee", recipient: "jp-callcenter" } }, "outsourcing"],
  [{ category: "customers", provide: { to: "outsourcee", recipient: "payroll" } }, "outsourcing-not-declared"],
  [{ category: "identity-documents", provide: { to: "outsourcee", recipient: "jp-callcenter" } }, "outsourcing-excluded"],
  [{ category: "customers", provide: { to: "outsourcee", recipient: "sg-datacenter" } }, "outsourcing"],
  [{ category: "client-numbers", provide: { to: "outsourcee", recipient: "payroll" } }, "my-number-re-entrustment"],
  [{ category: "client-numbers", provide: { to: "outsourcee", recipient: "payroll", entrustorPermission: true } }, "outsourcing"],
  [{ category: "staff-numbers", provide: { to: "outsourcee", recipient: "payroll" } }, "outsourcing"],
  [{ category: "customers", provide: { to: "successor", country: "JP" } }, "business-succession"],
  [{ category: "customers", provide: { to: "joint-user", recipient: "partner-clinic" } }, "joint-use"],
  [{ category: "customers", provide: { to: "joint-user", recipient: "loose-partner", country: "JP" } }, "joint-use-incomplete"],
  [{ category: "customers", provide: { to: "joint-user", recipient: "loose-partner", country: "JP" }, consent: provision }, "provision-consent"],
  [{ category: "customers", provide: { to: "joint-user", recipient: "stranger", country: "JP" } }, "joint-user-not-declared"],
  [{ category: "staff-numbers", provide: { to: "joint-user", recipient: "partner-clinic" } }, "my-number-provision-restricted"],
  [{ category: "pseudonyms", provide: { to: "joint-user", recipient: "partner-clinic" } }, "joint-use"],
  [{ category: "customers", provide: JP, exception: "laws-and-regulations" }, "statutory-exception"],
  [{ category: "customers", provide: JP, exception: "academic-research-joint" }, "statutory-exception"],
  [{ category: "customers", provide: JP, exception: "academic-research-institution" }, "undeclared-exception"],
  [{ category: "customers", provide: JP, exception: "my-number-affairs" }, "unknown-exception"],
  [{ category: "staff-numbers", provide: JP, exception: "laws-and-regulations" }, "my-number-provision-restricted"],
  [{ category: "staff-numbers", provide: JP, exception: "my-number-affairs" }, "my-number-ground"],
  [{ category: "staff-numbers", provide: JP, exception: "life-body-property" }, "my-number-ground"],
  [{ category: "staff-numbers", provide: JP, consent: provision }, "my-number-provision-restricted"],
  [{ category: "client-data", provide: JP, consent: provision }, "entrusted-data"],
  [{ category: "pseudonyms", provide: JP, consent: provision }, "pseudonymized-provision-restricted"],
  [{ category: "pseudonyms", provide: JP, exception: "laws-and-regulations" }, "statutory-exception"],
  [{ category: "customers", provide: JP, consent: provision }, "provision-consent"],
  [{ category: "customers", provide: JP, consent: foreign }, "opt-out"],
  [{ category: "customers", provide: JP }, "opt-out"],
  [{ category: "customers", provide: { to: "third-party", recipient: "de-partner" } }, "opt-out"],
  [{ category: "patients", provide: JP }, "sensitive-no-opt-out"],
  [{ category: "bought-lists", provide: JP }, "opt-out-acquired-data"],
  [{ category: "client-data", provide: JP }, "entrusted-data"],
  [{ category: "anon-stats", provide: JP }, "anonymized-provision"],
  [{ category: "anon-raw", provide: JP }, "anonymized-not-published"],
  // abroad (28)
  [{ category: "customers", provide: { to: "third-party", country: "US" } }, "foreign-recipient-needs-consent"],
  [{ category: "customers", provide: { to: "third-party", country: "US" }, consent: provision }, "foreign-recipient-needs-consent"],
  [{ category: "customers", provide: { to: "third-party", country: "US" }, consent: foreign }, "foreign-consent"],
  [{ category: "customers", provide: { to: "third-party", recipient: "us-ads" }, consent: foreign }, "foreign-consent"],
  [{ category: "customers", provide: { to: "third-party", recipient: "us-cloud" }, consent: provision }, "provision-consent"],
  [{ category: "customers", provide: { to: "third-party", recipient: "us-cloud" } }, "opt-out"],
  [{ category: "customers", provide: { to: "third-party", country: "US" }, exception: "laws-and-regulations" }, "statutory-exception"],
  [{ category: "customers", provide: { to: "outsourcee", country: "US" } }, "foreign-recipient-needs-consent"],
  [{ category: "customers", provide: { to: "outsourcee", recipient: "us-helpdesk" } }, "foreign-recipient-needs-consent"],
  [{ category: "customers", provide: { to: "outsourcee", recipient: "us-helpdesk" }, consent: foreign }, "foreign-consent"],
  [{ category: "customers", provide: { to: "successor", country: "CN" } }, "foreign-recipient-needs-consent"],
  [{ category: "customers", provide: { to: "joint-user", recipient: "overseas-lab" } }, "foreign-recipient-needs-consent"],
  [{ category: "patients", provide: { to: "third-party", country: "US" }, consent: foreign }, "foreign-consent"],
  [{ category: "staff-numbers", provide: { to: "outsourcee", country: "US" } }, "my-number-provision-restricted"],
  [{ category: "staff-numbers", provide: { to: "third-party", country: "US" }, exception: "my-number-affairs" }, "my-number-provision-restricted"],
  [{ category: "staff-numbers", provide: { to: "third-party", country: "US" }, exception: "life-body-property" }, "my-number-ground"],
  [{ category: "pseudonyms", provide: { to: "outsourcee", country: "US" }, consent: foreign }, "pseudonymized-provision-restricted"],
  // where the recipient is must be known (fail closed)
  [{ category: "customers", provide: { to: "third-party" } }, "recipient-location-unknown"],
  [{ category: "customers", provide: { to: "outsourcee" } }, "recipient-location-unknown"],
  [{ category: "customers", provide: { to: "successor" } }, "recipient-location-unknown"],
  [{ category: "customers", provide: { to: "third-party", recipient: "unplaced" }, consent: provision }, "recipient-location-unknown"],
  [{ category: "customers", provide: { to: "third-party", recipient: "us-ads", country: "JP" } }, "recipient-location-conflict"],
  // malformed requests fail closed
  [null, "malformed-request"],
  ["customers", "malformed-request"],
  [{ purpose: "contact" }, "malformed-request"],
  [{ category: "customers" }, "malformed-request"],
  [{ category: "customers", purpose: 42 }, "malformed-request"],
  [{ category: "customers", purpose: "contact", consent: true }, "malformed-request"],
  [{ category: "customers", purpose: "contact", consent: { purpose: "yes" } }, "malformed-request"],
  [{ category: "customers", provide: { to: "the-world", country: "JP" } }, "malformed-request"],
  [{ category: "customers", provide: "third-party" }, "malformed-request"],
  [{ category: "customers", provide: { to: "third-party", country: 81 } }, "malformed-request"],
  [{ category: "customers", provide: { to: "third-party", country: "usa" } }, "malformed-request"],
  [{ category: "customers", provide: { to: "outsourcee", country: "JP", entrustorPermission: "yes" } }, "malformed-request"]
]

/** Rows against the opt-out variants of the fixture. */
const variantRows: ReadonlyArray<readonly [keyof typeof optOutVariants, unknown, DecisionCode]> = [
  ["unfiled", { category: "customers", provide: JP }, "opt-out-not-filed"],
  ["unfiled", { category: "customers", provide: JP, consent: provision }, "provision-consent"],
  ["incomplete", { category: "customers", provide: JP }, "opt-out-incomplete"],
  ["none", { category: "customers", provide: JP }, "consent-required"],
  ["none", { category: "customers", provide: { to: "outsourcee", recipient: "jp-callcenter" } }, "outsourcing"]
]

describe("the decision table (README, 'The guard')", () => {
  it.each(rows)("%j → %s", (request, expected) => {
    expect(code(request)).toBe(expected)
    expect(referenceDecision(guardFixture, request).code).toBe(expected)
  })

  it.each(variantRows)("opt-out %s: %j → %s", (variant, request, expected) => {
    const policy = optOutVariants[variant]
    expect(check(compileGuard(policy), request).code).toBe(expected)
    expect(referenceDecision(policy, request).code).toBe(expected)
  })

  it("every decision code is exercised by some row", () => {
    const exercised = new Set([...rows.map(([, expected]) => expected), ...variantRows.map(([, , expected]) => expected)])
    const untested = (Object.keys(DECISIONS) as ReadonlyArray<DecisionCode>).filter((code) => !exercised.has(code) && code !== "invalid-table")
    expect(untested).toEqual([])
  })

  it("says which decisions rest on the policy rather than the statute", () => {
    expect(DECISIONS["outsourcing-not-declared"]).toMatchObject({ basis: "policy", article: "policy: outsourcing" })
    expect(DECISIONS["undeclared-exception"].basis).toBe("policy")
    expect(DECISIONS["foreign-recipient-needs-consent"]).toMatchObject({ basis: "law", article: "APPI Art. 28(1)" })
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
    const throwing = new Proxy({}, { get: () => { throw new Error("boom") }, getOwnPropertyDescriptor: () => { throw new Error("boom") } })
    expect(decide(throwing)).toBe(DECISIONS["malformed-request"])
    expect(decide({ category: "customers", get purpose(): string { throw new Error("boom") } })).toBe(DECISIONS["malformed-request"])
    expect(decide({ category: "customers", consent: throwing, purpose: "profiling" })).toBe(DECISIONS["malformed-request"])
  })

  it("reads own properties only: a polluted Object.prototype changes nothing", () => {
    const before = [decide({ category: "customers", purpose: "profiling" }), decide({ category: "customers", provide: { to: "third-party", country: "US" } })]
    const prototype = Object.prototype as Record<string, unknown>
    try {
      prototype["consent"] = { purpose: true, provision: true, foreign: true }
      prototype["purpose"] = true
      prototype["foreign"] = true
      prototype["exception"] = "laws-and-regulations"
      prototype["country"] = "JP"
      expect(decide({ category: "customers", purpose: "profiling" })).toBe(before[0])
      expect(decide({ category: "customers", provide: { to: "third-party", country: "US" } })).toBe(before[1])
      expect(decide({ category: "customers", provide: { to: "third-party" } }).code).toBe("recipient-location-unknown")
      expect(createChecker(compileGuard(guardFixture))({ category: "customers", purpose: "profiling" }).allowed).toBe(false)
    } finally {
      for (const key of ["consent", "purpose", "foreign", "exception", "country"]) delete prototype[key]
    }
  })

  it("reads own properties only: fields inherited from a request's own prototype do not count", () => {
    const inherited = Object.create({ consent: { purpose: true }, exception: "laws-and-regulations" }) as Record<string, unknown>
    inherited["category"] = "customers"
    inherited["purpose"] = "profiling"
    expect(decide(inherited).code).toBe("unknown-purpose")
    const provide = Object.create({ country: "JP" }) as Record<string, unknown>
    provide["to"] = "third-party"
    expect(decide({ category: "customers", provide }).code).toBe("recipient-location-unknown")
  })

  it("denies every request against a value that is not a table, and never throws", () => {
    for (const notATable of [null, undefined, 42, "table", {}, [], { ...table, formatVersion: 1 }, { ...table, categories: [{ id: 1 }] }, { ...table, purposes: null }]) {
      expect(check(notATable as never, { category: "customers", purpose: "contact" }).code).toBe("invalid-table")
      expect(createChecker(notATable as never)({ category: "customers", purpose: "contact" }).code).toBe("invalid-table")
    }
    const hostile = new Proxy(table, { get: () => { throw new Error("boom") } })
    expect(check(hostile, { category: "customers", purpose: "contact" }).code).toBe("invalid-table")
    expect(TABLE_FORMAT_VERSION).toBe(3)
  })

  it("any table: never throws on a mutated table, and denies unless it is well-formed", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("format", "formatVersion", "purposes", "categories", "academicExceptions", "outsourcing", "recipients", "equivalentCountries"), (value, key) => {
        const mutated = { ...table, [key]: value }
        expect(() => createChecker(mutated as never)({ category: "customers", purpose: "contact" })).not.toThrow()
      }),
      { numRuns: runs(300, 5_000) }
    )
  })
})

/** Requests built from a policy's own vocabulary plus near misses, so most hit real branches. */
const requests = (policy: Policy): fc.Arbitrary<unknown> => {
  const categories = [...policy.dataCategories.map((c) => c.id), "unknown-category"]
  const purposes = [...policy.purposes.items.map((p) => p.id), "unknown-purpose"]
  const recipients = [
    ...(policy.jointUses ?? []).flatMap((use) => use.users.map((user) => user.id)),
    ...(policy.thirdPartyProvision?.provisions ?? []).flatMap((p) => (p.recipients ?? []).map((r) => r.id)),
    ...(policy.outsourcing?.entrustees ?? []).map((e) => e.id),
    "stranger"
  ]
  const exceptions = [
    "laws-and-regulations",
    "life-body-property",
    "public-health-children",
    "state-cooperation",
    "academic-research-institution",
    "academic-research-provision",
    "academic-research-joint",
    "my-number-affairs",
    "legal-proceedings",
    "made-up",
    7
  ]
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
  const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
  const consent = fc.oneof(
    fc.record({ purpose: optional(fc.boolean()), provision: optional(fc.boolean()), foreign: optional(fc.boolean()) }).map(strip),
    fc.boolean(),
    fc.constant({ provision: "yes" })
  )
  const common = { category: fc.oneof(fc.constantFrom(...categories), fc.string()), exception: optional(fc.constantFrom(...exceptions)), consent: optional(consent) }
  return fc.oneof(
    fc.record({ ...common, purpose: fc.oneof(fc.constantFrom(...purposes), fc.string(), fc.integer()) }).map(strip),
    fc
      .record({
        ...common,
        provide: fc
          .record({
            to: fc.constantFrom("third-party", "outsourcee", "joint-user", "successor", "nobody"),
            recipient: optional(fc.oneof(fc.constantFrom(...recipients), fc.integer())),
            country: optional(fc.constantFrom("JP", "US", "DE", "GB", "CN", "SG", "jp", 81)),
            entrustorPermission: optional(fc.oneof(fc.boolean(), fc.constant("yes")))
          })
          .map(strip)
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
    expect(byId.get("client-data")?.optOut).toBe("not-covered")
  })

  it("records why opt-out is or is not a ground, per category", () => {
    const byId = new Map(table.categories.map((category) => [category.id, category.optOut]))
    expect(Object.fromEntries(byId)).toMatchObject({ customers: "lawful", patients: "special-care", "bought-lists": "acquired-by-opt-out", pseudonyms: "pseudonymized" })
    const { notifiedToCommission: _, ...unfiled } = guardFixture.thirdPartyProvision!.optOut!
    const notFiled = compileGuard({ ...guardFixture, thirdPartyProvision: { ...guardFixture.thirdPartyProvision!, optOut: unfiled } })
    expect(notFiled.categories.find((category) => category.id === "customers")?.optOut).toBe("not-filed")
    const { startDate: __, ...undated } = guardFixture.thirdPartyProvision!.optOut!
    const incomplete = compileGuard({ ...guardFixture, thirdPartyProvision: { ...guardFixture.thirdPartyProvision!, optOut: undated } })
    expect(incomplete.categories.find((category) => category.id === "customers")?.optOut).toBe("incomplete")
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
      expect(exit.value.message).toContain("APPI Art. 18(1)")
    }
  })
})
