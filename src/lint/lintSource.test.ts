import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { countFindings, formatJson, formatText } from "./report.ts"
import { lintText } from "./lintSource.ts"
import { lintFile, lintFileEffect } from "./lintFile.ts"
import { tempDir } from "../../test/tempDir.ts"

const yaml = `schemaVersion: 1
id: small
operator:
  name: { ja: 株式会社テスト }
dataCategories: []
purposes:
  items: []
contactWindows:
  - id: desk
    name: { ja: 窓口 }
`

/** The findings of a report that loaded. */
const findings = (report: ReturnType<typeof lintText>) => (report.ok ? report.diagnostics : [])

describe("lintText", () => {
  const report = lintText(yaml, { file: "small.yaml" })

  it("locates each finding: a missing key at its parent's key, an existing list at its key, a list item at the item", () => {
    expect(report.ok).toBe(true)
    const at = (code: string, messageId: string) => findings(report).find((d) => d.code === code && d.messageId === messageId)
    expect(at("operator-identity", "missing-address")).toMatchObject({ start: { line: 3, column: 1 }, end: { line: 3, column: 9 } })
    expect(at("no-purposes", "none")).toMatchObject({ start: { line: 7, column: 3 } })
    expect(at("contact-unreachable", "unreachable")).toMatchObject({ start: { line: 9, column: 5 } })
    expect(at("security-measures", "none")?.start).toEqual({ line: 1, column: 1 })
  })

  it("orders findings by position, then rule id", () => {
    const positions = report.diagnostics.map((d) => [d.start?.line ?? 0, d.start?.column ?? 0, d.code] as const)
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]))
    expect(positions).toEqual(sorted)
    expect(lintText(yaml, { file: "small.yaml" })).toEqual(report)
  })

  it("lints JSON with positions too", () => {
    const json = lintText(JSON.stringify({ schemaVersion: 1, id: "j", operator: {}, dataCategories: [], purposes: { items: [] }, contactWindows: [] }, null, 2), { file: "p.json" })
    expect(json.ok).toBe(true)
    expect(json.diagnostics.find((d) => d.code === "operator-identity")?.start).toEqual({ line: 4, column: 3 })
  })

  it("returns the loader's diagnostics for a policy that does not load", () => {
    const broken = lintText("schemaVersion: 1\nid: Bad Id\n", { file: "broken.yaml" })
    expect(broken.ok).toBe(false)
    expect(broken.diagnostics.map((d) => d.code)).toContain("invalid-value")
  })
})

describe("text and JSON reports", () => {
  const report = lintText(yaml, { file: "small.yaml" })

  it("text: `file:line:col  severity  rule  message`, path, help, law; totals", () => {
    const text = formatText([report])
    expect(text).toContain(
      [
        "small.yaml:3:1  warning  operator-identity  the operator's address is not published",
        "    at: operator.address",
        "    help: add `operator.address` (a contact window's address does not say where the operator is), unless the address is published on another page such as the company profile",
        "    law: APPI Art. 32(1)(i)"
      ].join("\n")
    )
    const { errors, warnings } = countFindings([report])
    expect(errors + warnings).toBe(report.diagnostics.length)
    expect(text.endsWith(`${errors} errors, ${warnings} warnings in 1 file\n`)).toBe(true)
    expect(formatText([report], "ja")).toContain("small.yaml:3:1  warning  operator-identity  事業者の住所が公表されていない\n    場所: operator.address")
  })

  it("JSON: files with validity, pointers and both languages; totals", () => {
    const parsed = JSON.parse(formatJson([report], "ja")) as {
      files: Array<{ file: string; valid: boolean; diagnostics: Array<{ pointer: string; message: string; localized: { en: { message: string } } }> }>
      errors: number
      warnings: number
    }
    expect(parsed.files[0]).toMatchObject({ file: "small.yaml", valid: true })
    const address = parsed.files[0]!.diagnostics.find((d) => d.pointer === "/operator/address")!
    expect(address.message).toBe("事業者の住所が公表されていない")
    expect(address.localized.en.message).toBe("the operator's address is not published")
    expect(parsed.errors + parsed.warnings).toBe(report.diagnostics.length)
    expect(parsed.warnings).toBe(report.diagnostics.filter((d) => d.severity === "warning").length)
  })
})

describe("lintFile and lintFileEffect", () => {
  const dir = tempDir("appi-lint-")
  const good = join(dir, "policy.yaml")
  writeFileSync(good, yaml)

  it("reads a file and names it in each finding", () => {
    const report = lintFile(good)
    expect(report.ok && report.diagnostics.every((d) => d.file === good && d.start !== undefined)).toBe(true)
    expect(lintFile(join(dir, "missing.yaml"))).toMatchObject({ ok: false, diagnostics: [{ code: "cannot-read" }] })
  })

  it("fails with PolicyLoadError or UnknownRuleError", async () => {
    const ok = await Effect.runPromise(lintFileEffect(good))
    expect(ok.length).toBeGreaterThan(0)
    const missing = await Effect.runPromiseExit(lintFileEffect(join(dir, "missing.yaml")))
    expect(Exit.isFailure(missing) && JSON.stringify(missing.cause)).toContain("PolicyLoadError")
    const unknown = await Effect.runPromiseExit(lintFileEffect(good, { rules: { nope: "off" } }))
    expect(Exit.isFailure(unknown) && JSON.stringify(unknown.cause)).toContain("UnknownRuleError")
  })
})
