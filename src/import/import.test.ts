import { describe, expect, it } from "vitest"
import { parse as parseYaml } from "yaml"
import { parsePolicy } from "../load/parsePolicy.ts"
import { BRACKETED_POLICY, CMS_PAGE, HTML_POLICY, MARKDOWN_POLICY, MARKDOWN_TABLES_POLICY, TEXT_POLICY } from "../../test/import/synthetic.ts"
import { importPolicy, type ImportReport } from "./index.ts"

type Json = Record<string, unknown>

const imported = (text: string | Uint8Array, file: string) => {
  const result = importPolicy(text, { file })
  if (!result.ok) throw new Error(`${file}: ${result.diagnostics[0]?.message}`)
  return result
}

/** Every non-blank line is placed in a concept or kept in additionalClauses: nothing is dropped. */
const accountsForEveryLine = (report: ImportReport, lines: number): void => {
  expect(report.lines.placed + report.lines.unplaced).toBe(report.lines.total)
  expect(report.lines.total).toBe(lines)
}

const nonBlank = (text: string): number => text.split("\n").filter((line) => line.trim() !== "").length

describe("importing a policy", () => {
  it("plain text: a valid draft with the facts, each traced to its line", () => {
    const { yaml, policy, report } = imported(TEXT_POLICY, "policy.txt")
    expect(report.valid).toBe(true)
    expect(parsePolicy(yaml, { file: "draft.yaml" }).ok).toBe(true)
    accountsForEveryLine(report, nonBlank(TEXT_POLICY))
    expect(report.lines.placedShare).toBeGreaterThanOrEqual(0.85)
    expect(policy).toMatchObject({
      id: "midori-shokai",
      title: { ja: "プライバシーポリシー" },
      operator: { name: { ja: "株式会社みどり商会" }, entityType: "corporation", representatives: [{ title: { ja: "代表取締役" }, name: { ja: "緑川 一郎" } }] },
      history: { established: "2020-04-01", revisions: [{ date: "2023-10-01" }] },
      useBeyondPurpose: { consentRequired: true, exceptions: [{ id: "laws-and-regulations" }, { id: "life-body-property" }] },
      thirdPartyProvision: { exceptions: [{ id: "laws-and-regulations" }, { id: "state-cooperation" }], otherGrounds: [{ kind: "business-succession" }] },
      outsourcing: { used: true, withinPurposes: true },
      fees: [{ kinds: ["disclosure"], amount: 800, taxIncluded: true, unit: "per-request", paymentMethods: ["postal-money-order"] }],
      contactWindows: [
        {
          name: { ja: "個人情報お客様相談室" },
          address: { postalCode: "530-0001" },
          phones: ["06-1234-5678"],
          emails: ["privacy@midori-shokai.example.jp"],
          receptionHours: { timeZone: "Asia/Tokyo", days: ["mon", "tue", "wed", "thu", "fri"], windows: [{ from: "10:00", to: "17:00" }] },
          managers: [{ title: { ja: "個人情報保護管理者" }, position: { ja: "総務部長" }, name: { ja: "山田 花子" } }]
        }
      ],
      retention: { rules: [{ subject: { ja: "ご注文情報" }, period: { years: 5, trigger: "contract-end" }, deletion: { ja: "電子データの消去" } }] }
    })
    const purposes = (policy["purposes"] as Json)["items"] as ReadonlyArray<Json>
    expect(purposes.map((p) => (p["text"] as Json)["ja"])).toEqual(["商品の発送のため", "ご注文内容の確認及びご連絡のため", "新商品のご案内のため。", "アンケート調査の実施及び分析のため"])
    // The なお書き of (3) is its note and the marketing opt-out.
    expect(purposes[2]!["notes"]).toEqual([{ ja: "なお、お客様は、当社所定の方法によりお申し出いただくことで、ご案内を停止させたり再開させたりすることができます。" }])
    expect(policy["marketingOptOut"]).toMatchObject({ purposes: [purposes[2]!["id"]], canResume: true })
    // Each value is commented with its line and a confidence; the address is the company's, digits as written.
    expect(yaml).toContain("ja: 株式会社みどり商会 # L3 high")
    expect(yaml).toContain("- 06-1234-5678 # L43 high")
    expect(yaml).toContain("ja: 大阪府大阪市北区梅田９－９－９")
    expect(yaml).toContain("established: 2020-04-01 # L47 high")
  })

  it("Markdown: headings and lists, a link's address, full-width digits read as facts", () => {
    const { policy, report } = imported(MARKDOWN_POLICY, "policy.md")
    expect(report).toMatchObject({ format: "markdown", valid: true })
    accountsForEveryLine(report, nonBlank(MARKDOWN_POLICY))
    expect(policy).toMatchObject({
      title: { ja: "プライバシーポリシー" },
      operator: { name: { ja: "株式会社みどり商会" } },
      thirdPartyProvision: { exceptions: [{ id: "laws-and-regulations" }, { id: "life-body-property" }] },
      tracking: { cookies: { used: true, optOut: { ja: "ブラウザの設定によりCookieを拒否することができます。" } } },
      contactWindows: [{ phones: ["06-1234-5678"], emails: ["privacy@midori-shokai.example.jp"], form: { url: "https://midori-shokai.example.jp/contact" } }],
      history: { established: "2021-07-01" }
    })
    expect(((policy["dataCategories"] as ReadonlyArray<Json>).map((c) => (c["name"] as Json)["ja"]))).toEqual(["氏名", "住所", "電話番号"])
    expect(((policy["purposes"] as Json)["items"] as ReadonlyArray<unknown>).length).toBe(3)
  })

  it("HTML: navigation, scripts and the footer are not policy text; lines are the page's", () => {
    const { yaml, policy, report } = imported(HTML_POLICY, "policy.html")
    expect(report).toMatchObject({ format: "html", valid: true })
    expect(yaml).not.toMatch(/ホーム|ショップ|dataLayer|track\(|©/u)
    expect(policy).toMatchObject({
      title: { ja: "プライバシーポリシー" },
      retention: { rules: [{ subject: { ja: "ご注文情報" }, period: { years: 5 } }] },
      fees: [{ amount: 500, kinds: ["disclosure"] }],
      requests: { kinds: ["disclosure"] },
      contactWindows: [{ name: { ja: "お問い合わせ窓口" }, address: { postalCode: "530-0001", ja: "大阪府大阪市北区梅田9-9-9" }, phones: ["06-1234-5678"], emails: ["privacy@midori-shokai.example.jp"] }]
    })
    expect(yaml).toContain("- 06-1234-5678 # L26 high")
  })

  it("another style of text: 【】 headings, 一、 items, joint use on labelled lines, fax and hours", () => {
    const { policy, report } = imported(BRACKETED_POLICY, "policy.txt")
    expect(report.valid).toBe(true)
    accountsForEveryLine(report, nonBlank(BRACKETED_POLICY))
    expect(report.lines.placedShare).toBeGreaterThanOrEqual(0.85)
    expect(((policy["purposes"] as Json)["items"] as ReadonlyArray<Json>).map((p) => (p["text"] as Json)["ja"])).toEqual([
      "診療、看護、検査及び投薬のため",
      "診療報酬の請求事務のため",
      "他の医療機関との連携のため",
      "医療の質の向上を目的とした院内症例研究のため"
    ])
    expect(policy).toMatchObject({
      operator: { name: { ja: "医療法人社団さくら会" }, entityType: "other" },
      thirdPartyProvision: { exceptions: [{ id: "laws-and-regulations" }, { id: "life-body-property" }, { id: "public-health-children" }], usesOptOut: false },
      jointUses: [
        {
          items: [{ ja: "氏名、生年月日、診療記録" }],
          users: [{ name: { ja: "さくら会グループの各診療所" } }],
          purposesText: [{ ja: "患者様の継続的な診療のため" }],
          responsibleParties: [{ name: { ja: "医療法人社団さくら会" }, representatives: [{ title: { ja: "理事長" }, name: { ja: "桜井 春子" } }] }]
        }
      ],
      fees: [{ amount: 2200, taxIncluded: true, unit: "per-item", paymentMethods: ["cash"] }],
      contactWindows: [{ name: { ja: "個人情報相談窓口" }, address: { postalCode: "060-0001" }, phones: ["011-123-4567"], fax: "011-123-4568", receptionHours: { days: ["mon", "tue", "wed", "thu", "fri"], windows: [{ from: "09:00", to: "17:00" }] } }],
      history: { established: "2018-05-25", revisions: [{ date: "2022-04-01" }] }
    })
  })

  it("a page as a CMS saves it: chrome by class name stripped, a definition list read as the contact", () => {
    const { yaml, policy, report } = imported(CMS_PAGE, "privacy.html")
    expect(report).toMatchObject({ format: "html", valid: true, unplaced: [] })
    expect(yaml).not.toMatch(/TOP|最近の投稿|Copyright/u)
    expect(policy).toMatchObject({
      id: "blue-ocean",
      title: { ja: "プライバシーポリシー" },
      operator: { name: { ja: "ブルーオーシャン合同会社" } },
      thirdPartyProvision: { exceptions: [{ id: "laws-and-regulations", wording: { ja: "法令に基づく場合" } }] },
      requests: { kinds: ["disclosure", "correction", "use-stop"] },
      tracking: { dataFlows: [{ direction: "sent-to-third-party", party: { ja: "Google LLC（米国）が提供するGoogle Analytics" }, items: [{ ja: "閲覧ページ、端末情報等" }], purposes: [{ ja: "アクセス解析" }] }] },
      contactWindows: [{ name: { ja: "個人情報お問い合わせ係" }, emails: ["privacy@blue-ocean.example.com"], phones: ["050-1234-5678"] }],
      history: { established: "2024-01-15" }
    })
  })

  it("Markdown with tables: categories and their purposes, an opt-out with its items, an outsourcee abroad, retention in a sentence", () => {
    const { policy, report } = imported(MARKDOWN_TABLES_POLICY, "policy.md")
    expect(report).toMatchObject({ valid: true, unplaced: [] })
    expect(policy).toMatchObject({
      id: "riverside",
      dataCategories: [{ id: "category-1", name: { ja: "会員情報（氏名、住所、電話番号）" } }, { name: { ja: "購買履歴" } }, { name: { ja: "応募者情報" } }],
      purposes: { items: [{ text: { ja: "会員サービスの提供、ご本人確認" }, categories: ["category-1"] }, { categories: ["category-2"] }, { categories: ["category-3"] }] },
      thirdPartyProvision: {
        optOut: { provisionIsPurpose: true, items: [{ ja: "氏名" }, { ja: "住所" }], provisionMethod: { ja: "電子データの送付" }, stopOnRequest: true, requestMethod: { ja: "下記窓口へのメール" } }
      },
      outsourcing: { entrustees: [{ name: { ja: "シンガポールにあるクラウド事業者" }, country: "SG" }] },
      retention: { rules: [{ subject: { ja: "会員情報" }, period: { years: 3, trigger: "cancellation", text: { ja: "退会から3年間" } } }] },
      contactWindows: [{ name: { ja: "個人情報保護窓口" }, receptionHours: { windows: [{ from: "09:30", to: "17:30" }] } }],
      history: { effective: "2023-06-01" }
    })
  })

  it("keeps what fits no concept verbatim in additionalClauses, with its lines, and reports it", () => {
    const text = `${TEXT_POLICY}\n第8条 マスコットについて\n当社のマスコット「みどりん」は、   商標登録されています。\n`
    const { policy, report } = imported(text, "policy.txt")
    const lines = text.split("\n")
    const at = (words: string) => lines.findIndex((line) => line.includes(words)) + 1
    expect(report.unplaced).toEqual([{ clause: "clause-1", lines: [at("マスコットについて"), at("みどりん")], text: ["第8条 マスコットについて", "当社のマスコット「みどりん」は、   商標登録されています。"] }])
    expect(policy["additionalClauses"]).toEqual([{ id: "clause-1", text: [{ ja: "第8条 マスコットについて" }, { ja: "当社のマスコット「みどりん」は、   商標登録されています。" }] }])
    expect(report.valid).toBe(true)
  })

  it("is deterministic: the same input gives the same bytes", () => {
    expect(imported(TEXT_POLICY, "a.txt").yaml).toBe(imported(TEXT_POLICY, "a.txt").yaml)
    expect(imported(new TextEncoder().encode(HTML_POLICY), "a.html").yaml).toBe(imported(HTML_POLICY, "a.html").yaml)
  })

  it("reports per concept what was found, and every concept even when nothing was", () => {
    const { report } = imported(TEXT_POLICY, "policy.txt")
    expect(report.concepts["fees"]).toContainEqual({ path: "fees[0].amount", lines: [33, 34], confidence: "high" })
    expect(report.concepts["jointUse"]).toEqual([])
    expect(report.concepts["history"]?.map((f) => f.path)).toEqual(["history.established", "history.revisions[0].date"])
  })

  it("any text gives a valid draft, however little it says", () => {
    for (const text of ["当社は個人情報を大切にします。", "共同利用\n当社は、以下のとおり共同利用します。\n(1) 共同して利用される個人データの項目\n・氏名", "# x\n\n| a |\n|---|\n| b |"]) {
      const { report, yaml } = imported(text, "x.txt")
      expect(report.valid, text).toBe(true)
      expect(parseYaml(yaml)).toMatchObject({ schemaVersion: 1 })
    }
  })

  it("refuses bytes that are not UTF-8 as the loader does (Shift_JIS recognised), and empty input", () => {
    const sjis = Uint8Array.from([0x8c, 0xc2, 0x90, 0x6c, 0x8f, 0xee, 0x95, 0xf1]) // 個人情報 in Shift_JIS
    const result = importPolicy(sjis, { file: "old.txt" })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.diagnostics[0]).toMatchObject({ code: "not-utf8", found: "Shift_JIS (CP932)" })
    expect(importPolicy("  \n", { file: "e.txt" })).toMatchObject({ ok: false, diagnostics: [{ code: "empty" }] })
  })
})

