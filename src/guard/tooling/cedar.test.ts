import { cedar } from "../../../test/cedarWasm.ts"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { sampleRequests } from "../../../bench/guardRequests.ts"
import { check } from "../check.ts"
import { compileGuard } from "../compile.ts"
import { guardFixture } from "../../../test/guardFixture.ts"
import type { Consent, ExceptionId, GuardRequest } from "../request.ts"
import type { DecisionTable } from "../table.ts"
import { loadPolicyFile } from "../../load/loadPolicy.ts"
import { everyNth, runs } from "../../../test/budget.ts"
import { CEDAR_SCHEMA, cedarFiles, cedarRequest, type CedarExport, exportCedar } from "./cedar.ts"

const examplesDir = join(import.meta.dirname, "../../../examples")
const tables: ReadonlyArray<readonly [string, DecisionTable]> = [
  ["guard fixture", compileGuard(guardFixture)],
  ...readdirSync(examplesDir)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => {
      const loaded = loadPolicyFile(join(examplesDir, name))
      if (!loaded.ok) throw new Error(`${name} does not load`)
      return [name, compileGuard(loaded.policy)] as const
    })
]

let policySets = 0
/**
 * A Cedar authoriser over an export: policies and schema are parsed once
 * (as a service would), requests are validated against the schema. Each
 * permit gets its `@code` as part of its id, so the answer says which
 * allowing decisions applied.
 */
const cedarAuthoriser = (exported: CedarExport) => {
  const parts = cedar.policySetTextToParts(exported.policies)
  if (parts.type !== "success") throw new Error(JSON.stringify(parts.errors))
  const policies = Object.fromEntries(parts.policies.map((text, i) => [`${i}:${/@code\("([a-z-]+)"\)/u.exec(text)?.[1] ?? "?"}`, text]))
  const id = `export-${policySets++}`
  expect(cedar.preparsePolicySet(id, { staticPolicies: policies })).toEqual({ type: "success" })
  expect(cedar.preparseSchema(id, exported.schema)).toEqual({ type: "success" })
  // As a service would send them: the policy, the category asked about and the recipient named, not the whole store.
  const [policy, ...rest] = exported.entities
  const byUid = new Map(rest.map((entity) => [`${entity.uid.type}::${entity.uid.id}`, entity]))
  return (request: GuardRequest): { readonly allowed: boolean; readonly codes: ReadonlyArray<string> } => {
    const { context, ...uids } = cedarRequest(request)
    const category = byUid.get(`AppiPolicy::Category::${request.category}`)
    const named = context["recipient"] as { readonly __entity: { readonly type: string; readonly id: string } } | undefined
    const recipient = named === undefined ? undefined : byUid.get(`${named.__entity.type}::${named.__entity.id}`)
    const answer = cedar.statefulIsAuthorized({
      ...uids,
      context: context as cedar.Context,
      preparsedPolicySetId: id,
      preparsedSchemaName: id,
      validateRequest: true,
      entities: [policy!, ...(category === undefined ? [] : [category]), ...(recipient === undefined ? [] : [recipient])] as cedar.Entities
    })
    if (answer.type !== "success") throw new Error(`${JSON.stringify(request)}: ${JSON.stringify(answer.errors)}`)
    if (answer.response.diagnostics.errors.length > 0) throw new Error(`${JSON.stringify(request)}: ${JSON.stringify(answer.response.diagnostics.errors)}`)
    return { allowed: answer.response.decision === "allow", codes: answer.response.diagnostics.reason.map((reason) => reason.split(":")[1]!) }
  }
}

/** Every combination of the fixture's vocabulary, near misses included. */
const exhaustiveFixtureRequests = (table: DecisionTable): ReadonlyArray<GuardRequest> => {
  const categories = [...table.categories.map((category) => category.id), "unknown-category"]
  const purposes = [...table.purposes, "unknown-purpose"]
  const exceptions = [undefined, "laws-and-regulations", "life-body-property", "academic-research-institution", "academic-research-joint", "my-number-affairs", "made-up"] as ReadonlyArray<
    ExceptionId | undefined
  >
  const consents: ReadonlyArray<Consent | undefined> = [undefined, { purpose: true }, { provision: true }, { foreign: true }]
  const recipients = [undefined, "partner-clinic", "overseas-lab", "loose-partner", "us-ads", "us-cloud", "unplaced", "us-helpdesk", "sg-datacenter", "payroll", "stranger"]
  const requests: Array<GuardRequest> = []
  for (const category of categories) {
    for (const exception of exceptions) {
      for (const consent of consents) {
        const claims = { ...(exception === undefined ? {} : { exception }), ...(consent === undefined ? {} : { consent }) }
        for (const purpose of purposes) requests.push({ category, purpose, ...claims } as GuardRequest)
        for (const to of ["third-party", "outsourcee", "joint-user", "successor", "nobody"] as const) {
          for (const recipient of recipients) {
            for (const country of [undefined, "JP", "US", "DE"]) {
              for (const entrustorPermission of to === "outsourcee" ? [undefined, true] : [undefined]) {
                const provide = { to: to as "third-party", ...(recipient === undefined ? {} : { recipient }), ...(country === undefined ? {} : { country }), ...(entrustorPermission === undefined ? {} : { entrustorPermission }) }
                requests.push({ category, provide, ...claims } as GuardRequest)
              }
            }
          }
        }
      }
    }
  }
  return requests
}

