/**
 * The guard's checker against a plain Map/Set probe (the floor: one lookup
 * per request, no law), against Cedar (cedar-wasm, over the `export cedar`
 * encoding of the same policy) and against a naive scan of the policy (the
 * reference evaluator), on the same requests, after checking that the checker,
 * the naive scan and Cedar give the same decisions on every one of them.
 *
 *     npx tsx bench/guard.bench.ts        (npm run bench runs every bench/*.bench.ts)
 *
 * Times are mitata medians of a pass over the whole request set, divided by
 * its size: nanoseconds per decision. The checker is timed first, before the
 * other evaluators churn the heap, in five interleaved rounds whose median is
 * reported. Allocation is measured separately (see `allocationsPerDecision`).
 * Not a test: nothing here fails CI.
 *
 * @since 0.1.0
 */
import { cedar } from "../test/cedarWasm.ts"
import { do_not_optimize, measure } from "mitata"
import { cpus } from "node:os"
import { join } from "node:path"
import { PerformanceObserver } from "node:perf_hooks"
import { getHeapStatistics, setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import { cedarRequest, exportCedar } from "../src/guard/tooling/cedar.ts"
import { createChecker } from "../src/guard/check.ts"
import { compileGuard } from "../src/guard/compile.ts"
import { guardFixture } from "../test/guardFixture.ts"
import { referenceDecision } from "../src/guard/reference.ts"
import type { GuardRequest } from "../src/guard/request.ts"
import type { DecisionTable } from "../src/guard/table.ts"
import { loadPolicyFile } from "../src/load/loadPolicy.ts"
import type { Policy } from "../src/model/Policy.ts"
import { largePolicy } from "./guardLargePolicy.ts"
import { sampleRequests } from "./guardRequests.ts"

const REQUESTS = 512
const ALLOCATION_RUNS = 1_000_000
const CHECKER_ROUNDS = 7

// `gc()` without asking for `node --expose-gc`: `npm run bench` runs plain `tsx`.
setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

const seed = (): Policy => {
  const loaded = loadPolicyFile(join(import.meta.dirname, "../examples/000-genesis.yaml"))
  if (!loaded.ok) throw new Error("examples/000-genesis.yaml does not load")
  return loaded.policy
}

/**
 * The floor a checker is measured against: what a service would write by hand
 * with no law in it — read the request's fields, one Map probe for the
 * category, one Set probe for the purpose or the recipient. Not a guard (it
 * decides nothing right); the cost of touching a request and two hash tables.
 */
const plainProbe = (table: DecisionTable): ((request: unknown) => boolean) => {
  const categories = new Map(table.categories.map((category) => [category.id, { purposes: new Set(category.purposes.map((i) => table.purposes[i]!)), users: new Set(category.jointUsers.map((user) => user.id)) }]))
  return (request) => {
    const r = request as { readonly category: string; readonly purpose?: string; readonly provide?: { readonly to: string; readonly recipient?: string; readonly country?: string } }
    const category = categories.get(r.category)
    if (category === undefined) return false
    return r.provide === undefined ? category.purposes.has(r.purpose as string) : category.users.has(r.provide.recipient as string) || r.provide.country === "JP"
  }
}

/** One policy prepared for the evaluators, with the same requests for each. */
const prepare = (name: string, policy: Policy) => {
  const table = compileGuard(policy)
  const decide = createChecker(table)
  const requests = sampleRequests(table, REQUESTS, 2024)
  const exported = exportCedar(table)
  const setId = `bench-${policy.id}`
  const parsed = cedar.preparsePolicySet(setId, { staticPolicies: exported.policies })
  if (parsed.type !== "success") throw new Error(`${name}: Cedar does not parse the export: ${JSON.stringify(parsed.errors)}`)
  // What a service sends Cedar with each request: the policy entity, the category asked about and the recipient named.
  const [policyEntity, ...rest] = exported.entities
  const byUid = new Map(rest.map((entity) => [`${entity.uid.type}::${entity.uid.id}`, entity]))
  const cedarCalls = requests.map((request) => {
    const { context, ...uids } = cedarRequest(request)
    const category = byUid.get(`AppiPolicy::Category::${request.category}`)
    const named = context["recipient"] as { readonly __entity: { readonly type: string; readonly id: string } } | undefined
    const recipient = named === undefined ? undefined : byUid.get(`${named.__entity.type}::${named.__entity.id}`)
    const entities = [policyEntity!, ...(category === undefined ? [] : [category]), ...(recipient === undefined ? [] : [recipient])]
    return { ...uids, context: context as cedar.Context, entities: entities as cedar.Entities }
  })
  const probe = plainProbe(table)
  const stateful = cedarCalls.map((call) => ({ ...call, preparsedPolicySetId: setId }))
  const stateless = cedarCalls.map((call) => ({ ...call, policies: { staticPolicies: exported.policies } }))
  const cedarAllows = (call: cedar.StatefulAuthorizationCall | cedar.AuthorizationCall): boolean => {
    const answer = "preparsedPolicySetId" in call ? cedar.statefulIsAuthorized(call) : cedar.isAuthorized(call)
    if (answer.type !== "success") throw new Error(`${name}: Cedar failed: ${JSON.stringify(answer.errors)}`)
    return answer.response.decision === "allow"
  }
  return { name, policy, table, decide, probe, requests, stateful, stateless, cedarAllows }
}
type Prepared = ReturnType<typeof prepare>

/** Every request, every evaluator: the checker and the naive scan give the same decision, Cedar the same allow/deny. */
const disagreements = ({ policy, decide, requests, stateful, stateless, cedarAllows }: Prepared): ReadonlyArray<string> =>
  requests.flatMap((request, i) => {
    const decision = decide(request)
    const naive = referenceDecision(policy, request)
    const viaCedar = [cedarAllows(stateful[i]!), cedarAllows(stateless[i]!)]
    return decision === naive && viaCedar.every((allowed) => allowed === decision.allowed)
      ? []
      : [`${JSON.stringify(request)}: checker ${decision.code}, naive scan ${naive.code}, cedar ${viaCedar.join("/")}`]
  })

/**
 * Median nanoseconds per decision: mitata's median time of one pass over the
 * requests, over their number. A sample of the fast evaluators is 16 passes
 * (well under a millisecond), so the median is that of samples no other
 * process interrupted; the slow ones take at least five samples and a second.
 */
const nsPerDecision = async (pass: () => unknown, count: number, slow = false): Promise<number> => {
  const stats = await measure(pass, slow ? { min_samples: 5, min_cpu_time: 1e9 } : { batch_samples: 16 })
  return stats.p50 / count
}

/**
 * Heap growth per decision over `ALLOCATION_RUNS` allowed decisions, and the
 * garbage collections that ran meanwhile. After warming up (so the code is
 * optimised) and a full `gc()`, V8's used heap only grows by what the loop
 * allocates unless a collection runs, which the observer counts: any object
 * (16 bytes at least) per decision would show as ≥ 16 B/decision or as
 * scavenges.
 */
const allocationsPerDecision = async (decide: (request: unknown) => unknown, requests: ReadonlyArray<unknown>) => {
  let sink = 0
  const loop = (runs: number) => {
    for (let i = 0; i < runs; i++) sink += decide(requests[i % requests.length]) === undefined ? 0 : 1
  }
  loop(ALLOCATION_RUNS)
  let collections = 0
  const observer = new PerformanceObserver((list) => {
    collections += list.getEntries().length
  })
  gc()
  // Entries of the full gc() above may still be on their way: let them arrive first.
  await new Promise((resolve) => setTimeout(resolve, 50))
  observer.observe({ entryTypes: ["gc"] })
  const before = getHeapStatistics().used_heap_size
  loop(ALLOCATION_RUNS)
  const after = getHeapStatistics().used_heap_size
  // The observer is called asynchronously: wait for the entries of collections during the loop.
  await new Promise((resolve) => setTimeout(resolve, 50))
  observer.disconnect()
  do_not_optimize(sink)
  return { bytesPerDecision: (after - before) / ALLOCATION_RUNS, collections }
}

const median = (values: ReadonlyArray<number>): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const format = (ns: number): string => (ns < 1_000 ? `${ns.toFixed(1)} ns` : ns < 1_000_000 ? `${(ns / 1_000).toFixed(1)} µs` : `${(ns / 1_000_000).toFixed(2)} ms`)
const times = (x: number): string => `${x >= 100 ? Math.round(x).toLocaleString("en") : x.toFixed(1)}×`

const main = async (): Promise<number> => {
  const prepared = [prepare("guard fixture", guardFixture), prepare("000-genesis (seed)", seed()), prepare("generated", largePolicy(1_000, 50))]

  for (const p of prepared) {
    const found = disagreements(p)
    if (found.length > 0) {
      console.error(`${p.name}: the evaluators disagree on ${found.length} of ${p.requests.length} requests:\n${found.slice(0, 10).join("\n")}`)
      return 1
    }
  }
  console.log(`agreement: checker, naive scan and cedar-wasm (preparsed and isAuthorized) agree on all ${REQUESTS} requests of each policy`)

  // The checker and the plain probe first, on a quiet heap, side by side in interleaved rounds (checker, probe,
  // next policy …), so a busy moment of the machine hits both alike; the ratio is taken per round, then its median.
  gc()
  const checkerRounds = prepared.map((): Array<number> => [])
  const probeRounds = prepared.map((): Array<number> => [])
  let sink = 0
  for (let round = 0; round < CHECKER_ROUNDS; round++) {
    for (const [i, { decide, probe, requests }] of prepared.entries()) {
      checkerRounds[i]!.push(
        await nsPerDecision(() => {
          for (let r = 0; r < requests.length; r++) sink += decide(requests[r]).allowed ? 1 : 0
        }, requests.length)
      )
      probeRounds[i]!.push(
        await nsPerDecision(() => {
          for (let r = 0; r < requests.length; r++) sink += probe(requests[r]) ? 1 : 0
        }, requests.length)
      )
    }
  }
  const rows = []
  for (const [i, p] of prepared.entries()) {
    const { decide, requests, policy, stateful, stateless, table } = p
    const naive = await nsPerDecision(() => {
      for (let r = 0; r < requests.length; r++) sink += referenceDecision(policy, requests[r]).allowed ? 1 : 0
    }, requests.length)
    const preparsed = await nsPerDecision(() => {
      for (let r = 0; r < stateful.length; r++) sink += cedar.statefulIsAuthorized(stateful[r]!).type === "success" ? 1 : 0
    }, requests.length, true)
    const parsedEachTime = await nsPerDecision(() => {
      for (let r = 0; r < stateless.length; r++) sink += cedar.isAuthorized(stateless[r]!).type === "success" ? 1 : 0
    }, requests.length, true)
    const allowed = requests.filter((request) => decide(request).allowed) as ReadonlyArray<GuardRequest>
    rows.push({
      p,
      size: `${table.categories.length} × ${table.purposes.length}`,
      allowed: allowed.length,
      checker: median(checkerRounds[i]!),
      checkerRounds: checkerRounds[i]!,
      probe: median(probeRounds[i]!),
      ratio: median(checkerRounds[i]!.map((ns, round) => ns / probeRounds[i]![round]!)),
      naive,
      preparsed,
      parsedEachTime,
      allocation: await allocationsPerDecision(decide, allowed),
      naiveAllocation: await allocationsPerDecision((r) => referenceDecision(policy, r), allowed)
    })
  }
  do_not_optimize(sink)

  const cpu = cpus()[0]?.model ?? "unknown CPU"
  console.log(`\nnode ${process.version}, ${cpu}, cedar-wasm ${cedar.getCedarSDKVersion()} (Cedar ${cedar.getCedarVersion()}); ${REQUESTS} requests per policy (use and provision, allowed and denied)\n`)
  console.log("| policy | categories × purposes | checker (each round) | plain Map/Set probe | checker ÷ probe | naive scan | cedar-wasm, preparsed | cedar-wasm, `isAuthorized` | cedar-wasm ÷ checker (preparsed / `isAuthorized`) |")
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
  for (const r of rows) {
    console.log(
      `| ${r.p.name} | ${r.size} | ${format(r.checker)} (${r.checkerRounds.map((ns) => ns.toFixed(1)).join(", ")}) | ${format(r.probe)} | ${times(r.ratio)} | ${format(r.naive)} | ${format(r.preparsed)} | ${format(r.parsedEachTime)} | ${times(r.preparsed / r.checker)} / ${times(r.parsedEachTime / r.checker)} |`
    )
  }
  console.log(`\nallocation: heap growth per decision over ${ALLOCATION_RUNS.toLocaleString("en")} allowed decisions, and the GCs that ran meanwhile\n`)
  console.log("| policy | allowed requests in the set | checker | naive scan |")
  console.log("| --- | --- | --- | --- |")
  for (const r of rows) {
    const cell = ({ bytesPerDecision, collections }: { bytesPerDecision: number; collections: number }) => `${bytesPerDecision.toFixed(3)} B, ${collections} GC${collections === 1 ? "" : "s"}`
    console.log(`| ${r.p.name} | ${r.allowed} of ${r.p.requests.length} | ${cell(r.allocation)} | ${cell(r.naiveAllocation)} |`)
  }

  const [, seedRow, largeRow] = rows
  const checks = [
    [`≤ 3× the plain Map/Set probe (median of the per-round ratios): ${rows.map((r) => times(r.ratio)).join(", ")}`, rows.every((r) => r.ratio <= 3)],
    [`1,000 × 50 policy at most 2× slower than the seed: ${times(largeRow!.checker / seedRow!.checker)}`, largeRow!.checker <= 2 * seedRow!.checker],
    [`no allocation per allowed decision: ${rows.map((r) => `${r.allocation.bytesPerDecision.toFixed(3)} B, ${r.allocation.collections} GCs`).join("; ")}`, rows.every((r) => r.allocation.bytesPerDecision < 1 && r.allocation.collections === 0)],
    [`≥ 1,000× faster than cedar-wasm (preparsed): ${rows.map((r) => times(r.preparsed / r.checker)).join(", ")}`, rows.every((r) => r.preparsed / r.checker >= 1_000)],
    [`≥ 1,000× faster than cedar-wasm (isAuthorized): ${rows.map((r) => times(r.parsedEachTime / r.checker)).join(", ")}`, rows.every((r) => r.parsedEachTime / r.checker >= 1_000)]
  ] as const
  console.log("\ntargets:")
  for (const [text, met] of checks) console.log(`  ${met ? "met    " : "MISSED "} ${text}`)
  return 0
}

process.exitCode = await main()
