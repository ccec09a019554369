/**
 * Every user-visible Japanese string lives in a catalog (issue #14): a
 * string or template literal with Japanese in it, anywhere in `src/` outside
 * the places below, fails this test. Regular expressions are not scanned:
 * they recognise Japanese in input and are never printed.
 *
 * Rooms not yet moved to a catalog are listed in `PENDING` with their exact
 * count: the count may only fall (update it when it does), a new file may not
 * join, so the list can only shrink.
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
  { files: /^src\/diff\/catalog\/(ja|en)\.ts$/u, why: "the diff's message catalogs" },
  { files: /^src\/lint\/catalog\/(reference\.)?(ja|en)\.ts$/u, why: "the lint rules' catalogs and the lint reference's words" },
  { files: /^src\/guard\/catalog\/(ja|en)\.ts$/u, why: "the guard's explanations" },
  { files: /^src\/diff\/changelog\/catalog\/(ja|en)\.ts$/u, why: "the changelog's words" },
  { files: /^src\/render\/summary\/(ja|en)\.ts$/u, why: "the summary's words" },
  { files: /^src\/render\/japanese\.ts$/u, why: "the Japanese notation the renderer writes around a policy's text (brackets, numbering, dates, amounts)" },
  { files: /^src\/core\/report\/(ja|en)\.ts$/u, why: "the words every report shares (diagnostic labels, totals)" },
  { files: /^src\/load\/messages\.ts$/u, why: "the loader's Japanese messages" },
  { files: /^src\/core\/citation\.ts$/u, why: "the names of the laws, for the one citation formatter" },
  { files: /^src\/model\//u, why: "the model: field descriptions (the JSON Schema's), concept labels, statutory vocabulary" },
  { files: /^src\/lint\/vocabulary\.ts$/u, why: "the words the lint looks for in a policy's text (input, never printed)" },
  { files: /^src\/import\/draftWords\.ts$/u, why: "the Japanese the importer writes into a draft where the source is silent" },
  { files: /^src\/import\/(extract|parse|text|html)\.ts$/u, why: "the importer's reading of Japanese text: punctuation, numerals, eras, company forms and titles it recognises (input, never printed)" },
  { files: /^src\/import\/vocabulary\.ts$/u, why: "the statutes' wording the importer recognises (input, never printed)" }
]

/** Rooms still to move to a catalog, with their count of Japanese literals today. */
const PENDING: Readonly<Record<string, number>> = {
  "src/cli/check.ts": 1,
  "src/cli/diff.ts": 1,
  "src/cli/render.ts": 2,
  "src/diff/Impact.ts": 1,
  "src/guard/rows.ts": 13,
  "src/guard/tooling/cedar.ts": 3,
  "src/guard/tooling/typedIds.ts": 3
}

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
  it("are in a catalog, or in a room listed as pending", () => {
    expect([...found.keys()].filter((file) => !Object.hasOwn(PENDING, file))).toEqual([])
  })

  it("pending rooms only shrink: each count is today's (lower it when a room moves to a catalog)", () => {
    expect(Object.fromEntries(Object.keys(PENDING).map((file) => [file, found.get(file) ?? 0]))).toEqual(PENDING)
  })
})
