import { writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import type { Diagnostic } from "../core/Diagnostic.ts"
import { formatDiagnostic, toPointer } from "../core/Diagnostic.ts"
import { MAX_BYTES } from "./decodeText.ts"
import { loadPolicy, loadPolicyEffect, loadPolicyFile, parsePolicy, PolicyLoadError } from "./loadPolicy.ts"
import { tempDir } from "../../test/tempDir.ts"

const minimal = `schemaVersion: 1
id: minimal
title: { ja: 個人情報保護方針, en: Privacy Policy }
operator:
  name: { ja: 株式会社テスト, en: Test K.K. }
dataCategories:
  - id: customers
    name: { ja: お客様情報, en: Customer information }
    disclosure: { class: disclosable }
    sensitivity: ordinary
purposes:
  items:
    - id: contact
      text: { ja: ご連絡のため, en: To contact you }
      categories: [customers]
requests:
  kinds: [disclosure, correction]
fees:
  - id: disclosure-fee
    kinds: [disclosure]
    amount: 1000
contactWindows:
  - id: privacy-desk
    name: { ja: 個人情報問い合わせ窓口, en: Privacy desk }
    emails: [privacy@example.co.jp]
`

/** Loads YAML text and returns its diagnostics (the load must fail). */
const problems = (text: string | Uint8Array, format: "yaml" | "json" = "yaml"): ReadonlyArray<Diagnostic> => {
  const result = parsePolicy(text, { file: `policy.${format}`, format })
  if (result.ok) throw new Error("expected the load to fail")
  return result.diagnostics
}
const only = (text: string | Uint8Array, format: "yaml" | "json" = "yaml"): Diagnostic => {
  const found = problems(text, format)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe("loadPolicy", () => {
  it("loads a valid YAML policy", () => {
    const result = parsePolicy(minimal)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.policy.purposes.items[0]?.categories).toEqual(["customers"])
  })

  it("loads the same policy as JSON, from a file", () => {
    const dir = tempDir("appi-")
    const yaml = parsePolicy(minimal)
    if (!yaml.ok) throw new Error("fixture invalid")
    const path = join(dir, "policy.json")
    writeFileSync(path, JSON.stringify(yaml.policy, null, 2))
    const json = loadPolicy({ path })
    expect(json.ok && json.policy).toEqual(yaml.policy)
  })

  it("names file, path, line:column, expected and found for a wrong value", () => {
    const d = only(minimal.replace("amount: 1000", "amount: 1000.5"))
    expect(d).toMatchObject({ file: "policy.yaml", code: "invalid-value", path: ["fees", 0, "amount"], start: { line: 21, column: 13 } })
    expect(d.expected).toBe("an integer")
    expect(d.found).toBe("the number 1000.5")
    expect(toPointer(d.path)).toBe("/fees/0/amount")
    expect(formatDiagnostic(d)).toMatch(/^policy\.yaml:21:13 {2}invalid-value {2}expected an integer, found the number 1000\.5\n {4}at: fees\[0\]\.amount$/u)
  })

  it("reports a missing key at its parent and an unknown key at the key, with a suggestion", () => {
    const found = problems(minimal.replace("    sensitivity: ordinary\n", "    sensitivty: ordinary\n"))
    expect(found.map((d) => [d.code, d.path.join("."), d.start?.line])).toEqual([
      ["missing-key", "dataCategories.0.sensitivity", 7],
      ["unknown-key", "dataCategories.0.sensitivty", 10]
    ])
    expect(found[1]?.help).toBe("did you mean `sensitivity`?")
  })

  it("lists the allowed values of an enum, with a hint", () => {
    const d = only(minimal.replace("sensitivity: ordinary", "sensitivity: special"))
    expect(d.expected).toBe("one of `ordinary`, `special-care`, `my-number`, `pseudonymized`, `anonymized`")
    expect(d.help).toBe("did you mean `special-care`?")
    expect(only(minimal.replace("categories: [customers]", "categories: customers")).expected).toBe("`all` or a list")
  })

  it("reports ids that break the pattern", () => {
    expect(only(minimal.replace("id: contact", "id: Contact_Us"))).toMatchObject({ path: ["purposes", "items", 0, "id"], found: "`Contact_Us`" })
  })

  it("reports dangling references and duplicate ids with their paths", () => {
    const found = problems(minimal.replace("categories: [customers]", "categories: [customer]").replace("id: disclosure-fee", "id: contact-fee\n    kinds: [use-stop]\n  - id: contact-fee"))
    expect(found.map((d) => [d.code, toPointer(d.path)])).toEqual([
      ["dangling-reference", "/purposes/items/0/categories/0"],
      ["dangling-reference", "/fees/0/kinds/0"],
      ["duplicate-id", "/fees/1/id"]
    ])
    expect(found[0]?.message).toBe("unknown data category `customer` (declared: `customers`)")
    expect(found[0]?.start).toEqual({ line: 15, column: 20 })
  })

  it("reports a date that is not in the calendar", () => {
    expect(only(`${minimal}history:\n  established: 2021-02-29\n`)).toMatchObject({ code: "invalid-date", path: ["history", "established"], start: { line: 27, column: 16 } })
  })

  it("refuses an unknown schemaVersion clearly", () => {
    expect(only(minimal.replace("schemaVersion: 1", "schemaVersion: 2"))).toMatchObject({ code: "unsupported-schema-version", help: "upgrade appi-policy" })
  })
})

describe("bad input never crashes and is explained", () => {
  it("empty file", () => {
    expect(only("")).toMatchObject({ code: "empty" })
    expect(only("  \n\n")).toMatchObject({ code: "empty" })
  })

  it("Shift_JIS file is recognised as such", () => {
    // 「ポリシー」 in Shift_JIS.
    const sjis = new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0x83, 0x7c, 0x83, 0x8a, 0x83, 0x56, 0x81, 0x5b, 0x0a])
    const d = only(sjis)
    expect(d).toMatchObject({ code: "not-utf8", found: "Shift_JIS (CP932)", start: { line: 1, column: 5 } })
    expect(d.message).toContain("Shift_JIS")
  })

  it("other invalid UTF-8 names the byte", () => {
    expect(only(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xc0, 0xaf]))).toMatchObject({ code: "not-utf8", message: "file is not UTF-8: byte 0xc0 at offset 4" })
  })

  it("UTF-8 BOM is accepted; UTF-16 is refused", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(minimal)])
    expect(parsePolicy(bom).ok).toBe(true)
    expect(only(new Uint8Array([0xff, 0xfe, 0x69, 0x00]))).toMatchObject({ code: "not-utf8", found: "UTF-16" })
  })

  it("YAML syntax error with position", () => {
    const d = problems("schemaVersion: 1\nid: [unclosed\n")[0]
    expect(d).toMatchObject({ code: "yaml-syntax", start: { line: 3, column: 1 } })
    expect(d?.message).toContain("end with a ]")
  })

  it("duplicate keys", () => {
    expect(problems(minimal.replace("id: minimal", "id: minimal\nid: other"))[0]).toMatchObject({ code: "duplicate-key", start: { line: 3, column: 1 } })
    expect(problems('{"schemaVersion": 1, "schemaVersion": 1}', "json")[0]).toMatchObject({ code: "duplicate-key", start: { line: 1, column: 22 } })
  })

  it("alias bombs", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for (const [i, name] of ["b", "c", "d", "e", "f"].entries()) {
      const prev = "abcdef"[i]!
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`)
    }
    expect(only(levels.join("\n") + "\n")).toMatchObject({ code: "alias-limit" })
  })

  it("deep nesting, in flow and block style", () => {
    expect(only("a: " + "[".repeat(100_000) + "]".repeat(100_000))).toMatchObject({ code: "too-deep", start: { line: 1 } })
    expect(only("[".repeat(200) + "]".repeat(200), "json")).toMatchObject({ code: "too-deep" })
    const block = Array.from({ length: 80 }, (_, i) => `${" ".repeat(i * 2)}k${i}:`).join("\n") + " x\n"
    expect(only(block)).toMatchObject({ code: "too-deep" })
  })

  it("a %YAML directive other than 1.2: 1.1 would read 01750 as octal; 1.2 reads it as 1750", () => {
    expect(only(`%YAML 1.1\n---\n${minimal}`)).toMatchObject({ code: "yaml-version", found: "%YAML 1.1", start: { line: 1, column: 1 } })
    const read = parsePolicy(`%YAML 1.2\n---\n${minimal.replace("amount: 1000", "amount: 01750")}`)
    expect(read.ok && read.policy.fees?.[0]?.amount).toBe(1750)
  })

  it("control characters (ESC, BEL, NUL, a lone CR) and bidi controls in any text or key, with their position", () => {
    expect(only(minimal.replace("ja: 株式会社テスト", 'ja: "株式会社\\e[31mテスト"'))).toMatchObject({ code: "control-character", message: expect.stringContaining("U+001B"), start: { line: 5 } })
    expect(only(minimal.replace("ja: 株式会社テスト", 'ja: "株式会社\\r# テスト"'))).toMatchObject({ code: "control-character", message: expect.stringContaining("U+000D") })
    expect(only(minimal.replace("ja: 株式会社テスト", 'ja: "株式会社\\0"'))).toMatchObject({ code: "control-character" })
    expect(only(minimal.replace("ja: 株式会社テスト", "ja: 株式会社\u202eテスト"))).toMatchObject({ code: "bidi-control", message: expect.stringContaining("U+202E") })
    expect(only(minimal + '"bad\\u0007key": 1\n')).toMatchObject({ code: "control-character", message: expect.stringContaining("key") })
    // The file's own line breaks, CR LF or CR, are line breaks, not characters of a text.
    expect(parsePolicy(minimal.replaceAll("\n", "\r\n")).ok).toBe(true)
  })

  it("more than 20,000 lines and commas: refused before parsing, at the separator past the limit", () => {
    const keys = Array.from({ length: 21_000 }, (_, i) => `k${i}: v`).join("\n")
    expect(only(`${minimal}${keys}\n`)).toMatchObject({ code: "too-many-entries", start: { line: expect.any(Number) } })
  })

  it("at most 100 diagnostics, then one that counts the rest", () => {
    const result = parsePolicy(`${minimal}${Array.from({ length: 500 }, (_, i) => `k${i}: v`).join("\n")}\n`)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.diagnostics).toHaveLength(101)
    expect(result.diagnostics.slice(0, 100).every((d) => d.code === "unknown-key")).toBe(true)
    expect(result.diagnostics[100]).toMatchObject({ code: "too-many-problems", message: "500 problems in all; the first 100 are shown" })
  })

  it("__proto__ keys", () => {
    expect(only(minimal + "__proto__: { polluted: true }\n")).toMatchObject({ code: "forbidden-key", start: { line: 26, column: 1 } })
    expect(only('{"__proto__": {"x": 1}}', "json")).toMatchObject({ code: "forbidden-key" })
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined()
  })

  it("NaN and Infinity", () => {
    expect(only(minimal.replace("amount: 1000", "amount: .nan"))).toMatchObject({ code: "non-finite-number", start: { line: 21, column: 13 } })
    expect(only(minimal.replace("amount: 1000", "amount: -.inf"))).toMatchObject({ code: "non-finite-number" })
    expect(only('{"a": 1e999}', "json")).toMatchObject({ code: "non-finite-number" })
    expect(only('{"a": NaN}', "json")).toMatchObject({ code: "json-syntax", start: { line: 1, column: 7 } })
  })

  it("lone surrogates", () => {
    expect(only('id: "\\ud800"\n')).toMatchObject({ code: "lone-surrogate" })
    expect(only('{"id": "\\udc00x"}', "json")).toMatchObject({ code: "lone-surrogate" })
  })

  it("a top-level list or scalar", () => {
    expect(only("- a\n- b\n")).toMatchObject({ code: "not-a-mapping", found: "a list" })
    expect(only("just text\n")).toMatchObject({ code: "not-a-mapping", found: "a string" })
    expect(only("42", "json")).toMatchObject({ code: "not-a-mapping", found: "a number" })
    expect(only("null", "json")).toMatchObject({ code: "not-a-mapping", found: "nothing" })
  })

  it("JSON syntax errors say where and what", () => {
    expect(only('{"a": 1,\n "b": }', "json")).toMatchObject({ code: "json-syntax", start: { line: 2, column: 7 }, expected: "a JSON value" })
    expect(only('{"a": 1,}', "json").expected).toContain("trailing commas")
    expect(only("{'a': 1}", "json").expected).toBe("a property name in double quotes")
  })

  it("files over the size limit, reported with their real size", () => {
    expect(only(new Uint8Array(MAX_BYTES + 1).fill(0x20))).toMatchObject({ code: "too-large", message: expect.stringContaining("1,048,577 bytes") })
    const big = join(tempDir("appi-large-"), "big.yaml")
    writeFileSync(big, new Uint8Array(3_000_000).fill(0x20))
    expect(loadPolicyFile(big)).toMatchObject({ ok: false, diagnostics: [{ code: "too-large", message: expect.stringContaining("3,000,000 bytes") }] })
  })

  it("UTF-32 is named as UTF-32, with or without a byte order mark", () => {
    const utf32 = (text: string, bom: boolean): Uint8Array => {
      const out = new Uint8Array((bom ? 4 : 0) + text.length * 4)
      if (bom) out.set([0xff, 0xfe, 0, 0])
      for (let i = 0; i < text.length; i++) out[(bom ? 4 : 0) + 4 * i] = text.charCodeAt(i)
      return out
    }
    expect(only(utf32("schemaVersion: 1\n", true))).toMatchObject({ code: "not-utf8", found: "UTF-32" })
    expect(only(utf32("schemaVersion: 1\n", false))).toMatchObject({ code: "not-utf8", found: "UTF-32" })
  })

  it("missing files and directories", () => {
    expect(loadPolicyFile("/nonexistent/policy.yaml")).toMatchObject({ ok: false, diagnostics: [{ code: "cannot-read", message: "no such file" }] })
    expect(loadPolicyFile(tmpdir())).toMatchObject({ ok: false, diagnostics: [{ code: "cannot-read", message: "not a file" }] })
  })

  it("the Effect flavour fails with PolicyLoadError", () => {
    const exit = Effect.runSyncExit(loadPolicyEffect({ text: "" }))
    expect(Exit.isFailure(exit)).toBe(true)
    const error = Exit.isFailure(exit) ? exit.cause : undefined
    expect(String(error)).toContain("PolicyLoadError")
    expect(new PolicyLoadError({ file: "x", diagnostics: [] })._tag).toBe("PolicyLoadError")
  })
})