describe("a bilingual policy", () => {
  it("takes the English printed under each Japanese heading, paragraph and item as `en`", () => {
    const text = "プライバシーポリシー\nPrivacy Policy\n\n1. 利用目的\nPurposes of Use\n当社は、次の目的で個人情報を利用します。\nThe Company uses personal information for the following purposes.\n(1) 商品の発送\nShipping products\n"
    const { policy, report } = imported(text, "bilingual.txt")
    expect(report).toMatchObject({ valid: true, unplaced: [] })
    expect(policy).toMatchObject({
      title: { ja: "プライバシーポリシー", en: "Privacy Policy" },
      purposes: { intro: [{ ja: "当社は、次の目的で個人情報を利用します。", en: "The Company uses personal information for the following purposes." }], items: [{ text: { ja: "商品の発送", en: "Shipping products" } }] }
    })
  })
})

describe("the draft's comments", () => {
  it("name the source lines in runs and the confidence", async () => {
    const { formatLines } = await import("./yaml.ts")
    expect(formatLines([9, 3, 4, 5, 12, 4])).toBe("L3-5, L9, L12")
    const { yaml } = imported("共同利用\n当社は、以下のとおり共同利用します。\n(1) 共同して利用される個人データの項目\n・氏名\n", "x.txt")
    expect(yaml).toContain("ja: 氏名 # L4 high")
    expect(yaml).toContain("ja: （記載なし：要確認） # not in the policy: fill in")
  })
})

describe("purposes numbered inside a sentence", () => {
  it("splits ①… ②… and (1)… (2)… into purposes, the words before them the intro", async () => {
    const { inlineList } = await import("./build/purposes.ts")
    expect(inlineList("次の目的で利用します。①商品の発送、②お支払いの確認")).toEqual({ intro: "次の目的で利用します。", items: ["商品の発送", "お支払いの確認"] })
    expect(inlineList("(1)発送 (2)連絡")).toEqual({ intro: "", items: ["発送", "連絡"] })
    expect(inlineList("③だけ①")).toBeUndefined()
    const { policy } = imported("1. 利用目的\n当社は、取得した個人情報を次の目的で利用します。①商品の発送、②お支払いの確認\n", "x.txt")
    expect(policy["purposes"]).toMatchObject({ intro: [{ ja: "当社は、取得した個人情報を次の目的で利用します。" }], items: [{ text: { ja: "商品の発送" } }, { text: { ja: "お支払いの確認" } }] })
  })
})
