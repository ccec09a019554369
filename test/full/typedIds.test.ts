/** Typed ids type-checked by the TypeScript compiler (ts-morph, seconds: full suite); their generation is covered fast by src/cli/codegenTs.test.ts and the committed sample service ids. */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget } from "ts-morph"
import { describe, expect, it } from "vitest"
import { compileGuard } from "../../src/guard/compile.ts"
import { guardFixture } from "../guardFixture.ts"
import type { DecisionTable } from "../../src/guard/table.ts"
import { loadPolicyFile } from "../../src/load/loadPolicy.ts"
import { TYPED_IDS_MARKER, typedIdsSource } from "../../src/guard/tooling/typedIds.ts"

const root = join(import.meta.dirname, "../..")
const fixture = compileGuard(guardFixture)
const tableOf = (example: string): DecisionTable => {
  const loaded = loadPolicyFile(join(root, "examples", example))
  if (!loaded.ok) throw new Error(`${example} does not load`)
  return compileGuard(loaded.policy)
}

/** One program over the generated module and a snippet using it, `appi-policy/guard` mapped to the sources. */
const compile = (generated: string, snippet: string): ReadonlyArray<string> => {
  const project = new Project({
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module: ModuleKind.Preserve,
      moduleResolution: ModuleResolutionKind.Bundler,
      strict: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      allowImportingTsExtensions: true,
      noEmit: true,
      types: [],
      lib: ["lib.es2022.d.ts"],
      paths: { "appi-policy/guard": [join(root, "src/guard/index.ts")] }
    }
  })
  const directory = join(root, "codegen", ".typed-ids-test")
  const files = [project.createSourceFile(join(directory, "ids.ts"), generated), project.createSourceFile(join(directory, "service.ts"), snippet)]
  return project.getPreEmitDiagnostics().map((diagnostic) => {
    const file = diagnostic.getSourceFile()
    const where = file === undefined ? "" : `${files.includes(file) ? file.getBaseName() : file.getFilePath()}:${diagnostic.getLineNumber() ?? 0}: `
    const message = diagnostic.getMessageText()
    return `${where}${typeof message === "string" ? message : message.getMessageText()}`
  })
}

const imports = 'import { checkUse, checkProvide, createTypedChecker, type PurposeId, type DeclaredPurposes } from "./ids.ts"\nimport type { DecisionTable } from "appi-policy/guard"\ndeclare const table: DecisionTable\n'

describe("codegen ts (typed ids)", () => {
  const source = typedIdsSource(fixture)

  it("declares the policy's ids as string-literal unions", () => {
    expect(source.startsWith(`/**\n * ${TYPED_IDS_MARKER} from the policy \`guard-fixture\``)).toBe(true)
    expect(source).toContain('export type CategoryId = "customers" | "identity-documents" | "patients" | "client-data" | "staff-numbers" | "client-numbers" | "bought-lists" | "pseudonyms" | "anon-stats" | "anon-raw"\n')
    expect(source).toContain('export type PurposeId = "contact" | "appointments" | "client-work" | "tax-filing" | "research"\n')
    expect(source).toContain('export type JointUserId = "loose-partner" | "overseas-lab" | "partner-clinic"\n')
    expect(source).toContain('export type RecipientId = "de-partner" | "jp-callcenter" | "loose-partner" | "overseas-lab" | "partner-clinic" | "payroll" | "sg-datacenter" | "unplaced" | "us-ads" | "us-cloud" | "us-helpdesk"\n')
    expect(source).toContain('  readonly "patients": "contact" | "appointments"\n')
    expect(source).toContain(`hash: "${fixture.policy.hash}"`)
    expect(source).toContain('from "appi-policy/guard"')
  })

  it("is deterministic", () => {
    expect(typedIdsSource(JSON.parse(JSON.stringify(fixture)) as DecisionTable)).toBe(source)
    expect(typedIdsSource(fixture, { guardModule: "../guard.ts" })).toBe(source.replace('from "appi-policy/guard"', 'from "../guard.ts"'))
  })

  it("compiles, and accepts the policy's ids", () => {
    const snippet = `${imports}
checkUse(table, { category: "customers", purpose: "contact" })
checkUse(table, { category: "patients", purpose: "appointments", consent: { purpose: true } })
checkProvide(table, { category: "customers", provide: { to: "joint-user", recipient: "partner-clinic" } })
checkProvide(table, { category: "customers", provide: { to: "third-party", recipient: "us-ads" }, consent: { foreign: true } })
createTypedChecker(table)({ category: "staff-numbers", purpose: "tax-filing" })
export const declared: DeclaredPurposes["patients"] = "appointments"
export const purpose: PurposeId = "client-work"
`
    expect(compile(source, snippet)).toEqual([])
  })

  it("rejects a misspelt purpose or category at compile time", () => {
    const errors = compile(
      source,
      `${imports}
checkUse(table, { category: "customers", purpose: "contcat" })
createTypedChecker(table)({ category: "customer", purpose: "contact" })
checkProvide(table, { category: "patient", provide: { to: "third-party", country: "JP" } })
export const declared: DeclaredPurposes["customers"] = "appointments"
checkProvide(table, { category: "customers", provide: { to: "third-party", recipient: "us-adz" } })
`
    )
    expect(errors).toHaveLength(5)
    expect(errors[0]).toMatch(/^service\.ts:5: Type '"contcat"' is not assignable to type 'PurposeId'\. Did you mean '"contact"'\?$/u)
    expect(errors[1]).toMatch(/^service\.ts:6: .*"customer"/u)
    expect(errors[2]).toMatch(/^service\.ts:7: Type '"patient"' is not assignable to type 'CategoryId'/u)
    expect(errors[3]).toMatch(/^service\.ts:8: Type '"appointments"' is not assignable to type '"contact"'/u)
    expect(errors[4]).toMatch(/^service\.ts:9: Type '"us-adz"' is not assignable to type 'RecipientId'/u)
  })

  it("handles a policy without categories or joint users", () => {
    const empty = typedIdsSource(tableOf("001-smilemore.yaml"))
    expect(empty).toContain("export type CategoryId = never\n")
    expect(empty).toContain("export type JointUserId = never\n")
    expect(empty).toContain("export type RecipientId = never\n")
    expect(compile(empty, `${imports}export const purpose: PurposeId = "${tableOf("001-smilemore.yaml").purposes[0]}"\n`)).toEqual([])
  })

  it("the sample service's ids are up to date (regenerate with `appi-policy codegen ts examples/000-genesis.yaml --out examples/sample-service/src/policy-ids.ts`)", () => {
    const committed = readFileSync(join(root, "examples/sample-service/src/policy-ids.ts"), "utf8")
    expect(committed).toBe(typedIdsSource(tableOf("000-genesis.yaml")))
  })
})
