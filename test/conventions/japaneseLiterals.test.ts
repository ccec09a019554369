/**
 * Every user-visible Japanese string lives in a catalog (issue #14): a
 * string or template literal with Japanese in it, anywhere in `src/` outside
 * the places below, fails this test. Regular expressions are not scanned:
 * they recognise Japanese in input and are never printed. English text that
 * names a Japanese term (CLI help, generated code's comments) takes it from
 * where it lives (the concept registry, the notation, the citation formatter).
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..")
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/u

/** Where Japanese belongs. */
const CATALOGS: ReadonlyArray<{ readonly files: RegExp; readonly why: string }> = [
  { files: /^src\/render\/clauses\/(ja|en)\.ts$/u, why: "the renderer's clause catalogs" },
  { files: /^src\/render\/catalog\/(ja|en)\.ts$/u, why: "the renderer's diagnostics" },
  { files: /^src\/diff\/catalog\/(ja|en)\.ts$/u, why: "the diff's message catalogs" },
  { files: /^src\/lint\/catalog\/(reference\.)?(ja|en)\.ts$/u, why: "the lint rules' catalogs and the lint reference's words" },
  { files: /^src\/guard\/catalog\/(ja|en|steps\.en)\.ts$/u, why: "the guard's explanations and the words of its decision table" },
  { files: /^src\/guard\/tooling\/catalog\/(ja|en)\.ts$/u, why: "the words of the guard's tooling (the scan)" },
  { files: /^src\/diff\/changelog\/catalog\/(ja|en)\.ts$/u, why: "the changelog's words" },
  { files: /^src\/render\/summary\/(ja|en)\.ts$/u, why: "the summary's words" },
  { files: /^src\/render\/japanese\.ts$/u, why: "the Japanese notation the renderer writes around a policy's text (brackets, numbering, dates, amounts)" },
  { files: /^src\/core\/report\/(ja|en)\.ts$/u, why: "the words every report shares (diagnostic labels, totals)" },
  { files: /^src\/cli\/catalog\/(ja|en)\.ts$/u, why: "the CLI's catalogs: each command's summary and help, the top-level usage, the usage errors" },
  { files: /^src\/load\/messages\.ts$/u, why: "the loader's Japanese messages" },
  { files: /^src\/core\/citation\.ts$/u, why: "the names of the laws, for the one citation formatter" },
  { files: /^src\/model\//u, why: "the model: field descriptions (the JSON Schema's), concept labels, statutory vocabulary" },
  { files: /^src\/lint\/vocabulary\.ts$/u, why: "the words the lint looks for in a policy's text (input, never printed)" },
  { files: /^src\/import\/draftWords\.ts$/u, why: "the Japanese the importer writes into a draft where the source is silent" },
  { files: /^src\/import\/(extract|parse|text|html)\.ts$/u, why: "the importer's reading of Japanese text: punctuation, numerals, eras, company forms and titles it recognises (input, never printed)" },
  { files: /^src\/import\/vocabulary\.ts$/u, why: "the statutes' wording the importer recognises (input, never printed)" }
]

const sources = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : []
  })

const japaneseLiterals = (file: string): number => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  let count = 0
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && JAPANESE.test(node.text)) count++
    ts.forEachChild(node, visit)
  }
  visit(source)
  return count
}

const found: ReadonlyMap<string, number> = new Map(
  sources(join(root, "src"))
    .map((file) => relative(root, file).split("\\").join("/"))
    .filter((file) => !CATALOGS.some((catalog) => catalog.files.test(file)))
    .map((file): [string, number] => [file, japaneseLiterals(join(root, file))])
    .filter(([, count]) => count > 0)
)

describe("Japanese strings", () => {
  it("are in a catalog", () => {
    expect([...found.entries()].map(([file, count]) => `${file}: ${count}`)).toEqual([])
  })

  it("the scan sees Japanese where it is (a catalog holds some)", () => {
    expect(japaneseLiterals(join(root, "src/diff/catalog/ja.ts"))).toBeGreaterThan(50)
  })
})
