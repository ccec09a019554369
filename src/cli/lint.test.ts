import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { CLI_MESSAGES } from "./catalog/index.ts"
import { lintCommand } from "./lint.ts"
import { fileIn, runCommand } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const examples = join(import.meta.dirname, "../../examples")
const dir = tempDir("appi-lint-cli-")

/** A policy whose only finding is a warning (an abstract purpose). */
const warningOnly = fileIn(
  dir,
  "warning-only.yaml",
  `schemaVersion: 1
id: warning-only
operator:
  name: { ja: 株式会社サンプル }
  entityType: corporation
  address: { ja: 東京都千代田区千代田1-1 }
  representatives: [{ title: { ja: 代表取締役 }, name: { ja: 山田 太郎 } }]
dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
purposes:
  items:
    - { id: vague, text: { ja: サービスの向上 }, categories: [customers] }
requests:
  kinds: [purpose-notification, disclosure, provision-record-disclosure, correction, use-stop, provision-stop]
  submission: { channels: [email], window: desk }
  verification: { ja: 本人確認書類の写しにより確認します }
securityMeasures:
  technical: [{ ja: アクセス制御を実施しています }]
contactWindows:
  - { id: desk, name: { ja: 窓口 }, emails: [privacy@example.co.jp] }
`
)
const invalid = fileIn(dir, "invalid.yaml", "schemaVersion: 1\nid: Bad Id\n")

const lint = (files: ReadonlyArray<string>, values: Parameters<typeof runCommand>[2] = {}) => runCommand(lintCommand, files, values)

describe("appi-policy lint", () => {
  it("exit 1 when an error remains; findings as `file:line:col  severity  rule  message`", () => {
    const result = lint([join(examples, "000-genesis.yaml")])
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/000-genesis\.yaml:\d+:\d+ {2}error {2}non-statutory-provision-ground {2}the ground `business-necessity`/u)
    expect(result.out).toMatch(/[1-9]\d* errors?, \d+ warnings? in 1 file$/u)
  })

  it("exit 0 with warnings only; exit 1 once a warning is made an error", () => {
    const warned = lint([warningOnly])
    expect(warned.code).toBe(0)
    expect(warned.out).toContain("warning  abstract-purpose  the purpose `vague` is too abstract")
    expect(warned.out).toMatch(/0 errors, 1 warning in 1 file$/u)
    expect(lint([warningOnly], { rule: ["abstract-purpose=error"] }).code).toBe(1)
    expect(lint([warningOnly], { rule: "abstract-purpose=off" }).out).toBe(`${warningOnly}: no problems\n0 errors, 0 warnings in 1 file`)
  })

  it("raises and turns off rules with --rule and prints Japanese with --lang ja", () => {
    // 003's findings are warnings: its address and foreign countries may be published elsewhere.
    const file = join(examples, "003-centrex.yaml")
    expect(lint([file]).code).toBe(0)
    expect(lint([file], { rule: ["operator-identity=error"] }).code).toBe(1)
    expect(lint([file], { rule: ["operator-identity=off", "foreign-country-unnamed=off"] }).out).toBe(`${file}: no problems\n0 errors, 0 warnings in 1 file`)
    expect(lint([file], { lang: "ja" }).out).toContain("warning  operator-identity  事業者の住所が公表されていない")
  })

  it("a file that does not load is an error, reported with the loader's diagnostics", () => {
    const result = lint([invalid, warningOnly])
    expect(result.code).toBe(1)
    expect(result.out).toContain(`${invalid}:2:5  error  invalid-value`)
  })

  it("--format json and sarif are machine-readable", () => {
    const json = JSON.parse(lint([warningOnly, invalid], { format: "json" }).out) as { files: Array<{ valid: boolean }>; errors: number; warnings: number }
    expect(json.files.map((f) => f.valid)).toEqual([true, false])
    expect(json.warnings).toBe(1)
    const sarif = JSON.parse(lint([warningOnly], { format: "sarif" }).out) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string }> }> }
    expect(sarif.version).toBe("2.1.0")
    expect(sarif.runs[0]!.results).toMatchObject([{ ruleId: "abstract-purpose", level: "warning" }])
  })

  it("usage errors exit 2", () => {
    expect(lint([]).code).toBe(2)
    expect(lint([warningOnly], { format: "xml" }).code).toBe(2)
    expect(lint([warningOnly], { lang: "fr" }).code).toBe(2)
    expect(lint([warningOnly], { rule: "abstract-purpose" })).toMatchObject({ code: 2, err: "appi-policy lint: --rule takes `<id>=off|warn|error`, not `abstract-purpose`" })
    expect(lint([warningOnly], { rule: "abstract-purposes=off" })).toMatchObject({
      code: 2,
      err: "appi-policy lint: unknown rule `abstract-purposes` (did you mean `abstract-purpose`?)"
    })
  })

  it("documents its options", () => {
    expect(lintCommand.usage(CLI_MESSAGES.en)).toContain("usage: appi-policy lint <files…>")
    expect(Object.keys(lintCommand.options)).toEqual(["format", "rule", "lang"])
  })
})
