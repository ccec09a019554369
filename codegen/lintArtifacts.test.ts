import { existsSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { lintArtifacts } from "./lintArtifacts.ts"

const root = resolve(import.meta.dirname, "..")
const artifacts = await lintArtifacts()

describe("lintArtifacts", () => {
  it("produces the rule reference, text reports for each example in two languages, and one SARIF log", () => {
    expect(artifacts.map((a) => a.path)).toEqual([
      "docs/rules.md",
      ...["000-genesis", "001-smilemore", "002-unnamed-services", "003-centrex", "004-k-zone"].flatMap((stem) => [`examples/lint/${stem}.txt`, `examples/lint/${stem}.ja.txt`]),
      "examples/lint/examples.sarif"
    ])
  })

  it("names files relative to the repository, so the outputs are the same on any machine", () => {
    for (const { content } of artifacts) {
      expect(content).not.toContain(root)
      expect(content).not.toMatch(/file:\/\//u)
    }
    expect(artifacts[1]?.content).toMatch(/^examples\/000-genesis\.yaml:\d+:\d+ {2}(?:error|warning) {2}/u)
  })

  it("matches the committed files", () => {
    for (const { path, content } of artifacts) {
      const file = join(root, path)
      expect(existsSync(file), path).toBe(true)
      expect(readFileSync(file, "utf8"), path).toBe(content)
    }
  })
})
