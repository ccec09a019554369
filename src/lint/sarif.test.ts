import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Ajv } from "ajv"
import { describe, expect, it } from "vitest"
import { lintText } from "./lintSource.ts"
import { rules } from "./rules/index.ts"
import { toSarif, TOOL_VERSION } from "./sarif.ts"

const fixtures = join(import.meta.dirname, "fixtures")
const examples = join(import.meta.dirname, "..", "..", "examples")

/** The SARIF 2.1.0 schema is draft-04; Ajv reads it as draft-07 once its draft-04 `$schema` and `id` are dropped (it uses no keyword that changed). */
const validateSarif = (() => {
  const { $schema: _draft, id: _id, ...schema } = JSON.parse(readFileSync(join(fixtures, "sarif-2.1.0-rtm.5.json"), "utf8")) as Record<string, unknown>
  // `unicodeRegExp: false`: the schema's `language` pattern (`]?` after a group) is not valid in `u` mode.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  // Formats the schema uses, so that e.g. a relative `helpUri` would fail as it would for GitHub.
  ajv.addFormat("uri", /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/u)
  ajv.addFormat("uri-reference", /^[^\s]*$/u)
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u)
  return ajv.compile(schema)
})()

const example = (name: string) => lintText(readFileSync(join(examples, name)), { file: `examples/${name}` })
const reports = ["000-genesis.yaml", "002-unnamed-services.yaml"].map(example)
const broken = lintText("schemaVersion: 1\nid: Bad Id\n", { file: "broken.yaml" })

describe("toSarif", () => {
  it("validates against the SARIF 2.1.0 schema, loading errors included", () => {
    const log = toSarif([...reports, broken], rules)
    const valid = validateSarif(log)
    expect(validateSarif.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it("the schema check can fail: a result without a message is refused", () => {
    const log = toSarif(reports, rules) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> }
    delete log.runs[0]!.results[0]!["message"]
    expect(validateSarif(log)).toBe(false)
  })

  it("describes every rule with its metadata", () => {
    const driver = toSarif(reports, rules).runs[0]!.tool.driver
    expect(driver).toMatchObject({ name: "appi-policy", version: TOOL_VERSION })
    expect(driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id))
    const identity = driver.rules.find((rule) => rule.id === "operator-identity")!
    expect(identity).toMatchObject({
      name: "OperatorIdentity",
      defaultConfiguration: { level: "warning" },
      properties: { citation: { en: "APPI Art. 32(1)(i)", ja: "個人情報保護法第32条第1項第1号" } }
    })
    expect("help" in identity && identity.help?.markdown).toContain("| `missing-address` |")
  })

  it("puts each finding on its line of the YAML file, with a repository-relative URI", () => {
    const run = toSarif(reports, rules).runs[0]!
    expect(run.artifacts.map((artifact) => artifact.location.uri)).toEqual(["examples/000-genesis.yaml", "examples/002-unnamed-services.yaml"])
    const address = run.results.find((result) => result.ruleId === "operator-identity")!
    // 000-genesis.yaml has no operator address: the finding is on the `operator:` key, line 7.
    expect(address.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "examples/000-genesis.yaml", index: 0 },
      region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 9 }
    })
    expect(address.level).toBe("warning")
    // A finding's level is its message's: `non-statutory-provision-ground` is an error.
    expect(run.results.find((result) => result.ruleId === "non-statutory-provision-ground")?.level).toBe("error")
    expect(run.tool.driver.rules[address.ruleIndex!]!.id).toBe("operator-identity")
    const lines = readFileSync(join(examples, "002-unnamed-services.yaml"), "utf8").split("\n")
    const unreachable = run.results.filter((result) => result.ruleId === "contact-unreachable")
    expect(unreachable.map((result) => lines[result.locations[0]!.physicalLocation.region!.startLine - 1]!.trim())).toEqual(["- id: request-desk", "- id: customer-desk"])
  })

  it("gives results distinct fingerprints, and Japanese messages with lang ja", () => {
    const run = toSarif(reports, rules, "ja").runs[0]!
    const prints = run.results.map((result) => `${result.locations[0]!.physicalLocation.artifactLocation.uri} ${result.partialFingerprints["appiPolicyFinding/v1"]}`)
    expect(new Set(prints).size).toBe(prints.length)
    expect(run.results.find((result) => result.ruleId === "security-measures")?.message.text).toBe("安全管理措置が公表されていない")
  })

  it("keeps TOOL_VERSION equal to the package version", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as { version: string }
    expect(TOOL_VERSION).toBe(pkg.version)
  })
})

describe("artifact URIs", () => {
  it("match node:url for absolute POSIX paths, keep relative ones relative, and read Windows drives", async () => {
    const { pathToFileURL } = await import("node:url")
    const { artifactUri } = await import("./sarif.ts")
    for (const path of ["/srv/policy.yaml", "/tmp/ポリシー 2026/#1 100%.yaml", "/a/b?c.json"]) expect(artifactUri(path)).toBe(pathToFileURL(path).href)
    expect(artifactUri("policies/方針.yaml")).toBe("policies/%E6%96%B9%E9%87%9D.yaml")
    expect(artifactUri("C:\\policies\\p.yaml")).toBe("file:///C:/policies/p.yaml")
  })
})
