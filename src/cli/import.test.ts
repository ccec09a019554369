import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { importCommand } from "./import.ts"
import { lintCommand } from "./lint.ts"
import { validateCommand } from "./validate.ts"
import { fileIn, runCommand } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"
import { HTML_POLICY, MARKDOWN_POLICY, TEXT_POLICY } from "../../test/import/synthetic.ts"

const run = (files: ReadonlyArray<string>, values: Parameters<typeof runCommand>[2] = {}, stdin = "") => runCommand(importCommand, files, values, { stdin })

const scratch = (): string => tempDir("appi-import-")

describe("appi-policy import", () => {
  it("prints the draft on standard output and the summary on standard error", () => {
    const file = fileIn(scratch(), "policy.txt", TEXT_POLICY)
    const result = run([file])
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/^# Draft imported by `appi-policy import` from .*policy\.txt \(text\)\./u)
    expect(result.out).toContain("schemaVersion: 1")
    expect(result.err).toMatch(/policy\.txt: 40\/40 lines placed \(100\.0%\), \d+ concepts found, 0 passage\(s\) in additionalClauses, draft valid$/u)
  })

  it("takes `-` for standard output: the draft with --out -, the report with --report - beside --out <file>", () => {
    const dir = scratch()
    const file = fileIn(dir, "policy.txt", TEXT_POLICY)
    const draft = run([file], { out: "-" })
    expect(draft.code).toBe(0)
    expect(draft.out).toContain("schemaVersion: 1")
    expect(existsSync(join(dir, "-"))).toBe(false)
    const out = join(dir, "draft.yaml")
    const report = run([file], { out, report: "-" })
    expect(report.code).toBe(0)
    expect(JSON.parse(report.out)).toMatchObject({ valid: true })
    expect(report.err).toContain(`wrote ${out}`)
    const both = run([file], { report: "-" })
    expect(both.code).toBe(2)
    expect(both.err).toContain("only one of the draft and the report can go to standard output")
  })

  it("never overwrites its input: --out naming the input is refused and the input is unchanged", () => {
    const file = fileIn(scratch(), "policy.txt", TEXT_POLICY)
    const result = run([file], { out: file })
    expect(result.code).not.toBe(0)
    expect(readFileSync(file, "utf8")).toBe(TEXT_POLICY)
  })

  it("writes the draft and the report atomically with --out and --report; the draft validates and lints", () => {
    const dir = scratch()
    const file = fileIn(dir, "policy.md", MARKDOWN_POLICY)
    const out = join(dir, "draft.yaml")
    const report = join(dir, "out", "report.json")
    const result = run([file], { out, report })
    expect(result).toMatchObject({ code: 0, err: "" })
    expect(result.out.split("\n").slice(0, 2)).toEqual([`wrote ${out}`, `wrote ${report}`])
    expect(readdirSync(dir).sort()).toEqual(["draft.yaml", "out", "policy.md"])
    expect(JSON.parse(readFileSync(report, "utf8"))).toMatchObject({ format: "markdown", valid: true, lines: { placedShare: 1 }, unplaced: [] })
    expect(runCommand(validateCommand, [out]).code).toBe(0)
    expect(JSON.parse(runCommand(lintCommand, [out], { format: "json", lang: "en" }).out)).toMatchObject({ files: [{ valid: true }] })
  })

  it("reads standard input for `-`, and takes --format over the content", () => {
    const html = run(["-"], {}, HTML_POLICY)
    expect(html.code).toBe(0)
    expect(html.out).toContain("from <stdin> (html)")
    const asText = run(["-"], { format: "text" }, HTML_POLICY)
    expect(asText.out).toContain("from <stdin> (text)")
    expect(run(["-"], { format: "md" }, MARKDOWN_POLICY).out).toContain("(markdown)")
  })

  it("reports input it cannot read: missing, not a file, not UTF-8, empty", () => {
    const dir = scratch()
    expect(run([join(dir, "missing.txt")])).toMatchObject({ code: 1, out: "", err: `${join(dir, "missing.txt")}  cannot-read  no such file` })
    expect(run([dir])).toMatchObject({ code: 1, err: `${dir}  cannot-read  not a file` })
    const sjis = fileIn(dir, "old.txt", Uint8Array.from([0x8c, 0xc2, 0x90, 0x6c, 0x8f, 0xee, 0x95, 0xf1]))
    const refused = run([sjis])
    expect(refused.code).toBe(1)
    expect(refused.err).toContain("not-utf8  file is not UTF-8; it looks like Shift_JIS")
    expect(run([fileIn(dir, "empty.txt", "\n")]).err).toContain("empty")
  })

  it("reports an output it cannot write, and writes nothing", () => {
    const dir = scratch()
    const file = fileIn(dir, "policy.txt", TEXT_POLICY)
    const result = run([file], { out: `${file}/draft.yaml`, report: join(dir, "report.json") })
    expect(result.code).toBe(1)
    expect(result.err).toBe(`appi-policy import: cannot write \`${file}/draft.yaml\` (EEXIST)`)
    expect(existsSync(join(dir, "report.json"))).toBe(false)
  })

  it("usage errors exit 2 on standard error", () => {
    expect(run([])).toMatchObject({ code: 2, out: "", err: "appi-policy import: name exactly one policy file (or `-` for standard input)" })
    expect(run(["a.txt", "b.txt"]).code).toBe(2)
    expect(run(["a.txt"], { format: "htm" })).toMatchObject({ code: 2, err: "appi-policy import: --format must be one of `text`, `markdown`, `md`, `html`, not `htm` (did you mean `html`?)" })
    expect(run(["a.txt"], { out: "" }).code).toBe(2)
  })

})
