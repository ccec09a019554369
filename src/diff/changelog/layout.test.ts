import { describe, expect, it } from "vitest"
import { diff } from "../diff.ts"
import { example, revise } from "../../../test/diffFixture.ts"
import { describeValue } from "./describe.ts"
import { changelogHtml, changelogMarkdown, changelogText } from "./layout.ts"

const centrex = example("003-centrex")
const feeRaised = diff(
  centrex,
  revise(centrex, (d) => {
    d.fees![0]!.amount = 1100
    d.version = "2"
    d.history!.effective = "2025-04-01"
  })
)

describe("changelog", () => {
  it("says when nothing changed", () => {
    expect(changelogText(diff(centrex, centrex), { lang: "ja" })).toBe("改定履歴\ncentrex: 2022年4月1日改定 → 2022年4月1日改定\n変更はありません\n")
    expect(changelogMarkdown(diff(centrex, centrex), { lang: "en" })).toContain("no changes")
  })

  it("lists each change in plain Japanese with its impact and article, for a revision notice", () => {
    const text = changelogText(feeRaised, { lang: "ja" })
    expect(text).toContain("centrex: 2022年4月1日改定 → 第2版・2025年4月1日施行")
    expect(text).toContain("最も高い影響: 公表（変更 3 件: 公表 1・表記の修正 2）")
    expect(text).toContain("・追加: 施行日: 2025年4月1日")
    expect(text).toContain("■ 手数料\n・変更: request-fee › 金額: 1,000 → 1,100\n    公表（個人情報保護法第32条第1項第3号、第38条）：")
    expect(text).not.toMatch(/\*\*|`/u)
  })

  it("renders Markdown in English with headings per concept", () => {
    const markdown = changelogMarkdown(feeRaised, { lang: "en" })
    expect(markdown).toMatch(/^# Revision history\n/u)
    expect(markdown).toContain("## Fees\n\n- changed: `request-fee` › amount: 1,000 → 1,100\n  - **publish** (APPI Art. 32(1)(iii), Art. 38): ")
    expect(markdown).toContain("highest impact: **publish** (3 changes: publish 1, editorial 2)")
  })

  it("renders HTML through the renderer's inline formatter: escaped, each line marked with its language, nothing external", () => {
    const hostile = diff(centrex, revise(centrex, (d) => (d.fees![0]!.text = [{ ja: "<script>alert(1)</script>手数料", en: "<img src=x onerror=alert(1)>" }])))
    const html = changelogHtml(hostile, { lang: "ja+en" })
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/u)
    expect(html).toContain(`content="default-src 'none'"`)
    expect(html).not.toMatch(/<script|<img/u)
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;手数料")
    expect(html).toContain('<h2>手数料 / Fees</h2>')
    const fees = changelogHtml(feeRaised, { lang: "ja+en" })
    expect(fees).toContain('<div lang="ja">変更: <code>request-fee</code> › 金額: 1,000 → 1,100</div><div lang="en">changed: <code>request-fee</code> › amount: 1,000 → 1,100</div>')
    expect(fees).toContain('<div lang="en"><strong>publish</strong> (APPI Art. 32(1)(iii), Art. 38): ')
  })

  it("gives both languages, Japanese first, with ja+en", () => {
    const text = changelogText(feeRaised, { lang: "ja+en" })
    expect(text).toContain("■ 手数料 / Fees\n・変更: request-fee › 金額: 1,000 → 1,100\n  changed: request-fee › amount: 1,000 → 1,100\n")
  })

  it("escapes Markdown in the policy's own text", () => {
    const revised = revise(centrex, (d) => (d.purposes.items[0]!.text.ja = "*重要* <b>本人確認</b>"))
    const markdown = changelogMarkdown(diff(centrex, revised), { lang: "ja" })
    expect(markdown).toContain("\\*重要\\* \\<b\\>本人確認\\</b\\>")
    expect(markdown).not.toContain("<b>")
  })

  it("escapes as the renderer does (one escaper): strike-through, entities, images and line breaks stay inert", () => {
    const revised = revise(centrex, (d) => (d.purposes.items[0]!.text.ja = "~~取消~~ &amp; ![x](y)\n# 見出し"))
    const markdown = changelogMarkdown(diff(centrex, revised), { lang: "ja" })
    expect(markdown).toContain("\\~\\~取消\\~\\~ \\&amp; \\!\\[x\\](y)<br>\\# 見出し")
  })

  it("shows a text changed in one language only in that language", () => {
    const smilemore = example("001-smilemore")
    const revised = revise(smilemore, (d) => (d.jointUses![0]!.responsibleParties[0]!.name.ja = "株式会社メディカルシフト"))
    expect(changelogText(diff(smilemore, revised), { lang: "en" })).toContain("medicalshift › responsible parties › medicalshift › name: 株式会社MedicalShift → 株式会社メディカルシフト")
  })

  it("shows a review hint's code as code", () => {
    const revised = revise(example("001-smilemore"), (d) => d.purposes.items.push({ id: "x", text: { ja: "新目的" }, categories: "all" }))
    expect(changelogMarkdown(diff(example("001-smilemore"), revised), { lang: "en" })).toContain("(`--related`)")
  })
})

describe("describeValue", () => {
  it.each([
    [{ ja: "氏名", en: "Name" }, "en", "Name"],
    [{ ja: "氏名" }, "en", "氏名"],
    [{ postalCode: "150-0043", ja: "東京都渋谷区" }, "ja", "〒150-0043 東京都渋谷区"],
    [{ title: { ja: "代表取締役" }, name: { ja: "宮井崇行" } }, "ja", "代表取締役 宮井崇行"],
    [["post", "email"], "ja", "post、email"],
    [[], "en", "(none)"],
    [true, "ja", "はい"],
    [1000, "en", "1,000"],
    [{ from: "12-31", to: "01-02" }, "en", "12-31–01-02"],
    [{ days: 14 }, "en", "days: 14"],
    ["2025-04-01", "ja", "2025年4月1日"],
    ["2025-04-01", "en", "1 April 2025"]
  ] as const)("%j in %s", (value, lang, expected) => {
    expect(describeValue(value, lang)).toBe(expected)
  })

  it("clips very long values", () => {
    expect(describeValue("あ".repeat(400), "ja")).toHaveLength(300)
  })
})
