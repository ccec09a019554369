/**
 * The loader in Japanese: every code the loader reports has its Japanese
 * text, and each, produced by a real bad input, reads in Japanese (no
 * English sentence left), with what the English says kept where it is data
 * (the key, the value, the code point, the numbers).
 */
import { describe, expect, it } from "vitest"
import type { Diagnostic } from "../core/Diagnostic.ts"
import { loadPolicyFile } from "./loadPolicy.ts"
import { LOAD_MESSAGES_JA, localizeLoadDiagnostic } from "./messages.ts"
import { parsePolicy } from "./parsePolicy.ts"

const minimal = `schemaVersion: 1
id: minimal
operator: {}
dataCategories:
  - { id: customers, name: { ja: お客様情報 }, disclosure: { class: disclosable }, sensitivity: ordinary }
purposes:
  items:
    - { id: contact, text: { ja: ご連絡のため }, categories: [customers] }
contactWindows: []
history: { established: 2020-01-01 }
`

const utf16 = (text: string): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i)
  return bytes
}

/** One bad input per code: the first diagnostic of that code it yields. */
const INPUTS: ReadonlyArray<readonly [string, () => ReadonlyArray<Diagnostic>]> = (
  [
    ["cannot-read", () => loadPolicyFile("/nonexistent/policy.yaml")],
    ["too-large", () => parsePolicy(new Uint8Array(1_048_577).fill(0x20))],
    ["not-utf8", () => parsePolicy(utf16(minimal))],
    ["empty", () => parsePolicy("")],
    ["too-deep", () => parsePolicy(`a: ${"[".repeat(80)}${"]".repeat(80)}`)],
    ["too-many-entries", () => parsePolicy(Array.from({ length: 20_002 }, (_, i) => `k${i}: v`).join("\n"))],
    ["json-syntax", () => parsePolicy('{"a": 1,}', { format: "json" })],
    ["yaml-syntax", () => parsePolicy("a: [1, 2\n")],
    ["yaml-version", () => parsePolicy(`%YAML 1.1\n---\n${minimal}`)],
    ["alias-limit", () => parsePolicy(`a: &a [x]\nb: [${Array.from({ length: 120 }, () => "*a").join(", ")}]\n`)],
    ["not-a-mapping", () => parsePolicy("- a\n- b\n")],
    ["lone-surrogate", () => parsePolicy(minimal.replace("ja: お客様情報", 'ja: "\\uD800"'))],
    ["control-character", () => parsePolicy(minimal.replace("ja: お客様情報", 'ja: "\\e[31m"'))],
    ["bidi-control", () => parsePolicy(minimal.replace("ja: お客様情報", "ja: お客様\u202e情報"))],
    ["complex-key", () => parsePolicy(`${minimal}? [a, b]\n: c\n`)],
    ["duplicate-key", () => parsePolicy(`${minimal}id: again\n`)],
    ["forbidden-key", () => parsePolicy(`${minimal}__proto__: {}\n`)],
    ["non-finite-number", () => parsePolicy(`${minimal}fees: [{ id: f, kinds: [disclosure], amount: .nan }]\n`)],
    ["unsupported-schema-version", () => parsePolicy(minimal.replace("schemaVersion: 1", "schemaVersion: 9"))],
    ["missing-key", () => parsePolicy(minimal.replace("id: minimal\n", ""))],
    ["unknown-key", () => parsePolicy(`${minimal}adress: x\n`)],
    ["invalid-value", () => parsePolicy(minimal.replace("class: disclosable", "class: disclosabel"))],
    ["duplicate-id", () => parsePolicy(minimal.replace("purposes:", "  - { id: customers, name: { ja: 二度目 }, disclosure: { class: disclosable }, sensitivity: ordinary }\npurposes:"))],
    ["duplicate-value", () => parsePolicy(minimal.replace("categories: [customers]", "categories: [customers, customers]"))],
    ["dangling-reference", () => parsePolicy(minimal.replace("categories: [customers]", "categories: [customerz]"))],
    ["invalid-date", () => parsePolicy(minimal.replace("2020-01-01", "2021-02-30"))],
    ["too-many-problems", () => parsePolicy(`${minimal}${Array.from({ length: 150 }, (_, i) => `k${i}: v`).join("\n")}\n`)]
  ] as const
).map(([code, load]) => [code, () => {
  const result = load()
  return result.ok ? [] : result.diagnostics
}])

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u

describe("loader diagnostics in Japanese", () => {
  it("every code the catalog knows is produced by one of the inputs here", () => {
    expect(INPUTS.map(([code]) => code).sort()).toEqual(Object.keys(LOAD_MESSAGES_JA).sort())
  })

  it.each(INPUTS)("%s", (code, load) => {
    const diagnostic = load().find((d) => d.code === code)
    expect(diagnostic, `the input yields ${code}`).toBeDefined()
    const ja = localizeLoadDiagnostic(diagnostic!, "ja")
    expect(ja.message).toMatch(JAPANESE)
    expect(ja.message).not.toBe(diagnostic!.message)
    if (ja.help !== undefined) expect(ja.help).toMatch(JAPANESE)
    // What the English says as data stays: the quoted key or value, the code point.
    for (const data of diagnostic!.message.match(/`[^`]+`|U\+[0-9A-F]{4}/gu) ?? []) {
      if (code !== "yaml-syntax" && code !== "lone-surrogate") expect(ja.message).toContain(data)
    }
    expect(localizeLoadDiagnostic(diagnostic!, "en")).toBe(diagnostic)
  })

  it("a diagnostic of another room is left as it is", () => {
    const other: Diagnostic = { file: "x", severity: "error", code: "unresolved-reference", message: "m", path: [] }
    expect(localizeLoadDiagnostic(other, "ja")).toBe(other)
  })
})
