/**
 * The language of the CLI's messages follows the locale, as gettext reads it
 * (LC_ALL, then LC_MESSAGES, then LANG): help, usage errors, load
 * diagnostics, what the commands say about the files they write, and their
 * text reports; `--lang` of validate, lint and summary over it.
 */
import { readFileSync, symlinkSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"
import { compileGuard } from "../guard/compile.ts"
import { check } from "../guard/check.ts"
import type { ScanFinding } from "../guard/tooling/scan.ts"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import { MissingPeerError } from "../core/peers.ts"
import { failureMessage } from "./failure.ts"
import { localeLang } from "./locale.ts"
import { scanReport } from "./scan.ts"
import { capture, fileIn } from "../../test/cli.ts"
import { TEXT_POLICY } from "../../test/import/synthetic.ts"
import { tempDir } from "../../test/tempDir.ts"

const genesis = join(import.meta.dirname, "..", "..", "examples", "000-genesis.yaml")
const dir = tempDir("appi-locale-")
const bad = fileIn(dir, "bad.yaml", "schemaVersion: 1\nid: x\noperator: {}\ndataCategories: []\npurposes: { items: [] }\ncontactWindows: []\nadress: x\n")
const incomplete = fileIn(dir, "incomplete.yaml", "schemaVersion: 1\nid: incomplete\n")
const missing = join(dir, "missing.yaml")
const ja = { LANG: "ja_JP.UTF-8" }
const cLocale = { LC_ALL: "C.UTF-8", LANG: "ja_JP.UTF-8" }

describe("the message language", () => {
  it("is the first of LC_ALL, LC_MESSAGES and LANG that is set; `ja…` is Japanese, anything else English", () => {
    expect(localeLang({})).toBe("en")
    expect(localeLang({ LANG: "ja_JP.UTF-8" })).toBe("ja")
    expect(localeLang({ LANG: "ja" })).toBe("ja")
    expect(localeLang({ LANG: "C.UTF-8" })).toBe("en")
    expect(localeLang({ LANG: "en_US.UTF-8", LC_MESSAGES: "ja_JP.UTF-8" })).toBe("ja")
    expect(localeLang({ LC_ALL: "C", LC_MESSAGES: "ja_JP.UTF-8", LANG: "ja_JP.UTF-8" })).toBe("en")
    expect(localeLang({ LC_ALL: "", LANG: "ja_JP.UTF-8" })).toBe("ja")
  })

  it("LANG=ja_JP.UTF-8: the top-level usage and each command's help in Japanese; LC_ALL overrides LANG", async () => {
    const top = await capture(["--help"], "", ja)
    expect(top).toMatchObject({ code: 0, err: "" })
    expect(top.out).toMatch(/^使い方: appi-policy <command> \[options\]\n/u)
    expect(top.out).toContain("\n  render     ポリシーを公表用の文面にする")
    expect((await capture([], "", ja)).err).toMatch(/^使い方: appi-policy <command>/u)
    expect((await capture(["render", "-h"], "", ja)).out).toMatch(/^使い方: appi-policy render <file>[^]*\n  --lang ja\|en\|ja\+en +言語（既定 ja）/u)
    expect((await capture(["render", "--help"], "", cLocale)).out).toMatch(/^usage: appi-policy render <file>/u)
    expect((await capture(["--help"], "", { LC_MESSAGES: "ja_JP.UTF-8" })).out).toMatch(/^使い方: /u)
  })

  it("LANG=ja_JP.UTF-8: render's load diagnostics of an invalid file in Japanese, whatever the document's --lang; LC_ALL=C in English", async () => {
    const result = await capture(["render", bad, "--lang", "en"], "", ja)
    expect(result).toMatchObject({ code: 1, out: "" })
    expect(result.err).toBe(`${bad}:7:1  unknown-key  不明なキー \`adress\`\n    場所: adress`)
    expect((await capture(["render", bad], "", cLocale)).err).toBe(`${bad}:7:1  unknown-key  unknown key \`adress\`\n    at: adress`)
  })

  it("diff, compile, check, codegen, export, import: load diagnostics in the locale's language", async () => {
    const notFound = `${missing}  cannot-read  ファイルがありません`
    expect(await capture(["diff", missing, genesis], "", ja)).toMatchObject({ code: 1, err: notFound })
    expect(await capture(["compile", missing], "", ja)).toMatchObject({ code: 1, err: notFound })
    expect(await capture(["check", missing, "--category", "visitors", "--purpose", "x"], "", ja)).toMatchObject({ code: 1, err: notFound })
    expect(await capture(["codegen", "ts", missing], "", ja)).toMatchObject({ code: 1, err: notFound })
    expect(await capture(["export", "cedar", missing, "--out", dir], "", ja)).toMatchObject({ code: 1, err: notFound })
    expect(await capture(["import", missing], "", ja)).toMatchObject({ code: 1, err: notFound })
    expect(await capture(["import", "-"], "\n", ja)).toMatchObject({ code: 1, err: "<stdin>  empty  ファイルが空です" })
  })

  it("validate, lint and summary: the locale's language by default, --lang over it", async () => {
    expect((await capture(["validate", incomplete], "", ja)).out).toContain(`${incomplete}:1:1  missing-key  必須のキー \`operator\` がありません`)
    expect((await capture(["validate", incomplete, "--lang", "en"], "", ja)).out).toContain("missing required key `operator`")
    expect((await capture(["validate", incomplete, "--lang", "ja"])).out).toContain("必須のキー `operator` がありません")
    expect((await capture(["lint", incomplete], "", ja)).out).toContain("必須のキー `operator` がありません")
    expect((await capture(["summary", incomplete], "", ja)).err).toContain("必須のキー `operator` がありません")
    expect((await capture(["summary", genesis], "", ja)).out).toMatch(/^個人情報のお取り扱いについて {2}\(genesis/u)
    expect((await capture(["summary", genesis, "--lang", "en"], "", ja)).out).toMatch(/^Handling of Personal Information {2}\(genesis/u)
  })

  it("usage errors in the locale's language, with the same values", async () => {
    expect(await capture(["valdate"], "", ja)).toMatchObject({
      code: 2,
      err: "appi-policy: 不明なコマンド `valdate` です（`validate` の誤りではありませんか）\nコマンドの一覧は `appi-policy --help` で表示されます"
    })
    expect((await capture(["render", genesis, "--formt", "html"], "", ja)).err).toBe(
      "appi-policy render: 不明なオプション `--formt` です（`--format` の誤りではありませんか）\nオプションは `appi-policy render --help` で表示されます"
    )
    expect((await capture(["render", genesis, "--out"], "", ja)).err).toMatch(/^appi-policy render: --out に値を指定してください\n/u)
    expect(await capture(["render"], "", ja)).toMatchObject({ code: 2, err: "appi-policy render: ポリシーファイルを一つだけ指定してください" })
    expect((await capture(["render", genesis, "--numbering", "roman"], "", ja)).err).toBe(
      "appi-policy render: --numbering の値 `roman` は使えません。`articles`、`sections` のいずれかを指定してください"
    )
    const codegen = await capture(["codegen", "python", genesis], "", ja)
    expect(codegen).toMatchObject({ code: 2, out: "" })
    expect(codegen.err).toMatch(/^appi-policy codegen: 不明なターゲット `python` です（指定できるもの: ts）\n使い方: appi-policy codegen ts /u)
    expect((await capture(["diff", genesis], "", ja)).err).toBe("appi-policy diff: 変更前と変更後のポリシーファイルを指定してください")
  })

  it("the files written: announced, refused and failed in the locale's language", async () => {
    const out = tempDir("appi-locale-write-")
    const table = join(out, "table.json")
    expect(await capture(["compile", genesis, "--out", table], "", ja)).toEqual({ code: 0, out: `${table} に書き出しました`, err: "" })
    expect(await capture(["compile", genesis, "--out", out], "", ja)).toMatchObject({
      code: 2,
      err: `appi-policy compile: \`${out}\` には書き出しません。ディレクトリであり、通常のファイルではありません`
    })
    expect((await capture(["compile", genesis, "--out", "/dev/null"], "", ja)).err).toBe(
      "appi-policy compile: `/dev/null` には書き出しません。キャラクタデバイスであり、通常のファイルではありません（標準出力に出すには、--out を省くか `--out -` を指定してください）"
    )
    const link = join(out, "link.yaml")
    symlinkSync(genesis, link)
    expect((await capture(["compile", genesis, "--out", link], "", ja)).err).toBe(
      `appi-policy compile: \`${link}\` には書き出しません。入力 \`${genesis}\` と同じファイルです。書き出すと入力が失われます`
    )
    expect(await capture(["compile", genesis, "--out", `${genesis}/table.json`], "", ja)).toMatchObject({ code: 1, err: `appi-policy compile: \`${genesis}/table.json\` に書き出せません（EEXIST）` })
    const cedar = join(out, "cedar")
    expect((await capture(["export", "cedar", genesis, "--out", cedar], "", ja)).out.split("\n")).toEqual(
      ["appi-policy.cedarschema", "policies.cedar", "entities.json"].map((name) => `${join(cedar, name)} に書き出しました`)
    )
  })

  it("lint: an unknown rule in the locale's language, with the same hint", async () => {
    expect(await capture(["lint", genesis, "--rule", "abstract-purposes=off"], "", ja)).toEqual({
      code: 2,
      out: "",
      err: "appi-policy lint: 不明な規則 `abstract-purposes` です（`abstract-purpose` の誤りではありませんか）"
    })
  })

  it("check: the decision line in the locale's language, its article cited in Japanese, the explanation in both", async () => {
    const allowed = await capture(["check", genesis, "--category", "visitors", "--purpose", "visitor-security"], "", ja)
    expect(allowed).toMatchObject({ code: 0, err: "" })
    expect(allowed.out.split("\n")[0]).toBe("許可  declared-purpose  個人情報保護法第18条第1項")
    expect(allowed.out).toMatch(/\n {2}ja: .+\n {2}en: the use is within a purpose declared for this category$/u)
    expect((await capture(["check", genesis, "--category", "nonexistent", "--purpose", "visitor-security"], "", ja)).out.split("\n")[0]).toBe(
      "不許可  unknown-category  ポリシーの dataCategories（法令ではなく、ポリシーの記載による判定）"
    )
    expect((await capture(["check", genesis, "--category", "nonexistent", "--purpose", "visitor-security"])).out.split("\n")[0]).toBe(
      "denied  unknown-category  policy: dataCategories (what the policy declares, not the statute)"
    )
  })

  it("scan: the findings and the totals in the report's language; the English as before", () => {
    const loaded = loadPolicyFile(genesis)
    if (!loaded.ok) throw new Error("the example does not load")
    const table = compileGuard(loaded.policy)
    const file = join(process.cwd(), "src", "events.ts")
    const where = `${relative(process.cwd(), file)}:18:61`
    const denied = { category: "job-applicants", purpose: "dental-system-sales" }
    const provided = { category: "employees", provide: { to: "third-party", country: "US" }, consent: { provision: true } } as const
    const findings: ReadonlyArray<ScanFinding> = [
      { kind: "checked", site: { file, line: 18, column: 61 }, request: denied, decision: check(table, denied) },
      { kind: "checked", site: { file, line: 19, column: 3 }, request: provided, decision: check(table, provided) },
      { kind: "checked", site: { file, line: 20, column: 3 }, request: { category: "visitors", purpose: "visitor-security" }, decision: check(table, { category: "visitors", purpose: "visitor-security" }) },
      { kind: "not-statically-known", site: { file, line: 21, column: 55 }, why: { kind: "not-constant", field: "purpose", type: "string" }, reason: "`purpose` is not a literal or a constant (type `string`)" }
    ]
    expect(scanReport(findings, "ja")).toEqual([
      `${where}  purpose-not-declared-for-category  種別 \`job-applicants\`、利用目的 \`dental-system-sales\`: この種別の個人情報について公表された利用目的ではありません（個人情報保護法第18条第1項）`,
      `${where.replace(":18:61", ":19:3")}  foreign-recipient-needs-consent  種別 \`employees\`、提供の種類 \`third-party\`、国 \`US\`、同意 \`provision\`: ${check(table, provided).explain.ja}（個人情報保護法第28条第1項）`,
      `${where.replace(":18:61", ":21:55")}  not-statically-known  実行時にしか判定できません（\`purpose\` はリテラルでも定数でもなく、型は \`string\` です）`,
      "ガードの呼び出し 4 件: 許可 1 件、不許可 2 件、静的に判定できないもの 1 件"
    ])
    expect(scanReport(findings)).toEqual([
      `${where}  purpose-not-declared-for-category  category \`job-applicants\`, purpose \`dental-system-sales\`: the purpose is not declared for this category (APPI Art. 18(1))`,
      `${where.replace(":18:61", ":19:3")}  foreign-recipient-needs-consent  category \`employees\`, provided to \`third-party\`, country \`US\`, consent to \`provision\`: ${check(table, provided).explain.en} (${check(table, provided).article})`,
      `${where.replace(":18:61", ":21:55")}  not-statically-known  \`purpose\` is not a literal or a constant (type \`string\`); decided at run time only`,
      "4 guard calls: 1 allowed, 2 denied, 1 not statically known"
    ])
  })

  it("import: the files written and the report's summary in the locale's language", async () => {
    const input = fileIn(dir, "published.txt", `${TEXT_POLICY}\n第8条 マスコットについて\n当社のマスコット「みどりん」は、   商標登録されています。\n`)
    const draft = join(dir, "draft.yaml")
    const result = await capture(["import", input, "--out", draft], "", ja)
    expect(result).toMatchObject({ code: 0, err: "" })
    const mascot = readFileSync(input, "utf8").split("\n").findIndex((line) => line.includes("マスコットについて")) + 1
    const [wrote, summary] = result.out.split("\n")
    expect(wrote).toBe(`${draft} に書き出しました`)
    expect(summary!.startsWith(`${input}: `)).toBe(true)
    expect(summary!.slice(input.length)).toMatch(/^: \d+ 行中 \d+ 行を対応付けました（\d+\.\d%）。見つかった事項 \d+ 件、additionalClauses に残した文章 1 件（L(\d+)-(\d+)）。草案は有効です$/u)
    expect(summary).toContain(`（L${mascot}-${mascot + 1}）`)
    expect((await capture(["import", input, "--out", draft])).out.split("\n")[1]).toMatch(/ 1 passage\(s\) in additionalClauses \(L\d+-\d+\), draft valid$/u)
  })

  it("render: a text without English, and its labels, in the locale's language whatever the document's --lang", async () => {
    const untranslated = fileIn(dir, "untranslated.yaml", readFileSync(genesis, "utf8").replace("      en: Personal Information Inquiry Desk\n", ""))
    const result = await capture(["render", untranslated, "--lang", "en"], "", ja)
    expect(result).toMatchObject({ code: 1, out: "" })
    expect(result.err.split("\n")).toEqual([
      `${untranslated}:373:7  missing-translation  \`個人情報問い合わせ窓口\` に英語のテキストがありません`,
      "    場所: contactWindows[0].name.en",
      "    対応: `ja` の隣に `en` を書き加えるか、翻訳のないテキストを許して（`--allow-missing`）出力に印を付けてください",
      "appi-policy render: 1 件のテキストに英語版がありません。何も書き出していません"
    ])
    const allowed = await capture(["render", untranslated, "--lang", "en", "--allow-missing", "--out", join(dir, "policy.md")], "", ja)
    expect(allowed).toMatchObject({ code: 0, out: `${join(dir, "policy.md")} に書き出しました` })
    expect(allowed.err).toContain("missing-translation  `個人情報問い合わせ窓口` に英語のテキストがありません")
  })

  it("scan: a project it cannot open, and a missing optional peer, in the locale's language", async () => {
    const noProject = join(dir, "no-project")
    expect(await capture(["scan", noProject, "--policy", genesis], "", ja)).toMatchObject({ code: 2, err: `appi-policy scan: \`${noProject}\` に tsconfig.json がありません` })
    expect(await capture(["scan", noProject, "--policy", genesis])).toMatchObject({ code: 2, err: `appi-policy scan: no tsconfig.json at \`${noProject}\`` })
    const missing = new MissingPeerError("ts-morph", "guard-tooling", { cause: undefined })
    expect(failureMessage("ja", missing)).toBe("型付き ID の生成とプロジェクトのスキャンには、インストールされていない任意の peer 依存パッケージ `ts-morph` が必要です: npm install --save-dev ts-morph")
    expect(failureMessage("en", missing)).toBe(missing.message)
    expect(failureMessage("ja", new Error("anything else"))).toBe("anything else")
  })

  it("render: the renderer's other diagnostics in the locale's language too (a fee sentence stating its amount)", async () => {
    const centrex = join(import.meta.dirname, "..", "..", "examples", "003-centrex.yaml")
    const stated = fileIn(dir, "stated.yaml", readFileSync(centrex, "utf8").replace("{fee:request-fee}の手数料", "1,000円の手数料"))
    const result = await capture(["render", stated], "", ja)
    expect(result).toMatchObject({ code: 1, out: "" })
    const [diagnostic, where, help, summary] = result.err.split("\n")
    expect(diagnostic).toMatch(/^.*stated\.yaml:300:\d+  fee-amount-in-text  手数料のテキストが金額 `1,000円` を直接書いており、`amount` と食い違うおそれがあります$/u)
    expect([where, help, summary]).toEqual([
      "    場所: fees[0].text[0].ja",
      "    対応: 金額の位置に `{fee: request-fee}` と書いてください。公表される文書ではそこに `amount` の値が入ります",
      "appi-policy render: 問題が 1 件あります。何も書き出していません"
    ])
    expect((await capture(["render", stated])).err).toContain("fee-amount-in-text  the fee's text states the amount `1,000円` itself")
  })
})
