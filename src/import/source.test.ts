import { describe, expect, it } from "vitest"
import { htmlLines } from "./html.ts"
import { detectFormat, sourceLines } from "./source.ts"

describe("input formats", () => {
  it("tells the format by the file's name, else by its content", () => {
    expect(detectFormat("anything", "policy.HTML")).toBe("html")
    expect(detectFormat("anything", "policy.md")).toBe("markdown")
    expect(detectFormat("<!DOCTYPE html><html><body><p>x</p></body></html>")).toBe("html")
    expect(detectFormat("# プライバシーポリシー\n\n本文")).toBe("markdown")
    expect(detectFormat("プライバシーポリシー\n1. 利用目的")).toBe("text")
  })

  it("Markdown: headings keep their level, inline markup goes, links keep their address", () => {
    expect(sourceLines("# 方針\n\n**当社**は[窓口](https://example.jp/contact)まで\n\n見出し\n---\n> 引用", "markdown")).toEqual([
      { n: 1, text: "方針", heading: 1 },
      { n: 2, text: "" },
      { n: 3, text: "当社は窓口 https://example.jp/contact まで" },
      { n: 4, text: "" },
      { n: 5, text: "見出し", heading: 2 },
      { n: 6, text: "" },
      { n: 7, text: "引用" }
    ])
  })

  it("plain text is kept line for line", () => {
    expect(sourceLines("a\r\nb  \n", "text")).toEqual([
      { n: 1, text: "a" },
      { n: 2, text: "b" },
      { n: 3, text: "" }
    ])
  })
})

describe("HTML", () => {
  it("strips navigation, scripts, styles, forms and page chrome; keeps headings, lists and tables with their source lines", () => {
    const html = [
      "<html><head><title>t</title><style>p{}</style></head><body>",
      '<div class="global-nav"><a href="/">ホーム</a></div>',
      "<header>サイト名</header>",
      "<main>",
      "<h2>1. 利用目的</h2>",
      "<ul><li>発送のため</li><li>ご連絡のため<ul><li>電話</li></ul></li></ul>",
      "<table><tr><th>区分</th><th>期間</th></tr>",
      "<tr><td>顧客</td><td>5年</td></tr></table>",
      "<p>〒100-0001<br>東京都千代田区</p>",
      "<script>alert(1)</script><form><input name=q><button>送信</button></form>",
      "</main><footer>© 2024</footer></body></html>"
    ].join("\n")
    expect(htmlLines(html).filter((line) => line.text !== "")).toEqual([
      { n: 5, text: "1. 利用目的", heading: 2 },
      { n: 6, text: "- 発送のため" },
      { n: 6, text: "- ご連絡のため" },
      { n: 6, text: "・電話" },
      { n: 7, text: "| 区分 | 期間 |" },
      { n: 7, text: "|---|---|" },
      { n: 8, text: "| 顧客 | 5年 |" },
      { n: 9, text: "〒100-0001" },
      { n: 9, text: "東京都千代田区" }
    ])
    // A blank line after each block, as between the paragraphs of a text; none inside a list.
    expect(htmlLines("<p>a</p><p>b</p><ul><li>c<ul><li>d</li></ul></li></ul>").map((line) => line.text)).toEqual(["a", "", "b", "", "- c", "・d", ""])
  })

  it("decodes character references", () => {
    expect(htmlLines("<p>&lt;a&gt; &amp; &#12354;&#x3042; &copy;&unknown;</p>").map((line) => line.text)).toEqual(["<a> & ああ ©&unknown;", ""])
  })
})
