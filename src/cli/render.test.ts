import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { renderCommand } from "./render.ts"
import { runCommand } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const examples = join(import.meta.dirname, "..", "..", "examples")
const genesis = join(examples, "000-genesis.yaml")
const centrex = join(examples, "003-centrex.yaml")

const run = (files: ReadonlyArray<string>, values: Parameters<typeof runCommand>[2] = {}) => runCommand(renderCommand, files, values)

const scratch = () => tempDir("appi-render-")

describe("appi-policy render", () => {
  it("prints Markdown to standard output, byte for byte what the committed rendering holds", () => {
    const result = run([genesis])
    expect(result).toMatchObject({ code: 0, err: "" })
    expect(`${result.out}\n`).toBe(readFileSync(join(examples, "rendered", "000-genesis.ja.md"), "utf8"))
  })

  it("writes a standalone HTML page with --out, and only the page", () => {
    const dir = scratch()
    const out = join(dir, "policy.html")
    expect(run([centrex], { format: "html", out })).toMatchObject({ code: 0, out: `wrote ${out}`, err: "" })
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(examples, "rendered", "003-centrex.ja.html"), "utf8"))
    expect(readdirSync(dir)).toEqual(["policy.html"])
  })

  it("applies the style flags", () => {
    const result = run([genesis], { format: "text", numbering: "articles", calendar: "gregorian" })
    expect(result.out).toContain("第1条 個人情報の利用目的")
    expect(result.out).toContain("制定：2005年5月13日")
    expect(run([genesis], { lang: "ja+en", format: "text", "en-dates": "iso", "allow-missing": true }).out).toContain("Established: 2005-05-13")
    const kZone = join(examples, "004-k-zone.yaml")
    expect(run([kZone], { format: "text" }).out).toContain("承諾")
    expect(run([kZone], { format: "text", "statutory-wording": true }).out).not.toContain("承諾")
  })

  /** Seed 000 with the English of its contact window's name taken out. */
  const untranslated = (dir: string): string => {
    const file = join(dir, "untranslated.yaml")
    writeFileSync(file, readFileSync(genesis, "utf8").replace("      en: Personal Information Inquiry Desk\n", ""))
    return file
  }

  it("refuses English with missing translations: each at its line and column, nothing written", () => {
    const dir = scratch()
    const file = untranslated(dir)
    const out = join(dir, "policy.md")
    const result = run([file], { lang: "en", out })
    expect(result.code).toBe(1)
    expect(result.out).toBe("")
    expect(result.err.split("\n")).toEqual([
      `${file}:373:7  missing-translation  no English text for \`個人情報問い合わせ窓口\``,
      "    at: contactWindows[0].name.en",
      "    help: add `en` beside `ja`, or allow missing translations (`--allow-missing`) to mark them in the output",
      "appi-policy render: 1 text(s) have no English version; nothing was written"
    ])
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir)).toEqual(["untranslated.yaml"])
  })

  it("--allow-missing renders them marked, and warns", () => {
    const result = run([untranslated(scratch())], { lang: "en", format: "text", "allow-missing": true })
    expect(result.code).toBe(0)
    expect(result.out).toContain("[untranslated: 個人情報問い合わせ窓口]")
    expect(result.err).toContain("missing-translation  no English text for `個人情報問い合わせ窓口`")
  })

  it("prints names without a published English form as written, without a warning", () => {
    const result = run([genesis], { lang: "en", format: "text" })
    expect(result).toMatchObject({ code: 0, err: "" })
    expect(result.out).toContain("坂口 聡隆")
  })

  it("--format json lists every statement with its source", () => {
    const result = run([genesis], { format: "json" })
    expect(result.code).toBe(0)
    const explained = JSON.parse(result.out) as { format: string; statements: ReadonlyArray<{ ja: string; sources: ReadonlyArray<{ kind: string; path?: string; key?: string }> }> }
    expect(explained.format).toBe("appi-policy/rendered-statements")
    const heading = explained.statements.find((statement) => statement.sources.some((source) => source.path === "presentation.headings[0].title"))
    expect(heading?.ja).toBe("第三者への提供")
    expect(explained.statements.some((statement) => statement.sources.some((source) => source.kind === "clause" && source.key === "voluntariness.voluntary"))).toBe(true)
  })

  it("reports an invalid policy with its diagnostics, not a stack trace", () => {
    const dir = scratch()
    const bad = join(dir, "bad.yaml")
    writeFileSync(bad, "schemaVersion: 1\nid: x\noperator: {}\ndataCategories: []\npurposes: { items: [] }\ncontactWindows: []\nadress: x\n")
    const result = run([bad])
    expect(result.code).toBe(1)
    expect(result.err).toContain(`${bad}:7:1  unknown-key  unknown key \`adress\``)
    expect(result.err).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/u)
    expect(run([join(dir, "missing.yaml")]).err).toContain("missing.yaml  cannot-read  no such file")
  })

  it("reports an output it cannot write", () => {
    // A directory under a regular file cannot be made, even by root.
    const result = run([genesis], { out: `${genesis}/policy.md` })
    expect(result.code).toBe(1)
    expect(result.err).toBe(`appi-policy render: cannot write \`${genesis}/policy.md\` (EEXIST)`)
  })

  it("usage errors exit 2", () => {
    expect(run([]).code).toBe(2)
    expect(run([genesis, centrex]).code).toBe(2)
    expect(run([genesis], { lang: "fr" })).toMatchObject({ code: 2, err: "appi-policy render: --lang must be one of `ja`, `en`, `ja+en`, not `fr`" })
    expect(run([genesis], { format: "pdf" }).code).toBe(2)
    expect(run([genesis], { numbering: "roman" })).toMatchObject({ code: 2, err: "appi-policy render: --numbering must be one of `articles`, `sections`, not `roman`" })
  })
})
