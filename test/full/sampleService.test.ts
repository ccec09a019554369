/**
 * The sample service (examples/sample-service) type-checks against the library's
 * sources and scans to its documented findings. Each needs the whole library
 * and effect type-checked (about 10 s), so it runs in `npm run test:full`; the
 * fast suite scans the sample once, through the CLI (src/cli/scan.test.ts).
 */
import { join, relative } from "node:path"
import { Project } from "ts-morph"
import { describe, expect, it } from "vitest"
import { scanProject, type ScanFinding } from "../../src/guard/tooling/scan.ts"
import { compileGuard } from "../../src/guard/compile.ts"
import { loadPolicyFile } from "../../src/load/loadPolicy.ts"

const root = join(import.meta.dirname, "..", "..")

/** What each finding says, as `line: code`. */
const outcome = (finding: ScanFinding): string => `${finding.site.line}: ${finding.kind === "checked" ? finding.decision.code : finding.kind}`

describe("the sample service (examples/sample-service)", () => {
  const service = join(root, "examples", "sample-service")

  it("type-checks against the library's sources", () => {
    const project = new Project({ tsConfigFilePath: join(service, "tsconfig.json") })
    expect(project.getPreEmitDiagnostics().map((diagnostic) => diagnostic.getMessageText())).toEqual([])
  })

  it("has one use the policy does not allow, beside allowed and dynamic ones", () => {
    const loaded = loadPolicyFile(join(root, "examples", "000-genesis.yaml"))
    if (!loaded.ok) throw new Error("000-genesis.yaml does not load")
    const scanned = scanProject(service, compileGuard(loaded.policy))
    if (!scanned.ok) throw new Error(scanned.error)
    expect(scanned.findings.map((finding) => `${relative(service, finding.site.file)}:${outcome(finding)}`)).toEqual([
      "src/events.ts:13: declared-purpose",
      "src/events.ts:18: purpose-not-declared-for-category",
      "src/events.ts:21: not-statically-known",
      "src/reception.ts:14: declared-purpose",
      "src/reception.ts:19: declared-purpose"
    ])
  })
})
