import { describe, expect, it } from "vitest"
import { descendants, lineMarker, type Node, parse } from "./parse.ts"
import { conceptOfTitle, isPolicyTitle } from "./rules.ts"
import { sourceLines } from "./source.ts"

const tree = (text: string): Node => parse(sourceLines(text, "text"), { namesSection: (line) => conceptOfTitle(line) !== undefined, isPolicyTitle })

/** The tree as `type[kind] text` lines, indented by depth. */
const outline = (root: Node): string => {
  const lines: Array<string> = []
  const walk = (n: Node, depth: number): void => {
    lines.push(`${"  ".repeat(depth)}${n.type}${n.marker === undefined ? "" : `[${n.marker.kind}]`} ${n.text.split("\n")[0]}`.trimEnd())
    n.children.forEach((child) => walk(child, depth + 1))
  }
  root.children.forEach((child) => walk(child, 0))
  return lines.join("\n")
}

describe("markers", () => {
  it("recognises the numbering Japanese policies use", () => {
    const kinds = (line: string) => [lineMarker(line).marker?.kind, lineMarker(line).marker?.value, lineMarker(line).body]
    expect(kinds("第12条 お問い合わせ")).toEqual(["article", 12, "お問い合わせ"])
    expect(kinds("第三条　委託")).toEqual(["article", 3, "委託"])
    expect(kinds("2. 利用目的")).toEqual(["decimal", 2, "利用目的"])
    expect(kinds("２．利用目的")).toEqual(["decimal", 2, "利用目的"])
    expect(kinds("3.1 組織的安全管理措置")).toEqual(["dotted", 1, "組織的安全管理措置"])
    expect(kinds("3-2 人的安全管理措置")).toEqual(["dotted", 2, "人的安全管理措置"])
    expect(kinds("(4) 法令に基づく場合")).toEqual(["paren", 4, "法令に基づく場合"])
    expect(kinds("（４）法令に基づく場合")).toEqual(["paren", 4, "法令に基づく場合"])
    expect(kinds("4) 法令に基づく場合")).toEqual(["paren-close", 4, "法令に基づく場合"])
    expect(kinds("③ 公衆衛生")).toEqual(["circled", 3, "公衆衛生"])
    expect(kinds("二、 委託")).toEqual(["kanji", 2, "委託"])
    expect(kinds("(二) 委託")).toEqual(["kanji-paren", 2, "委託"])
    expect(kinds("■お問い合わせ")).toEqual(["symbol-■", 0, "お問い合わせ"])
    expect(kinds("・氏名")).toEqual(["dot", 0, "氏名"])
    expect(kinds("※ 注意")).toEqual(["note", 0, "注意"])
    expect(kinds("- 氏名")).toEqual(["dash", 0, "氏名"])
    expect(kinds(" - ① 法令に基づく場合")).toEqual(["circled", 1, "法令に基づく場合"])
    expect(kinds("045-319-1785")).toEqual([undefined, undefined, "045-319-1785"])
    expect(kinds("2020年4月1日")).toEqual([undefined, undefined, "2020年4月1日"])
  })
})

