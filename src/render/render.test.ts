import { Effect, Exit } from "effect"
import { join } from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import type { Policy } from "../model/Policy.ts"
import { buildParts } from "./build.ts"
import { fullPolicy, htmlText } from "../../test/renderFixture.ts"
import { escapeHtml, partsToHtml } from "./html.ts"
import { partsToMarkdown } from "./markdown.ts"
import { escapeMarkdown } from "../core/markdown.ts"
import type { DocumentParts } from "./parts.ts"
import { render, renderEffect, RenderError, type RenderOptions } from "./render.ts"
import { DEFAULT_STYLE } from "./style.ts"

const output = (policy: Policy, options: RenderOptions): string => {
  const result = render(policy, options)
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"))
  return result.output
}

/** `policy` with one more purpose, whose text is `ja` (and `en`). */
const withPurposeText = (ja: string, en = ja): Policy => {
  const policy = fullPolicy()
  return { ...policy, purposes: { ...policy.purposes, items: [...policy.purposes.items, { id: "hostile", text: { ja, en }, categories: ["customers"] }] } }
}

describe("sections", () => {
  it("renders every concept of the model, in order, with numbered headings", () => {
    const text = output(fullPolicy(), { lang: "ja", format: "text" })
    const headings = [
      "1. 基本方針",
      "2. 取得する個人情報",
      "3. 個人情報の取得方法",
      "4. 個人情報の提供の任意性",
      "5. 個人情報の利用目的",
      "5.1 サービス関連",
      "5.2 利用目的の変更",
      "6. 利用目的の通知等をしない場合",
      "7. ご案内等の停止",
      "8. 利用目的の範囲を超えた取扱い",
      "9. 個人データの第三者提供",
      "9.1 提供の内容",
      "9.2 オプトアウトによる第三者提供",
      "9.3 特定個人情報の提供",
      "10. 個人データの共同利用",
      "11. 個人データの取扱いの委託",
      "12. 安全管理のために講じた措置",
      "13. 個人情報の保存期間",
      "14. Cookie・アクセスログ等",
      "15. 保有個人データの開示等の請求",
      "16. 手数料",
      "17. 苦情・相談への対応",
      "18. お問い合わせ窓口",
      "19. 事業者の名称、住所及び代表者",
      "20. 認定個人情報保護団体",
      "21. 本方針の改定",
      "22. 準拠法",
      "制定・改定"
    ]
    const positions = headings.map((heading) => text.indexOf(`\n${heading}\n`))
    positions.forEach((position, index) => expect(position, headings[index]).toBeGreaterThan(0))
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it("numbers articles 第1条 in Japanese and Article 1 in English", () => {
    const text = output(fullPolicy(), { lang: "ja+en", format: "text", style: { numbering: "articles" } })
    expect(text).toContain("\n第5条 個人情報の利用目的 / Article 5 Purposes of Use of Personal Information\n")
    expect(text).toContain("\n2. 利用目的の変更 / 2. Changes to the Purposes of Use\n")
  })

  it("generates cross-references from the numbering: 前条の各号, 第5条, 上記8.", () => {
    const articles = output(fullPolicy(), { lang: "ja+en", format: "text", style: { numbering: "articles" } })
    expect(articles).toContain("① 前条の各号のいずれかに該当する場合")
    expect(articles).toContain("(i) In any of the cases listed in the items of the preceding Article")
    expect(articles).toContain("第5条に定める利用目的の達成に必要な範囲を超えて")
    expect(articles).toContain("個人情報お問い合わせ窓口（第18条）")
    const sections = output(fullPolicy(), { lang: "ja+en", format: "text" })
    expect(sections).toContain("① 上記8.の各号のいずれかに該当する場合")
    expect(sections).toContain("(i) In any of the cases listed in the items of Section 8 above")
    expect(sections).toContain("個人情報お問い合わせ窓口（下記18.）")
    // Without a 18(3) section the 27(1) items are listed, not referred to.
    const { useBeyondPurpose: _, ...withoutUse } = fullPolicy()
    const listed = output(withoutUse, { lang: "ja", format: "text" })
    expect(listed).not.toContain("の各号のいずれかに該当する場合\n")
    expect(listed).toContain("① 法令（条例を含む。）に基づく場合")
  })

  it("links cross-references to the section's anchor", () => {
    const html = output(fullPolicy(), { lang: "ja", format: "html", style: { numbering: "articles" } })
    expect(html).toContain('<a href="#use-beyond-purpose">前条</a>の各号のいずれかに該当する場合')
    expect(html).toContain('<section id="use-beyond-purpose" aria-labelledby="use-beyond-purpose-heading">')
  })

  it("states the fee in yen as the seeds do, and in English", () => {
    const text = output(fullPolicy(), { lang: "ja+en", format: "text" })
    expect(text).toContain("利用目的の通知、開示及び第三者提供記録の開示の請求については、1回の請求につき1,000円（税込）の手数料をいただきます。")
    expect(text).toContain(
      "A fee of JPY 1,000 (tax incl.) per request is charged for requests for notification of the purposes of use, disclosure, and disclosure of the records of provision to third parties."
    )
    expect(text).toContain("訂正等、利用停止等及び第三者提供の停止の請求については、手数料をいただきません。")
    expect(text).toContain("手数料は、郵便切手又は郵便小為替によりお支払いください。")
  })

  it("writes dates in 和暦 by default, Gregorian or ISO on request", () => {
    const policy = fullPolicy()
    expect(output(policy, { lang: "ja", format: "text" })).toContain("制定：平成17年5月13日\n改定：\n  ・令和元年5月1日\n  ・令和4年4月1日")
    expect(output(policy, { lang: "ja", format: "text", style: { calendar: "gregorian" } })).toContain("制定：2005年5月13日")
    expect(output(policy, { lang: "en", format: "text" })).toContain("Established: 13 May 2005")
    expect(output(policy, { lang: "en", format: "text", style: { englishDates: "iso" } })).toContain("Established: 2005-05-13")
  })

  it("uses the exception numbering the style asks for", () => {
    expect(output(fullPolicy(), { lang: "en", format: "text" })).toContain("(iv) Where it is necessary to cooperate with a central government organ")
    expect(output(fullPolicy(), { lang: "ja", format: "text", style: { exceptions: "parenthesized" } })).toContain("(4) 国の機関若しくは地方公共団体")
    expect(output(fullPolicy(), { lang: "ja", format: "text", style: { items: "circled" } })).toContain("① ご連絡のため\n    ② 新商品のご案内のため")
  })

  it("puts purposes tied to categories in a table with the disclosure class column", () => {
    const markdown = output(fullPolicy(), { lang: "ja", format: "markdown" })
    expect(markdown).toContain("| 個人情報の種別 | 個人情報の利用目的 | 開示区分 |\n| --- | --- | --- |\n| 受託データ | 受託業務の遂行のため | 非開示 |")
    expect(markdown).toContain("| お客様情報 | (1) ご連絡のため<br>(2) 新商品のご案内のため | 開示対象 |")
    expect(markdown).toContain("| 取得するすべての個人情報 | 統計の作成のため | 種別により異なる |")
  })
})

describe("statutory wording", () => {
  const kZone = (): Policy => {
    const loaded = loadPolicyFile(join(import.meta.dirname, "..", "..", "examples", "004-k-zone.yaml"))
    if (!loaded.ok) throw new Error("examples/004-k-zone.yaml does not load")
    return loaded.policy
  }

  it("keeps the policy's own wording by default, as the company published it", () => {
    const text = output(kZone(), { lang: "ja", format: "text" })
    expect(text).toContain("お客様の承諾なく個人情報を第三者に提供しません。")
    expect(text).toContain("② 人の生命、身体、健康又は財産の保護のために必要な場合であって、本人の同意を得ることが困難であるとき。")
  })

  it("on request, publishes the statute's wording instead (同意, not 承諾; 18(3) without 健康 or 子ども)", () => {
    const text = output(kZone(), { lang: "ja", format: "text", statutoryWording: true })
    expect(text).not.toContain("承諾")
    expect(text).not.toContain("健康又は財産")
    expect(text).not.toContain("子どもの健全な育成")
    expect(text).toContain("当社は、次の各号のいずれかに該当する場合を除き、あらかじめご本人の同意を得ないで、個人データを第三者に提供しません。")
    expect(text).toContain("② 人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき\n")
    // The 21(4) list keeps its own statutory items.
    expect(text).toContain("② 利用目的を本人に通知し、又は公表することにより当社の権利又は正当な利益を害するおそれがある場合")
    // Company text is untouched.
    expect(text).toContain("(1) 問い合わせへの対応のため")
  })

  it("replaces a fee's own sentence with the catalog's", () => {
    const loaded = loadPolicyFile(join(import.meta.dirname, "..", "..", "examples", "003-centrex.yaml"))
    if (!loaded.ok) throw new Error("examples/003-centrex.yaml does not load")
    const text = output(loaded.policy, { lang: "ja", format: "text", statutoryWording: true })
    expect(text).toContain("利用目的の通知、開示及び第三者提供記録の開示の請求については、1回の請求につき1,000円（税込）の手数料をいただきます。\n\n手数料は、郵便切手によりお支払いください。")
    expect(text).not.toContain("1,000円分の切手をご同封ください")
  })
})

describe("escaping", () => {
  const hostile = '<script>alert(1)</script> <img src=x onerror="alert(2)"> **bold** [x](javascript:alert(3)) | a & b'

  it("HTML: policy text renders as text", () => {
    const html = output(withPurposeText(hostile), { lang: "ja+en", format: "html" })
    expect(html).not.toMatch(/<script|<img|href="javascript:/u)
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(2)&quot;&gt;")
    expect(html).toContain("a &amp; b")
  })

  it("HTML: drops links with an unsafe scheme even if a part carries one", () => {
    const parts: DocumentParts = {
      title: { ja: [{ kind: "link", text: "x", href: "javascript:alert(1)" }], en: [] },
      subtitle: undefined,
      preamble: { title: undefined, blocks: [] },
      sections: [],
      signature: [],
      unresolved: []
    }
    const html = partsToHtml(parts, { lang: "ja", style: DEFAULT_STYLE })
    expect(html).not.toContain("javascript:")
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;")
  })

  it("Markdown: escapes every character Markdown gives meaning to", () => {
    const markdown = output(withPurposeText(hostile), { lang: "ja", format: "markdown" })
    expect(markdown).toContain(
      "\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=\"alert(2)\"\\> \\*\\*bold\\*\\* \\[x\\](javascript:alert(3)) \\| a \\& b"
    )
    expect(markdown).not.toMatch(/(?<!\\)<script/u)
  })

  it("Markdown: a text cannot start a heading, list or quote, nor break out of its line", () => {
    expect(escapeMarkdown("# heading")).toBe("\\# heading")
    expect(escapeMarkdown("- item")).toBe("\\- item")
    expect(escapeMarkdown("1. item")).toBe("1\\. item")
    expect(escapeMarkdown("> quote")).toBe("\\> quote")
    expect(escapeMarkdown("a\n# b")).toBe("a<br>\\# b")
    expect(escapeMarkdown("`code` ~~x~~ _y_")).toBe("\\`code\\` \\~\\~x\\~\\~ \\_y\\_")
    expect(escapeMarkdown("（税込）① 2020年")).toBe("（税込）① 2020年")
  })

  it("Markdown: link targets cannot close the link", () => {
    const parts = buildParts(fullPolicy())
    const markdown = partsToMarkdown(
      { ...parts, title: { ja: [{ kind: "link", text: "x", href: "https://example.com/a) [b](c" }], en: [] } },
      { lang: "ja", style: DEFAULT_STYLE }
    )
    expect(markdown).toContain("[x](https://example.com/a%29%20[b]%28c)")
  })
})

describe("missing translations", () => {
  const policy = (): Policy => {
    const full = fullPolicy()
    return {
      ...full,
      operator: { ...full.operator, representatives: [{ title: { ja: "代表取締役" }, name: { ja: "山田 太郎" } }] },
      purposes: { ...full.purposes, items: full.purposes.items.map((purpose, index) => (index === 1 ? { ...purpose, text: { ja: purpose.text.ja } } : purpose)) }
    }
  }

  it("English fails with one diagnostic per missing path, in document order", () => {
    const result = render(policy(), { lang: "en", format: "html", file: "policy.yaml" })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.diagnostics.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["missing-translation", "purposes.items.1.text.en"],
      ["missing-translation", "operator.representatives.0.title.en"]
    ])
    expect(result.diagnostics[0]).toMatchObject({ file: "policy.yaml", severity: "error", message: "no English text for `新商品のご案内のため`" })
  })

  it("ja+en fails too; Japanese alone does not need English", () => {
    expect(render(policy(), { lang: "ja+en", format: "markdown" }).ok).toBe(false)
    expect(render(policy(), { lang: "ja", format: "markdown" })).toMatchObject({ ok: true, warnings: [] })
  })

  it("allowMissing marks each one visibly and reports them as warnings", () => {
    const text = render(policy(), { lang: "en", format: "text", allowMissing: true })
    expect(text.ok && text.output).toContain("(2) [untranslated: 新商品のご案内のため]")
    expect(text.ok && text.warnings.map((d) => d.severity)).toEqual(["warning", "warning"])
    const html = output(policy(), { lang: "en", format: "html", allowMissing: true })
    expect(html).toContain(
      '<mark class="untranslated" title="operator.representatives[0].title.en"><span class="tag">untranslated</span> <span lang="ja">代表取締役</span></mark>'
    )
    expect(output(policy(), { lang: "en", format: "markdown", allowMissing: true })).toContain("\\[untranslated: 代表取締役\\]")
  })

  it("prints a name without a published English form as written: a name is not translated", () => {
    const text = output(policy(), { lang: "en", format: "text", allowMissing: true })
    expect(text).toContain("山田 太郎")
    expect(text).not.toContain("[untranslated: 山田 太郎]")
  })

  it("renderEffect fails with RenderError", () => {
    const exit = Effect.runSyncExit(renderEffect(policy(), { lang: "en", format: "text" }))
    expect(Exit.isFailure(exit)).toBe(true)
    const ok = Effect.runSync(renderEffect(policy(), { lang: "ja", format: "text" }))
    expect(ok).toContain("個人情報保護方針")
    const error = new RenderError({ diagnostics: [] })
    expect(error._tag).toBe("RenderError")
  })
})

describe("languages and formats", () => {
  it("HTML is one standalone page with a language on every passage", () => {
    const html = output(fullPolicy(), { lang: "ja+en", format: "html" })
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">')).toBe(true)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).toContain('<div class="bilingual">\n<div lang="ja">')
    expect(html).toContain('<span lang="en">Privacy Policy</span>')
    expect(html).toContain('<nav class="toc" aria-labelledby="toc-heading">')
    expect(html).toContain('<th scope="col">個人情報の種別</th>')
    expect(html).toContain("@media print")
    // Nothing is fetched: no external scripts, styles, images or fonts.
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b|@import|url\(/u)
    expect(output(fullPolicy(), { lang: "en", format: "html" })).toContain('<html lang="en">')
  })

  it("HTML elements are properly nested and headings descend one level at a time", () => {
    const VOID = new Set(["meta", "br", "link", "img", "hr", "input"])
    for (const lang of ["ja", "en", "ja+en"] as const) {
      const html = output(fullPolicy(), { lang, format: "html" }).replace(/<style>[\s\S]*?<\/style>/u, "")
      const open: Array<string> = []
      for (const [, closing, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gu)) {
        if (VOID.has(name!)) continue
        if (closing === "") open.push(name!)
        else expect(open.pop(), `</${name}> in ${lang}`).toBe(name)
      }
      expect(open, lang).toEqual([])
      const levels = [...html.matchAll(/<h([1-6])\b/gu)].map((match) => Number(match[1]))
      levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1]!, `heading ${index}`).toBeLessThanOrEqual(1))
    }
  })

  it("Markdown and text interleave the languages per section: Japanese, then English", () => {
    for (const format of ["markdown", "text"] as const) {
      const both = output(fullPolicy(), { lang: "ja+en", format })
      const ja = both.indexOf("当社は、取得した個人情報を、次の利用目的の達成に必要な範囲内で取り扱います。")
      const en = both.indexOf("The Company handles the personal information it acquires within the scope necessary")
      const next = both.indexOf("サービス関連")
      expect(ja, format).toBeGreaterThan(0)
      expect(en, format).toBeGreaterThan(ja)
      expect(next, format).toBeGreaterThan(en)
    }
  })

  it("every format carries the same content", () => {
    const policy = fullPolicy()
    const text = output(policy, { lang: "ja", format: "text" })
    const markdown = output(policy, { lang: "ja", format: "markdown" })
      .replace(/(?<!\\)\[([^\]]*)\]\([^)]*\)/gu, "$1")
      .replace(/\\(.)/gu, "$1")
    const html = htmlText(output(policy, { lang: "ja", format: "html" }))
    const sentences = text.split(/\n+/u).map((line) => line.replace(/^[\s・■]*(?:\([0-9]+\)|[①-⑳]|[0-9.]+)?\s*/u, "")).filter((line) => line.length > 12 && !/^[=#-]+$/u.test(line))
    expect(sentences.length).toBeGreaterThan(60)
    for (const sentence of sentences) {
      const body = sentence.includes("：") ? sentence.slice(sentence.indexOf("：") + 1) : sentence
      if (body.length < 6) continue
      expect(markdown, sentence).toContain(body)
      expect(html, sentence).toContain(body)
    }
  })

  it("takes an undefined style option as the default", () => {
    const text = output(fullPolicy(), { lang: "ja", format: "text", style: { numbering: undefined } } as unknown as RenderOptions)
    expect(text).toContain("\n1. 基本方針\n")
  })

  it.each([
    ["en", ["`fr` is not a valid language", "`pdf` is not a valid format", "`roman` is not a valid style.numbering", "`colour` is not a valid style option"]],
    ["ja", ["`fr` は言語として使えません", "`pdf` は出力形式として使えません", "`roman` はスタイル `numbering` の値として使えません", "`colour` というスタイルの項目はありません"]]
  ] as const)("rejects options a JavaScript caller got wrong (diagnostics in %s)", (diagnosticLang, messages) => {
    const result = render(fullPolicy(), { lang: "fr", format: "pdf", style: { numbering: "roman", colour: "red" }, diagnosticLang } as unknown as RenderOptions)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.diagnostics.map((d) => d.message)).toEqual(messages)
  })

  describe("words its diagnostics in the language asked for (`diagnosticLang`)", () => {
    const both = (ja: string, en: string) => ({ ja, en })
    // Three placeholders naming nothing (in the Japanese text only), and a fee sentence that states its amount itself.
    const faulty = (): Policy => {
      const policy = fullPolicy()
      return {
        ...policy,
        outsourcing: { ...policy.outsourcing!, reEntrustment: both("{ref:nowhere}を参照。{fee:nofee}、{fee:unpriced}", "See the other section.") },
        fees: [...policy.fees!, { id: "unpriced", kinds: ["disclosure"] }, { id: "stated", kinds: ["disclosure"], amount: 500, text: [both("手数料は1,000円です。", "The fee is JPY 1,000.")] }]
      }
    }
    const diagnostics = (options: Partial<RenderOptions>) => {
      const result = render(faulty(), { lang: "ja", format: "text", ...options })
      return result.ok ? [] : result.diagnostics.map(({ code, message, expected, help }) => ({ code, message, ...(expected === undefined ? {} : { expected }), ...(help === undefined ? {} : { help }) }))
    }

    it("in English by default", () => {
      expect(diagnostics({})).toEqual([
        { code: "unresolved-reference", message: "`{ref:nowhere}` names no section of this rendering", expected: expect.stringContaining("`outsourcing`") },
        { code: "unresolved-reference", message: "`{fee:nofee}` names no fee", expected: "`{fee: fee}`, `{fee: free}`, `{fee: unpriced}`, `{fee: stated}`" },
        { code: "unresolved-reference", message: "`{fee:unpriced}`: the fee has no `amount`", expected: "an `amount` on the fee" },
        {
          code: "fee-amount-in-text",
          message: "the fee's text states the amount `1,000円` itself, which can disagree with its `amount`",
          help: "write `{fee: stated}` where the amount goes: the page prints the `amount` field there"
        },
        {
          code: "fee-amount-in-text",
          message: "the fee's text states the amount `JPY 1,000` itself, which can disagree with its `amount`",
          help: "write `{fee: stated}` where the amount goes: the page prints the `amount` field there"
        }
      ])
    })

    it("in Japanese, from the same data", () => {
      const ja = diagnostics({ diagnosticLang: "ja" })
      expect(ja.map(({ code, message }) => [code, message])).toEqual([
        ["unresolved-reference", "`{ref:nowhere}` が指す節がこの出力にありません"],
        ["unresolved-reference", "`{fee:nofee}` が指す手数料がありません"],
        ["unresolved-reference", "`{fee:unpriced}` が指す手数料に `amount` がありません"],
        ["fee-amount-in-text", "手数料のテキストが金額 `1,000円` を直接書いており、`amount` と食い違うおそれがあります"],
        ["fee-amount-in-text", "手数料のテキストが金額 `JPY 1,000` を直接書いており、`amount` と食い違うおそれがあります"]
      ])
      expect(ja[1]?.expected).toBe("`{fee: fee}`、`{fee: free}`、`{fee: unpriced}`、`{fee: stated}`")
    })

    it("and a missing translation, keeping the Japanese text it lacks as `found`", () => {
      const policy = fullPolicy()
      const untranslated: Policy = { ...policy, outsourcing: { ...policy.outsourcing!, reEntrustment: { ja: "再委託には当社の承諾を要します。" } } }
      const [english] = (render(untranslated, { lang: "en", format: "text" }) as { diagnostics: ReadonlyArray<{ message: string; found?: string }> }).diagnostics
      const [japanese] = (render(untranslated, { lang: "en", format: "text", diagnosticLang: "ja" }) as { diagnostics: ReadonlyArray<{ message: string; found?: string }> }).diagnostics
      expect([english?.message, japanese?.message, japanese?.found]).toEqual([
        "no English text for `再委託には当社の承諾を要します。`",
        "`再委託には当社の承諾を要します。` に英語のテキストがありません",
        "`再委託には当社の承諾を要します。`"
      ])
    })
  })
})

describe("determinism", () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it("gives the same bytes whatever the clock says", () => {
    const options: RenderOptions = { lang: "ja+en", format: "html" }
    vi.useFakeTimers()
    vi.setSystemTime(new Date("2001-01-01T00:00:00Z"))
    const first = output(fullPolicy(), options)
    vi.setSystemTime(new Date("2099-12-31T23:59:59Z"))
    const second = output(fullPolicy(), options)
    expect(second).toBe(first)
  })
})
