import { mkdirSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"
import { compileGuard } from "../compile.ts"
import { guardFixture } from "../../../test/guardFixture.ts"
import { toolingWords } from "./catalog/index.ts"
import { describeRequest, findGuardCalls, type ScanFinding, scanProject } from "./scan.ts"
import { typedIdsSource } from "./typedIds.ts"
import { tempDir } from "../../../test/tempDir.ts"

const root = join(import.meta.dirname, "../../..")
const fixture = compileGuard(guardFixture)

/**
 * Every form of guard call the scanner resolves, against the guard fixture.
 * Each line that is a guard call says what the scan must report for it.
 */
const calls = `import { check, check as decideNow, createChecker, type Checker, type DecisionTable } from "appi-policy/guard"
import * as guard from "appi-policy/guard"
import { checkUse, checkProvide, createTypedChecker } from "./ids.ts"

declare const table: DecisionTable
const decide = createChecker(table)
const CONTACT = "contact"
const PURPOSES = { appointments: "appointments" } as const
const PROFILING = { category: "customers", purpose: "profiling" } as const
const purpose = "contact"

check(table, { category: "customers", purpose: "contact" }) // expect: declared-purpose
decideNow(table, { category: "customers", purpose: "appointments" }) // expect: purpose-not-declared-for-category
guard.check(table, { category: "patients", purpose: PURPOSES.appointments }) // expect: declared-purpose
decide({ category: "client-data", purpose: CONTACT }) // expect: entrusted-data
decide({ category: "client-data", purpose }) // expect: entrusted-data
decide(PROFILING) // expect: unknown-purpose
decide({ category: "visitors", purpose: "contact" } satisfies object) // expect: unknown-category
decide({ category: "customers", provide: { to: "third-party", country: "US" } }) // expect: foreign-recipient-needs-consent
decide({ category: "customers", provide: { to: "third-party", country: "US" }, consent: { foreign: true } }) // expect: foreign-consent
decide({ "category": \`staff-numbers\`, purpose: "contact", exception: "life-body-property" }) // expect: statutory-exception
export const viaParameter = (checker: Checker) => checker({ category: "patients", provide: { to: "third-party", country: "JP" } }) // expect: sensitive-no-opt-out
checkUse(table, { category: "staff-numbers", purpose: "contact" }) // expect: my-number-use-restricted
checkProvide(table, { category: "customers", provide: { to: "joint-user", recipient: "partner-clinic" } }) // expect: joint-use
createTypedChecker(table)({ category: "customers", purpose: "contact", consent: undefined }) // expect: declared-purpose
declare const service: { readonly check: (request: unknown) => unknown; readonly decide: (request: unknown) => unknown; readonly table: DecisionTable }
service.decide({ category: "customers", provide: { to: "successor", country: "JP" } }) // expect: business-succession

export const dynamic = (someone: string, consent: { readonly purpose: boolean }) => [
  decide({ category: "customers", purpose: someone }), // expect: not-statically-known
  decide({ category: "customers", purpose: "contact", consent }), // expect: not-statically-known
  decide({ ...PROFILING }), // expect: not-statically-known
  decide({ category: "customers", provide: { to: "joint-user", recipient: someone } }) // expect: not-statically-known
]
let mutable = "contact"
mutable = "appointments"
decide({ category: "customers", purpose: mutable }) // expect: not-statically-known

// not guard calls: same names, other functions
const other = { check: (_table: unknown, _request: unknown) => true, table: 1 }
other.check(table, { category: "customers", purpose: "nope" })
`

const lookalike = `const check = (_table: unknown, _request: unknown) => false
check(undefined, { category: "customers", purpose: "nope" })
`

const writeProject = (): string => {
  const directory = tempDir("appi-scan-")
  mkdirSync(join(directory, "src"))
  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "preserve",
      moduleResolution: "bundler",
      strict: true,
      allowImportingTsExtensions: true,
      noEmit: true,
      types: [],
      paths: { "appi-policy/guard": [join(root, "src/guard/index.ts")] }
    },
    include: ["src"]
  }
  writeFileSync(join(directory, "tsconfig.json"), JSON.stringify(tsconfig))
  writeFileSync(join(directory, "src", "calls.ts"), calls)
  writeFileSync(join(directory, "src", "lookalike.ts"), lookalike)
  writeFileSync(join(directory, "src", "ids.ts"), typedIdsSource(fixture))
  return directory
}