const disagreements = (table: DecisionTable, exported: CedarExport, requests: ReadonlyArray<GuardRequest>) => {
  const authorise = cedarAuthoriser(exported)
  return requests.flatMap((request) => {
    const guard = check(table, request)
    const answer = authorise(request)
    // When both allow, the permit for the guard's own decision must be among those that applied.
    const agree = guard.allowed === answer.allowed && (!guard.allowed || answer.codes.includes(guard.code))
    return agree ? [] : [{ request, guard: guard.code, cedar: answer }]
  })
}

describe("export cedar", () => {
  it.each(tables)("gives a schema, policies and entities Cedar accepts (%s)", (_, table) => {
    const exported = exportCedar(table)
    expect(cedar.checkParseSchema(exported.schema)).toEqual({ type: "success" })
    const validation = cedar.validate({ schema: exported.schema, policies: { staticPolicies: exported.policies }, validationSettings: { mode: "strict" } })
    expect(validation).toMatchObject({ type: "success", validationErrors: [], validationWarnings: [] })
    expect(cedar.checkParseEntities({ entities: exported.entities as cedar.Entities, schema: exported.schema })).toEqual({ type: "success" })
  })

  it("is deterministic, and the schema does not depend on the policy", () => {
    const [, table] = tables[1]!
    expect(cedarFiles(table)).toEqual(cedarFiles(JSON.parse(JSON.stringify(table)) as DecisionTable))
    expect(cedarFiles(table).map(({ path }) => path)).toEqual(["appi-policy.cedarschema", "policies.cedar", "entities.json"])
    expect(exportCedar(tables[0]![1]).schema).toBe(CEDAR_SCHEMA)
  })

  it("writes the policy-wide facts into the policies", () => {
    const fixture = exportCedar(tables[0]![1])
    expect(fixture.policies).toContain('"academic-research-institution"].contains(context.exception)')
    expect(fixture.policies).toContain('@id("provide-outsourcing")')
    const { outsourcing: _, ...withoutOutsourcing } = guardFixture
    expect(exportCedar(compileGuard(withoutOutsourcing)).policies).not.toContain('@id("provide-outsourcing")')
  })

  it("maps requests onto the schema's actions", () => {
    expect(cedarRequest({ category: "customers", purpose: "contact", consent: { purpose: true } })).toEqual({
      principal: { type: "AppiPolicy::Service", id: "service" },
      action: { type: "AppiPolicy::Action", id: "use" },
      resource: { type: "AppiPolicy::Category", id: "customers" },
      context: { purpose: { __entity: { type: "AppiPolicy::Purpose", id: "contact" } }, consent: { purpose: true } }
    })
    expect(cedarRequest({ category: "customers", provide: { to: "third-party", country: "US" } }).context).toEqual({ to: "third-party", country: "US" })
    expect(cedarRequest({ category: "customers", provide: { to: "joint-user", recipient: "partner-clinic" } }).context).toEqual({
      to: "joint-user",
      recipient: { __entity: { type: "AppiPolicy::Recipient", id: "joint-user/customers/partner-clinic" } }
    })
  })
})

// `npm test` asks Cedar every 256th combination and 40 sampled requests per policy; `npm run test:full` all of them and 2,000.
describe("Cedar agrees with the guard on use and provision requests", () => {
  it("on every combination of the fixture's vocabulary (every 256th in the fast suite)", () => {
    const [, table] = tables[0]!
    const all = exhaustiveFixtureRequests(table)
    expect(all.length).toBeGreaterThan(5_000)
    expect(disagreements(table, exportCedar(table), everyNth(all, 256))).toEqual([])
  })

  it.each(tables)("on a sample of requests for %s", (_, table) => {
    expect(disagreements(table, exportCedar(table), sampleRequests(table, runs(40, 2_000), 7))).toEqual([])
  })

  it("notices a permit missing from the export", () => {
    const [, table] = tables[0]!
    const exported = exportCedar(table)
    const withoutOptOut = { ...exported, policies: exported.policies.slice(0, exported.policies.indexOf("// the filed, complete opt-out")) }
    // The opt-out requests of the exhaustive set: a third party at home, nothing claimed.
    const optOutRequests = exhaustiveFixtureRequests(table).filter((request) => "provide" in request && request.provide.to === "third-party" && request.exception === undefined && request.consent === undefined)
    const found = disagreements(table, withoutOptOut, everyNth(optOutRequests, 8))
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(found.map(({ guard }) => guard))).toEqual(new Set(["opt-out"]))
  })
})
