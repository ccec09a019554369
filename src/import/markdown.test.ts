/**
 * Reading Markdown with `marked`'s lexer: the blocks CommonMark and GitHub
 * tables define (setext headings, nested lists, tables with escaped pipes,
 * code kept as written, HTML blocks read as HTML), each line still numbered
 * as in the file.
 */
import { marked } from "marked"
import { afterEach, describe, expect, it } from "vitest"
import { MARKDOWN_POLICY } from "../../test/import/synthetic.ts"
import { importPolicy } from "./index.ts"
import { type Node, parse } from "./parse.ts"
import { conceptOfTitle, isPolicyTitle } from "./rules.ts"
import { sourceLines } from "./source.ts"

/** The non-blank lines as `n:text` (`#level` for a heading). */
const lines = (markdown: string): ReadonlyArray<string> =>
  sourceLines(markdown, "markdown")
    .filter((line) => line.text !== "")
    .map((line) => `${line.n}:${line.text}${line.heading === undefined ? "" : `#${line.heading}`}`)

const tree = (markdown: string): Node => parse(sourceLines(markdown, "markdown"), { namesSection: (line) => conceptOfTitle(line) !== undefined, isPolicyTitle })

describe("Markdown blocks", () => {
  it("keeps one entry per source line, blank where markup stood", () => {
    const text = "# 方針\n\n本文\n\n---\n\n```\nコード\n```\n"
    expect(sourceLines(text, "markdown").map((line) => line.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it("setext headings: `===` and `---` underlines, a heading over two lines; a `---` after a list is a rule, not a heading", () => {
    expect(lines("個人情報保護方針\n===\n\n利用目的\n--\n\n- 氏名\n---\n\n個人情報の\n取扱いについて\n---")).toEqual(["1:個人情報保護方針#1", "4:利用目的#2", "7:- 氏名", "10:個人情報の取扱いについて#2"])
  })

  it("nested lists: a bullet per depth (as for HTML), ordered items keep their numbers, continuation lines stay in their item", () => {
    const markdown = ["- 発送のため", "  - 国内", "    - 宅配便", "  - 海外", "- ご連絡のため", "  及びアンケートのため", "", "1. 法令に基づく場合", "2. 人の生命、身体又は財産の保護のために", "   必要がある場合"].join("\n")
    expect(lines(markdown)).toEqual(["1:- 発送のため", "2:・国内", "3:• 宅配便", "4:・海外", "5:- ご連絡のため", "6:  及びアンケートのため", "8:1. 法令に基づく場合", "9:2. 人の生命、身体又は財産の保護のために", "10:   必要がある場合"])
    const items = tree(markdown.split("\n\n")[0]!).children.filter((n) => n.type === "item")
    expect(items.map((n) => n.text)).toEqual(["発送のため", "ご連絡のため及びアンケートのため"])
    expect(items[0]!.children.map((n) => n.text)).toEqual(["国内", "海外"])
    expect(items[0]!.children[0]!.children.map((n) => n.text)).toEqual(["宅配便"])
  })

  it("tables: escaped pipes stay in their cell, a table without outer pipes is a table", () => {
    const markdown = "| 項目 | 内容 |\n|---|---|\n| 受付 | 月\\|金 `9\\|17時` |\n\n区分 | 保存期間\n:--|--:\n顧客 | 5年"
    expect(lines(markdown)).toEqual(["1:| 項目 | 内容 |", "2:|---|---|", "3:| 受付 | 月\\|金 9\\|17時 |", "5:| 区分 | 保存期間 |", "6:|---|---|", "7:| 顧客 | 5年 |"])
    const tables = tree(markdown).children.filter((n) => n.type === "table").map((n) => n.table!)
    expect(tables.map((table) => table.header)).toEqual([["項目", "内容"], ["区分", "保存期間"]])
    expect(tables.map((table) => table.rows.map((row) => row.cells.map((cell) => cell.text)))).toEqual([[["受付", "月|金 9|17時"]], [["顧客", "5年"]]])
  })

  it("code blocks are kept as text, as written: no heading, no emphasis taken off, a longer fence holding a shorter one", () => {
    expect(lines("````\n```\n# 見出しではない\n**太字のまま** &copy;\n````\n\n    インデントされたコード\n\n`**そのまま**`")).toEqual([
      "2:```",
      "3:# 見出しではない",
      "4:**太字のまま** &copy;",
      "7:インデントされたコード",
      "9:**そのまま**"
    ])
  })

  it("HTML blocks are read as HTML: comments and scripts go, tables become rows, headings keep their level", () => {
    const markdown = [
      "<div>",
      "<h2>お問い合わせ</h2>",
      "<p>電話：03-1234-5678<br>受付：平日</p>",
      "<!-- TODO: 社内メモ -->",
      "</div>",
      "",
      "<!--",
      "公開前に削除する文",
      "-->",
      "",
      "<script>",
      "track()",
      "</script>",
      "",
      "<table><tr><th>区分</th><th>期間</th></tr>",
      "<tr><td>顧客</td><td>5年</td></tr></table>"
    ].join("\n")
    expect(lines(markdown)).toEqual(["2:お問い合わせ#2", "3:電話：03-1234-5678", "3:受付：平日", "15:| 区分 | 期間 |", "15:|---|---|", "16:| 顧客 | 5年 |"])
  })
})

describe("Markdown inline", () => {
  it("emphasis next to Japanese punctuation, which CommonMark leaves as written, is taken off; escaped marks stay", () => {
    expect(lines("**「当社」**は__個人情報__を*適切*に取り扱います。\\*は記号です。")).toEqual(["1:「当社」は個人情報を適切に取り扱います。*は記号です。"])
  })

  it("character references are decoded, `<br>` starts a line with the same number, a link keeps its address", () => {
    expect(lines("〒100-0001<br>東京都千代田区 &copy; AT&amp;T\n[窓口](https://example.jp/contact)・<privacy@example.jp>・https://example.jp")).toEqual([
      "1:〒100-0001",
      "1:東京都千代田区 © AT&T",
      "2:窓口 https://example.jp/contact ・privacy@example.jp・https://example.jp"
    ])
  })

  it("reference links resolve; a definition is markup, a `[注1]: …` sentence is text", () => {
    expect(lines("[お問い合わせ窓口]までご連絡ください。\n\n[お問い合わせ窓口]: https://example.jp/contact\n[注1]: 当社は法令に従います。")).toEqual([
      "1:お問い合わせ窓口 https://example.jp/contact までご連絡ください。",
      "4:[注1]: 当社は法令に従います。"
    ])
  })

  it("quotes lose their `>`, lazy lines included", () => {
    expect(lines("> 引用の一行目\n続き\n> - 項目")).toEqual(["1:引用の一行目", "2:続き", "3:- 項目"])
  })
})

describe("marked's global options", () => {
  afterEach(() => {
    marked.setOptions(marked.getDefaults())
  })

  it("do not change the reading: the importer's lexer has its own", () => {
    const before = importPolicy(MARKDOWN_POLICY, { file: "policy.md" })
    marked.setOptions({ gfm: false, breaks: true, pedantic: true })
    expect(lines("| a | b |\n|---|---|\n| c | d |")).toEqual(["1:| a | b |", "2:|---|---|", "3:| c | d |"])
    expect(importPolicy(MARKDOWN_POLICY, { file: "policy.md" })).toEqual(before)
  })
})