/** What each finding says, as `line: code`. */
const outcome = (finding: ScanFinding): string => `${finding.site.line}: ${finding.kind === "checked" ? finding.decision.code : finding.kind}`

describe("scan", () => {
  const project = writeProject()
  const scanned = scanProject(project, fixture)

  it("resolves every form of guard call and decides it with the checker", () => {
    expect(scanned.ok).toBe(true)
    if (!scanned.ok) return
    const expected = calls
      .split("\n")
      .flatMap((line, i) => {
        const match = /\/\/ expect: ([a-z-]+)$/u.exec(line)
        return match === null ? [] : [`${i + 1}: ${match[1]}`]
      })
    expect(expected).toHaveLength(20)
    expect(scanned.findings.map(outcome)).toEqual(expected)
    expect(new Set(scanned.findings.map((finding) => relative(project, finding.site.file)))).toEqual(new Set([join("src", "calls.ts")]))
  })

  it("gives the position of the call and the request it resolved", () => {
    if (!scanned.ok) throw new Error(scanned.error)
    const [first] = scanned.findings
    expect(first).toMatchObject({ site: { line: 12, column: 1 }, request: { category: "customers", purpose: "contact" } })
    const typed = scanned.findings.find((finding) => finding.kind === "checked" && finding.decision.code === "statutory-exception")
    expect(typed?.kind === "checked" && describeRequest(typed.request)).toBe("category `staff-numbers`, purpose `contact`, exception `life-body-property`")
  })

  it("says why a request is not statically known, as data and in either language", () => {
    if (!scanned.ok) throw new Error(scanned.error)
    const unknown = scanned.findings.flatMap((finding) => (finding.kind === "not-statically-known" ? [finding] : []))
    expect(unknown.map(({ why }) => why)).toEqual([
      { kind: "not-constant", field: "purpose", type: "string" },
      { kind: "not-constant", field: "consent.purpose", type: "boolean" },
      { kind: "spread" },
      { kind: "not-constant", field: "provide.recipient", type: "string" },
      { kind: "not-constant", field: "purpose", type: "string" }
    ])
    expect(unknown.map(({ reason }) => reason)).toEqual([
      "`purpose` is not a literal or a constant (type `string`)",
      "`consent.purpose` is not a literal or a constant (type `boolean`)",
      "the request has a spread",
      "`provide.recipient` is not a literal or a constant (type `string`)",
      "`purpose` is not a literal or a constant (type `string`)"
    ])
    expect(unknown.slice(1, 3).map(({ why }) => toolingWords.ja.notKnown(why))).toEqual([
      "`consent.purpose` はリテラルでも定数でもなく、型は `boolean` です",
      "リクエストにスプレッド構文があります"
    ])
  })

  it("accepts a tsconfig path and refuses a project without one", () => {
    const viaFile = findGuardCalls(join(project, "tsconfig.json"))
    expect(viaFile.ok && viaFile.calls.length).toBe(scanned.ok && scanned.findings.length)
    const problem = { kind: "no-tsconfig", path: join(project, "src") } as const
    expect(findGuardCalls(join(project, "src"))).toEqual({ ok: false, problem, error: `no tsconfig.json at \`${join(project, "src")}\`` })
    expect(toolingWords.ja.scanProblem(problem)).toBe(`\`${join(project, "src")}\` に tsconfig.json がありません`)
  })
})
