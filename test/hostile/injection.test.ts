/**
 * Output escaping against hostile text (issue #13, item 4): a policy built in
 * code (the loader refuses these characters in files) whose texts hold line
 * breaks followed by Markdown block starts, a lone carriage return, terminal
 * escapes and bidi overrides. Markdown and text never let the text start a
 * block or a link; no format writes a control character.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parsePolicy } from "../../src/load/parsePolicy.ts"
import type { Policy } from "../../src/model/Policy.ts"
import { render } from "../../src/render/render.ts"

const HOSTILE = "目的A\n# 見出し\n- 項目\n1. 番号\n    コード\n```\n<div>x</div>\n| a | b |\r## 改行だけ\n[link](https://evil.example) ![img](https://evil.example/x.png)\u001b[31m赤\u0007\u202e1234-5678"

const policy = (): Policy => {
  const loaded = parsePolicy(readFileSync(join(import.meta.dirname, "..", "..", "examples", "003-centrex.yaml")), { file: "003-centrex.yaml" })
  if (!loaded.ok) throw new Error("003-centrex.yaml does not load")
  const copy = structuredClone(loaded.policy) as unknown as { purposes: { items: Array<{ text: { ja: string } }> } }
  copy.purposes.items[0]!.text.ja = HOSTILE
  return copy as unknown as Policy
}

const output = (format: "markdown" | "text"): string => {
  const result = render(policy(), { lang: "ja", format })
  if (!result.ok) throw new Error(result.diagnostics[0]?.message)
  return result.output
}

describe("hostile text in rendered output", () => {
  it("no format writes a control character or a bidi control", () => {
    for (const format of ["markdown", "text"] as const) {
      expect(output(format)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u)
    }
    const html = render(policy(), { lang: "ja", format: "html" })
    expect(html.ok && html.output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u)
  })

  it("Markdown: the text stays one block, with no heading, list, fence, HTML, table row, link or image of its own", () => {
    const markdown = output("markdown")
    const line = markdown.split("\n").find((l) => l.includes("目的A"))!
    expect(markdown.split("\n").filter((l) => l.includes("見出し") || l.includes("改行だけ"))).toEqual([line])
    expect(line).toContain("<br>\\# 見出し<br>\\- 項目<br>1\\. 番号")
    expect(line).toContain("\\`\\`\\`<br>\\<div\\>x\\</div\\>")
    expect(line).toContain("\\[link\\](https://evil.example) \\!\\[img\\]")
    expect(line).not.toMatch(/(?<!\\)\[link\]\(|(?<!\\)!\[/u)
  })

  it("text: every line of the text after its first is indented, so none starts a heading, an item or a row", () => {
    const lines = output("text").split("\n")
    const first = lines.findIndex((l) => l.includes("目的A"))
    const continued = lines.slice(first + 1, first + 10)
    expect(continued.every((l) => l.startsWith("  "))).toBe(true)
    expect(continued.join("\n")).toContain("## 改行だけ")
  })
})
