/**
 * Reading saved pages with `htmlparser2`: what a hand-written tokenizer gets
 * wrong — implied end tags, raw-text scripts, comments and CDATA, every named
 * character reference, attributes without quotes, pages nested deep — and how
 * the importer lays the tree out (lists, tables, chrome).
 */
import { describe, expect, it } from "vitest"
import { htmlLines } from "./html.ts"
import { type Node, parse } from "./parse.ts"
import { conceptOfTitle, isPolicyTitle } from "./rules.ts"

/** The non-blank lines as `n:text` (`#level` for a heading). */
const lines = (html: string): ReadonlyArray<string> =>
  htmlLines(html)
    .filter((line) => line.text !== "")
    .map((line) => `${line.n}:${line.text}${line.heading === undefined ? "" : `#${line.heading}`}`)

const tree = (html: string): Node => parse(htmlLines(html), { namesSection: (line) => conceptOfTitle(line) !== undefined, isPolicyTitle })

describe("HTML lists", () => {
  it("nested lists: a bullet per depth, each item on the line its words stand on", () => {
    const html = ["<ul>", "  <li>発送のため", "    <ul>", "      <li>国内", "        <ol><li>宅配便</li>", "        <li>郵便</ol>", "    </ul>", "  <li>ご連絡のため", "</ul>"].join("\n")
    expect(lines(html)).toEqual(["2:- 発送のため", "4:・国内", "5:• 宅配便", "6:• 郵便", "8:- ご連絡のため"])
  })

  it("a label set beside its block by CSS starts the item's line; a bare word before a nested list does not", () => {
    const html = ['<ol class="labelled">', '<li><span class="label">(1)</span><div>発送のため</div></li>', "<li><span>②</span><p>ご連絡のため</p></li>", "</ol>", "<ul><li>c<ul><li>d</li></ul></li></ul>"].join("\n")
    expect(lines(html)).toEqual(["2:- (1) 発送のため", "3:- ② ご連絡のため", "5:- c", "5:・d"])
  })

  it("nested lists become nested items in the tree", () => {
    const root = tree("<ul><li>発送のため<ul><li>国内</li><li>海外</li></ul></li><li>ご連絡のため</li></ul>")
    const items = root.children.filter((n) => n.type === "item")
    expect(items.map((n) => n.text)).toEqual(["発送のため", "ご連絡のため"])
    expect(items[0]!.children.map((n) => n.text)).toEqual(["国内", "海外"])
  })

  it("an item whose words stand in a paragraph keeps its bullet", () => {
    expect(lines("<ol><li><p>氏名</p></li><li><p>住所</p><p>（番地まで）</p></li></ol>")).toEqual(["1:- 氏名", "1:- 住所", "1:（番地まで）"])
  })

  it("items and paragraphs left unclosed are closed where a browser closes them", () => {
    expect(lines("<p>一<p>二<ul><li>三<li>四</ul><p>五")).toEqual(["1:一", "1:二", "1:- 三", "1:- 四", "1:五"])
  })
})

describe("HTML tables", () => {
  it("a line break inside a cell stays in the cell; a pipe in a cell is escaped and read back as part of it", () => {
    const html = ["<table>", "<tr><th>窓口</th><th>受付</th></tr>", "<tr><td>お客様相談室<br>", "（本社）</td><td>月|金<br/>9時～17時</td></tr>", "</table>"].join("\n")
    expect(lines(html)).toEqual(["2:| 窓口 | 受付 |", "2:|---|---|", "3:| お客様相談室 （本社） | 月\\|金 9時～17時 |"])
    const table = tree(html).children.find((n) => n.type === "table")!.table!
    expect(table.header).toEqual(["窓口", "受付"])
    expect(table.rows[0]!.cells.map((cell) => cell.text)).toEqual(["お客様相談室 （本社）", "月|金 9時～17時"])
  })

  it("cells left unclosed, and a row headed by a <th> that is not a header row", () => {
    expect(lines("<table><tr><td>顧客<td>5年<tr><td>従業員<td>10年</table>")).toEqual(["1:| 顧客 | 5年 |", "1:| 従業員 | 10年 |"])
    expect(lines("<table><tr><th>窓口</th><td>お客様相談室</td></tr><tr><th>電話</th><td>03-1234-5678</td></tr></table>")).toEqual(["1:| 窓口 | お客様相談室 |", "1:| 電話 | 03-1234-5678 |"])
    expect(lines("<table><thead><tr><td>区分</td><td>期間</td></tr></thead><tbody><tr><td>顧客</td><td>5年</td></tr></tbody></table>")).toEqual(["1:| 区分 | 期間 |", "1:|---|---|", "1:| 顧客 | 5年 |"])
  })
})

describe("HTML text", () => {
  it("decodes every named character reference, as a browser does", () => {
    expect(lines("<p>&trade; &hearts; &copy 2024 &hellip; &NotEqual; &yen;1,000 &#x3000;&#12354; AT&amp;T &unknown;</p>")).toEqual(["1:™ ♥ © 2024 … ≠ ¥1,000 　あ AT&T &unknown;"])
    // No-break and fixed-width spaces read as plain spaces.
    expect(lines("<p>&lt;a&gt;&nbsp;&ensp;&emsp;b</p>")).toEqual(["1:<a> b"])
  })

  it("strips <template>, <noscript>, <nav>, and page <header>/<footer> (an article's own header stays)", () => {
    const html = [
      "<body>",
      "<template><p>テンプレート</p></template>",
      "<noscript><p>JavaScriptを有効にしてください</p></noscript>",
      "<header><nav><a href='/'>ホーム</a></nav></header>",
      "<article>",
      "<header><h1>プライバシーポリシー</h1></header>",
      "<p>本文</p>",
      "<footer>2024年4月1日 制定</footer>",
      "</article>",
      "<footer>© 株式会社みどり商会</footer>",
      "</body>"
    ].join("\n")
    expect(lines(html)).toEqual(["6:プライバシーポリシー#1", "7:本文", "8:2024年4月1日 制定"])
  })

  it("comments, conditional comments and CDATA are not text; a script holding `<!--` does not hide the page", () => {
    expect(lines("<p>前<!-- <p>古い文</p> -->後</p><!--[if IE]><p>IE向け</p><![endif]--><p>a<![CDATA[ 隠れた文 ]]>b</p>")).toEqual(["1:前後", "1:ab"])
    expect(lines("<script>var open = '<!--';</script>\n<p>本文</p>\n<!-- c -->\n<p>後</p>")).toEqual(["2:本文", "4:後"])
  })

  it("chrome named by an attribute without quotes, and an ASP.NET page whose body is one <form>", () => {
    expect(lines("<div class=breadcrumb>TOP &gt; 方針</div><p>本文</p>")).toEqual(["1:本文"])
    const page = '<body><form id="form1" method="post"><div id="main"><h1>個人情報保護方針</h1><p>本文</p></div><input name="q"><button>検索</button></form></body>'
    expect(lines(page)).toEqual(["1:個人情報保護方針#1", "1:本文"])
    expect(lines("<p>本文</p><form><label>お名前</label><input name=name><button>送信</button></form>")).toEqual(["1:本文"])
  })

  it("line numbers follow the source through tags and attributes that span lines", () => {
    const html = ['<div\n  class="entry">', "<p", '  style="margin:0">', "", "  個人情報の", "  取扱いについて</p>", "<h2>お問い合わせ</h2><p>電話：03-1234-5678</p>"].join("\n")
    expect(lines(html)).toEqual(["6:個人情報の 取扱いについて", "8:お問い合わせ#2", "8:電話：03-1234-5678"])
  })

  it("a page of unclosed tags nested deep is read without recursion", () => {
    expect(lines(`<p>${"<font>".repeat(10_000)}深い文</p>`)).toEqual(["1:深い文"])
  })

  it("<pre> keeps its lines", () => {
    expect(lines("<pre>\n〒100-0001\n東京都千代田区\n</pre>")).toEqual(["2:〒100-0001", "3:東京都千代田区"])
  })
})

describe("HTML definition lists", () => {
  it("a term and its short definition on one line, the term ending in a colon (a field, never a section's title)", () => {
    const html = ["<dl>", "<dt>制定</dt><dd><p>2020年9月1日</p></dd>", "<dt>担当</dt><dd>総務部「苦情相談窓口」</dd>", "<dt>利用目的</dt><dd><ul><li>広告配信</li><li>効果測定</li></ul></dd>", "</dl>"].join("\n")
    expect(lines(html)).toEqual(["2:制定：2020年9月1日", "3:担当：総務部「苦情相談窓口」", "4:利用目的：", "4:- 広告配信", "4:- 効果測定"])
    expect(tree(html).children.filter((n) => n.type === "heading")).toEqual([])
  })
})
