/**
 * The rooms of `src/` and which may import which: the data flows one way,
 * from the shared core and the model through loading to the rooms that read
 * a policy, and the CLI on top. A test rather than a convention, so that an
 * import running back up the pipeline (the model reaching into the diff, the
 * renderer into the linter) fails here. Tests may import anything.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { describe, expect, it } from "vitest"

const src = join(import.meta.dirname, "..", "..", "src")

/** Each room and the rooms it may import from (besides itself). */
const MAY_IMPORT: Readonly<Record<string, ReadonlyArray<string>>> = {
  core: [],
  model: ["core"],
  load: ["core", "model"],
  render: ["core", "model"],
  lint: ["core", "model", "load"],
  diff: ["core", "model", "render"],
  guard: ["core", "model"],
  import: ["core", "model", "load"],
  cli: ["core", "model", "load", "render", "lint", "diff", "guard", "import"]
}

const sources = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : []
  })

const roomOf = (path: string): string => relative(src, path).split(/[\\/]/u)[0]!

describe("the rooms of src/", () => {
  it("are the ones the table names", () => {
    const rooms = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory())
    expect([...rooms].sort()).toEqual(Object.keys(MAY_IMPORT).sort())
  })

  it("import only from the rooms before them", () => {
    const wrong: Array<string> = []
    for (const room of Object.keys(MAY_IMPORT)) {
      for (const file of sources(join(src, room))) {
        for (const [, target] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/gu)) {
          const resolved = resolve(dirname(file), target!)
          // The package manifest (the CLI's --version) is outside src/.
          if (!resolved.startsWith(src)) continue
          const to = roomOf(resolved)
          if (to !== room && !MAY_IMPORT[room]!.includes(to)) wrong.push(`${relative(src, file)} imports ${target}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
