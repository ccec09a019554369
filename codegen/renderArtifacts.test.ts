import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { RENDERED_DIR, renderArtifacts, renderedFiles } from "./renderArtifacts.ts"

const root = join(import.meta.dirname, "..")

describe("rendered examples", () => {
  it("Markdown and HTML in Japanese, English and both, per example, in a fixed order", async () => {
    const examples = readdirSync(join(root, "examples")).filter((file) => file.endsWith(".yaml")).sort()
    const paths = (await renderArtifacts()).map(({ path }) => path)
    expect(paths).toEqual(examples.flatMap((file) => renderedFiles(file.replace(/\.yaml$/u, ""))))
    expect(renderedFiles("x")).toEqual(["ja.md", "ja.html", "en.md", "en.html", "ja+en.md", "ja+en.html"].map((extension) => `${RENDERED_DIR}/x.${extension}`))
  })

  it("nothing else lies in the rendered directory (a stale page would go unnoticed)", async () => {
    const expected = new Set((await renderArtifacts()).map(({ path }) => path.slice(RENDERED_DIR.length + 1)))
    expect(readdirSync(join(root, RENDERED_DIR)).filter((file) => !expected.has(file))).toEqual([])
  })

  it("are byte-identical from run to run", async () => {
    expect(await renderArtifacts()).toEqual(await renderArtifacts())
  })

  it("are committed and fresh (run `npm run codegen` after changing an example or the renderer)", async () => {
    const stale = (await renderArtifacts()).filter(({ path, content }) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== content)
    expect(stale.map(({ path }) => path)).toEqual([])
  })

  it("render each seed in its own conventions", async () => {
    const byPath = new Map((await renderArtifacts()).map(({ path, content }) => [path, content]))
    expect(byPath.get(`${RENDERED_DIR}/001-smilemore.ja.md`)).toContain("## 第1条 個人情報保護方針")
    expect(byPath.get(`${RENDERED_DIR}/003-centrex.ja.md`)).toContain("- **制定**：2020年9月1日")
    expect(byPath.get(`${RENDERED_DIR}/000-genesis.ja.md`)).toContain("- **制定**：平成17年5月13日")
    expect(byPath.get(`${RENDERED_DIR}/000-genesis.ja.md`)).toContain("## 1. 個人情報の利用目的")
    expect(byPath.get(`${RENDERED_DIR}/000-genesis.ja.md`)).toContain("## 4. 第三者への提供")
    expect(byPath.get(`${RENDERED_DIR}/003-centrex.ja.md`)).toContain("## 個人情報及び特定個人情報の取扱について\n\n### 1. 個人情報の利用目的")
  })
})
