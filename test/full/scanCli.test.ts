/** The `scan` command on real projects (it type-checks them with ts-morph: seconds each, so in the full suite). */
import { mkdirSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"
import { scanCommand } from "../../src/cli/scan.ts"
import { runCommand as run } from "../cli.ts"
import { tempDir } from "../tempDir.ts"

const examples = join(import.meta.dirname, "../../examples")
const service = join(examples, "sample-service")
const policy = join(examples, "000-genesis.yaml")

describe("appi-policy scan", () => {
  const events = relative(process.cwd(), join(service, "src", "events.ts"))

  it("reports the sample service's violation as file:line:col and exits 1", () => {
    const result = run(scanCommand, [service], { policy, format: "text" })
    expect(result.code).toBe(1)
    expect(result.out.split("\n")).toEqual([
      `${events}:18:61  purpose-not-declared-for-category  category \`job-applicants\`, purpose \`dental-system-sales\`: the purpose is not declared for this category (APPI Art. 18(1))`,
      `${events}:21:55  not-statically-known  \`purpose\` is not a literal or a constant (type \`string\`); decided at run time only`,
      "5 guard calls: 3 allowed, 1 denied, 1 not statically known"
    ])
  })

  it("exits 0 when every statically known call is allowed, and lists findings as JSON", () => {
    const project = tempDir("appi-scan-cli-")
    mkdirSync(join(project, "src"))
    const paths = { "appi-policy/guard": [join(import.meta.dirname, "../../src/guard/index.ts")] }
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "preserve", allowImportingTsExtensions: true, noEmit: true, paths }, include: ["src"] }))
    writeFileSync(
      join(project, "src", "visitors.ts"),
      'import { check, type DecisionTable } from "appi-policy/guard"\ndeclare const table: DecisionTable\ncheck(table, { category: "visitors", purpose: "visitor-security" })\n'
    )
    const text = run(scanCommand, [project], { policy, format: "text" })
    expect(text).toEqual({ code: 0, out: "1 guard call: 1 allowed, 0 denied, 0 not statically known", err: "" })
    const json = run(scanCommand, [join(project, "tsconfig.json")], { policy, format: "json" })
    expect(json.code).toBe(0)
    expect(JSON.parse(json.out)).toMatchObject({
      findings: [{ file: relative(process.cwd(), join(project, "src", "visitors.ts")), line: 3, column: 1, kind: "checked", request: { category: "visitors", purpose: "visitor-security" }, decision: { allowed: true, code: "declared-purpose" } }]
    })
  })

  it("exit 2 on usage errors and a missing project, 1 on an invalid policy", () => {
    expect(run(scanCommand, [service], { format: "text" }).code).toBe(2)
    expect(run(scanCommand, [service], { policy, format: "xml" })).toMatchObject({ code: 2, err: "appi-policy scan: --format must be one of `text`, `json`, not `xml`" })
    expect(run(scanCommand, [join(examples, "no-such-service")], { policy, format: "text" })).toMatchObject({ code: 2, err: expect.stringContaining("no tsconfig.json at") })
    expect(run(scanCommand, [service], { policy: "missing.yaml", format: "text" }).code).toBe(1)
  })
})
