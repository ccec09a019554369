import { describe, expect, it } from "vitest"
import { capture, fileIn } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const dir = tempDir("appi-cli-")
const valid = fileIn(dir, "valid.yaml", "schemaVersion: 1\nid: cli-test\noperator: {}\ndataCategories: []\npurposes: { items: [] }\ncontactWindows: []\n")
const invalid = fileIn(dir, "invalid.json", '{\n  "schemaVersion": 1,\n  "id": "Bad Id"\n}\n')

describe("appi-policy CLI", () => {
  it("validate: exit 0 when all valid", async () => {
    const result = await capture(["validate", valid])
    expect(result).toMatchObject({ code: 0 })
    expect(result.out).toContain(`${valid}: valid`)
  })

  it("validate: exit 1 and `file:line:col  code  message` when some are invalid", async () => {
    const result = await capture(["validate", valid, invalid])
    expect(result.code).toBe(1)
    expect(result.out).toContain(`${invalid}:3:9  invalid-value  expected a kebab-case id such as \`contact-form\`, found \`Bad Id\``)
    expect(result.out).toContain(`${invalid}:1:1  missing-key  missing required key \`operator\``)
    expect(result.out).toMatch(/1 valid, 1 invalid$/u)
  })

  it("validate --lang ja: the loader's messages, labels and counts in Japanese; lint --lang ja too", async () => {
    const result = await capture(["validate", "--lang", "ja", valid, invalid])
    expect(result.code).toBe(1)
    expect(result.out).toContain(`${valid}: 有効`)
    expect(result.out).toContain(`${invalid}:3:9  invalid-value  \`contact-form\` のようなケバブケースの id が必要ですが、\`Bad Id\` です\n    場所: id`)
    expect(result.out).toContain(`${invalid}:1:1  missing-key  必須のキー \`operator\` がありません`)
    expect(result.out).toMatch(/有効 1 件、無効 1 件$/u)
    const lint = await capture(["lint", "--lang", "ja", invalid])
    expect(lint.out).toContain("必須のキー `operator` がありません")
    expect((await capture(["validate", "--lang", "fr", valid])).code).toBe(2)
  })

  it("validate --format json gives machine-readable diagnostics with pointers", async () => {
    const result = await capture(["validate", "--format", "json", invalid])
    expect(result.code).toBe(1)
    const parsed = JSON.parse(result.out) as { files: Array<{ valid: boolean; diagnostics: Array<{ pointer: string; start: { line: number } }> }> }
    expect(parsed.files[0]?.valid).toBe(false)
    expect(parsed.files[0]?.diagnostics.map((d) => d.pointer)).toContain("/id")
  })

  it("usage errors exit 2", async () => {
    expect((await capture([])).code).toBe(2)
    expect((await capture(["nonsense"])).code).toBe(2)
    expect((await capture(["validate"])).code).toBe(2)
    expect((await capture(["validate", "--format", "xml", valid])).code).toBe(2)
    expect((await capture(["validate", "--bogus", valid])).code).toBe(2)
    expect((await capture(["summary", valid, valid])).code).toBe(2)
  })

  it("--help for every command", async () => {
    expect(await capture(["--help"])).toMatchObject({ code: 0 })
    for (const command of ["validate", "summary"]) {
      const help = await capture([command, "--help"])
      expect(help.code).toBe(0)
      expect(help.out).toContain(`usage: appi-policy ${command}`)
    }
  })

  it("summary prints the policy back", async () => {
    const result = await capture(["summary", valid])
    expect(result.code).toBe(0)
    expect(result.out).toContain("(cli-test, schemaVersion 1)")
  })
})