describe("the tree", () => {
  it("nests by the numbering: a kind already open is a sibling, a new kind a child", () => {
    expect(
      outline(
        tree(`個人情報保護方針

第1条 利用目的
当社は、次の目的で利用します。
(1) 発送のため
(2) 連絡のため
第2条 第三者提供
1. 当社は、同意なく提供しません。
① 法令に基づく場合
2. 当社は、外国に提供しません。`)
      )
    ).toBe(`title 個人情報保護方針
  heading[article] 利用目的
    para 当社は、次の目的で利用します。
      item[paren] 発送のため
      item[paren] 連絡のため
  heading[article] 第三者提供
    item[decimal] 当社は、同意なく提供しません。
      item[circled] 法令に基づく場合
    item[decimal] 当社は、外国に提供しません。`)
  })

  it("a list restarting at 1 under an item is nested; a heading closes lists; an unmarked line naming a concept is a heading", () => {
    expect(
      outline(
        tree(`9. 開示等のご請求に応じます。
※ 次の場合は通知しません。
1. 本人の権利を害するおそれがある場合。
2. 取得の状況からみて明らかな場合。

お問い合わせ窓口
メール：a@example.jp`)
      )
    ).toBe(`item[decimal] 開示等のご請求に応じます。
  item[note] 次の場合は通知しません。
    item[decimal] 本人の権利を害するおそれがある場合。
    item[decimal] 取得の状況からみて明らかな場合。
  heading[plain] お問い合わせ窓口
    para メール：a@example.jp`)
  })

  it("joins a sentence broken across lines, keeps each line's number", () => {
    const root = tree("当社は、個人情報を適切に管理し、\n安全に取り扱います。\n6. 外部に委託する際は十分な保護\n\nの水準を確保します。")
    const [para, item] = root.children
    expect(para!.text).toBe("当社は、個人情報を適切に管理し、安全に取り扱います。")
    expect(para!.parts.map((p) => p.n)).toEqual([1, 2])
    expect(item!.text).toBe("外部に委託する際は十分な保護の水準を確保します。")
    expect(item!.parts.map((p) => p.n)).toEqual([3, 5])
  })

  it("reads pipe tables, one-cell-per-line tables, space-laid tables and tab rows", () => {
    const pipe = tree("| 種別 | 利用目的 |\n|---|---|\n| 顧客情報 | 発送のため |").children[0]!
    expect(pipe.table).toEqual({ header: ["種別", "利用目的"], rows: [{ cells: [{ text: "顧客情報", parts: [{ n: 3, text: "顧客情報" }] }, { text: "発送のため", parts: [{ n: 3, text: "発送のため" }] }] }] })
    const cells = tree("情報の種類 |\n保存期間 |\nお問い合わせ情報 |\n3年間 |\n契約情報 |\n5年間 |").children[0]!
    expect(cells.table?.header).toEqual(["情報の種類", "保存期間"])
    expect(cells.table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["お問い合わせ情報", "3年間"],
      ["契約情報", "5年間"]
    ])
    const spaced = tree("項目 利用目的\n1 顧客の個人情報 ①発送②連絡\n\n③ご案内\n2 採用応募者の個人情報 選考のため\n3. 委託").children
    expect(spaced[0]!.table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["顧客の個人情報", "①発送②連絡 ③ご案内"],
      ["採用応募者の個人情報", "選考のため"]
    ])
    expect(spaced[1]!.type).toBe("heading")
    const tabs = tree("区分\t保存期間\n顧客\t5年\n応募者\t1年").children[0]!
    expect(tabs.table?.rows.length).toBe(2)
  })

  it("keeps every non-blank line in some node", () => {
    const text = "プライバシーポリシー\n\n1. 利用目的\n- 発送\n- 連絡\n\n| a | b |\n| c | d |\n\n※ 注記\n代表取締役 山田 太郎"
    const root = tree(text)
    const lines = descendants(root).flatMap((n) => n.parts.map((p) => p.n)).sort((a, b) => a - b)
    expect(lines).toEqual(text.split("\n").flatMap((line, i) => (line.trim() === "" ? [] : [i + 1])))
  })
})

describe("unmarked lines", () => {
  it("a short line that names a concept is a section's title, unless it is a sentence without its 。 or a field", () => {
    const text = ["個人情報保護方針", "", "手数料", "", "手数料として、開示請求の場合のみ実費(300円)をいただきます", "", "担当：総務部「苦情相談窓口」", "", "苦情・相談窓口"].join("\n")
    const kinds = descendants(tree(text)).map((n) => `${n.type} ${n.text}`)
    expect(kinds).toEqual(expect.arrayContaining(["heading 手数料", "para 手数料として、開示請求の場合のみ実費(300円)をいただきます", "para 担当：総務部「苦情相談窓口」", "heading 苦情・相談窓口"]))
  })
})
