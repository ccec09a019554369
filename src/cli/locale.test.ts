/**
 * The language of the CLI's messages follows the locale, as gettext reads it
 * (LC_ALL, then LC_MESSAGES, then LANG): help, usage errors and load
 * diagnostics; `--lang` of validate, lint and summary over it.
 */
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { localeLang } from "./locale.ts"
import { capture, fileIn } from "../../test/cli.ts"
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
})
