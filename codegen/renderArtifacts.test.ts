import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { RENDERED_DIR, renderArtifacts } from "./renderArtifacts.ts"

const root = join(import.meta.dirname, "..")

describe("rendered examples", () => {
  it("one Japanese Markdown and one HTML page per example, in a fixed order", async () => {
    const examples = readdirSync(join(root, "examples")).filter((file) => file.endsWith(".yaml")).sort()
    const paths = (await renderArtifacts()).map(({ path }) => path)
    expect(paths).toEqual(examples.flatMap((file) => [`${RENDERED_DIR}/${file.replace(/\.yaml$/u, "")}.ja.md`, `${RENDERED_DIR}/${file.replace(/\.yaml$/u, "")}.ja.html`]))
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
    expect(byPath.get(`${RENDERED_DIR}/000-genesis.ja.md`)).toContain("## 1. 取得する個人情報")
  })
})
