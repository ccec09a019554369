import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { ruleDocs, rulesMarkdown } from "./docs.ts"
import { lint } from "./lint.ts"
import { type Placeholders, fill } from "./Rule.ts"
import { policyOf } from "../../test/ruleTester.ts"
import { rules } from "./rules/index.ts"
import { parseRuleSetting, UnknownRuleError } from "./settings.ts"

const rulesDir = join(import.meta.dirname, "rules")
const placeholders = (text: string): ReadonlyArray<string> => [...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/gu)].map((m) => m[1]!).sort()

describe("the rule registry", () => {
  it("has one file per rule, named by its id, in id order", () => {
    const files = readdirSync(rulesDir)
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "index.ts")
      .map((name) => name.replace(/\.ts$/u, ""))
      .sort()
    expect(rules.map((rule) => rule.meta.id)).toEqual(files)
  })

  it("has a cases file per rule (rules.test.ts runs them)", () => {
    const cases = readdirSync(rulesDir).filter((name) => name.endsWith(".cases.yaml")).map((name) => name.replace(/\.cases\.yaml$/u, "")).sort()
    expect(cases).toEqual(rules.map((rule) => rule.meta.id))
  })

  it("docs/rules.md is generated from the metas and documents every rule", () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "rules.md"), "utf8")
    expect(doc).toBe(rulesMarkdown(rules))
    for (const rule of rules) expect(doc).toContain(`## ${rule.meta.id}\n`)
  })
})

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))("meta of %s", (_id, rule) => {
  const { meta } = rule
  it("cites the law, explains it and gives the reason for its severity in both languages", () => {
    const docs = ruleDocs(meta.id)
    if (docs === undefined) throw new Error(`${meta.id} has no docs in the reference (src/lint/catalog/reference.{en,ja}.ts)`)
    for (const text of [meta.citation, meta.description, docs, meta.severityReason]) {
      expect(text.en.length).toBeGreaterThan(0)
      expect(text.ja.length).toBeGreaterThan(0)
    }
    expect(docs.en.length).toBeGreaterThan(150)
    expect(docs.ja).toMatch(/[ぁ-んァ-ン一-龯]/u)
    // The reason names the severity it argues for: every severity the rule's findings can have.
    const severities = new Set([meta.severity, ...Object.values(meta.messages).flatMap((message) => (message.severity === undefined ? [] : [message.severity]))])
    for (const severity of severities) expect(`${meta.severityReason.en} ${meta.severityReason.ja}`).toMatch(severity === "error" ? /error|エラー/u : /warning|警告/u)
  })

  it("lowers a message's severity only below the rule's", () => {
    for (const message of Object.values(meta.messages)) if (message.severity !== undefined) expect(meta.severity).toBe("error")
  })

  it("writes messages in Cedar's style: lower-case, no final period", () => {
    for (const [key, message] of Object.entries(meta.messages)) {
      expect(key).toMatch(/^[a-z]+(?:-[a-z]+)*$/u)
      for (const text of [message.en, message.help?.en ?? "x"]) {
        expect(text, text).not.toMatch(/^[A-Z]/u)
        expect(text, text).not.toMatch(/[.。]$/u)
      }
      expect(message.ja, message.ja).not.toMatch(/。$/u)
      expect(message.ja).toMatch(/[ぁ-んァ-ン一-龯]/u)
    }
  })

  it("uses in the help only placeholders its message pair has", () => {
    for (const message of Object.values(meta.messages)) {
      const available = new Set([...placeholders(message.en), ...placeholders(message.ja)])
      for (const name of [...placeholders(message.help?.en ?? ""), ...placeholders(message.help?.ja ?? "")]) expect(available).toContain(name)
    }
  })
})

describe("lint", () => {
  const base = policyOf("")
  const abstract = policyOf(`purposes:
  items:
    - { id: vague, text: { ja: 事業活動に用いるため }, categories: [customers, applicants] }`)

  it("finds nothing in the complete base policy", () => {
    expect(lint(base)).toEqual([])
  })

  it("reports with the rule's default severity, citation and both languages", () => {
    const [finding] = lint(abstract)
    expect(finding).toMatchObject({
      file: "<input>",
      severity: "warning",
      code: "abstract-purpose",
      messageId: "abstract",
      message: "the purpose `vague` is too abstract to foresee the use: `事業活動に用いるため`",
      path: ["purposes", "items", 0, "text", "ja"],
      citation: { en: "APPI Art. 17(1); PPC General Guidelines 3-1-1" }
    })
    expect(finding?.localized.ja.message).toBe("利用目的 `vague` は抽象的で利用の範囲を予測できない: `事業活動に用いるため`")
  })

  it("applies settings: off, warn, error; lang picks the message", () => {
    expect(lint(abstract, { rules: { "abstract-purpose": "off" } })).toEqual([])
    expect(lint(abstract, { rules: { "abstract-purpose": "error" } })[0]?.severity).toBe("error")
    const noPurposes = policyOf("purposes: { items: [] }\ndataCategories: []")
    expect(lint(noPurposes, { rules: { "no-purposes": "warn" } }).map((d) => [d.code, d.severity])).toEqual([["no-purposes", "warning"]])
    expect(lint(noPurposes, { lang: "ja", file: "p.yaml" })[0]).toMatchObject({ file: "p.yaml", message: "利用目的が一つも公表されていない" })
  })

  it("gives a finding its message's severity; a setting overrides every message of the rule", () => {
    const myNumber = policyOf(`dataCategories:
  - { id: staff-numbers, name: { ja: 特定個人情報 }, disclosure: { class: disclosable }, sensitivity: my-number }
purposes:
  items:
    - { id: payroll, text: { ja: 源泉徴収票作成事務のため }, categories: [staff-numbers] }
thirdPartyProvision:
  consentRequired: true
  exceptions: []
  optOut: { categories: [staff-numbers], conditional: true }`)
    const severities = (settings?: Record<string, "off" | "warn" | "error">) =>
      lint(myNumber, settings === undefined ? {} : { rules: settings })
        .filter((d) => d.code === "my-number-provision")
        .map((d) => [d.messageId, d.severity])
    expect(severities()).toEqual([
      ["opt-out", "error"],
      ["no-statement", "warning"]
    ])
    expect(severities({ "my-number-provision": "error" })).toEqual([
      ["opt-out", "error"],
      ["no-statement", "error"]
    ])
    expect(severities({ "my-number-provision": "warn" })).toEqual([
      ["opt-out", "warning"],
      ["no-statement", "warning"]
    ])
  })

  it("refuses a setting for a rule that does not exist, with a suggestion", () => {
    expect(() => lint(base, { rules: { "abstract-purposes": "off" } })).toThrow(UnknownRuleError)
    expect(() => lint(base, { rules: { "abstract-purposes": "off" } })).toThrow("unknown rule `abstract-purposes` (did you mean `abstract-purpose`?)")
  })
})

describe("settings and messages", () => {
  it("parses `id=setting`", () => {
    expect(parseRuleSetting("abstract-purpose=off")).toEqual(["abstract-purpose", "off"])
    expect(parseRuleSetting("abstract-purpose=warning")).toBeUndefined()
    expect(parseRuleSetting("=off")).toBeUndefined()
  })

  it("fills named placeholders and types them", () => {
    const template = "purpose `{id}` in `{group}`" as const
    const data: Record<Placeholders<typeof template>, string> = { id: "a", group: "b" }
    expect(fill(template, data)).toBe("purpose `a` in `b`")
    expect(fill("`{missing}`", {})).toBe("`{missing}`")
  })
})
