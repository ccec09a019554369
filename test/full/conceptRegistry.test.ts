/**
 * The experiment of issue #14, kept as a test: add a top-level field
 * (`breachResponse`) to the model and type-check. Before the concept
 * registry, everything type-checked and the renderer, the diff and the
 * changelog silently mishandled the new text; now each table keyed by the
 * model's keys must fail to compile, naming the field: the concept registry
 * (label, rendered place: `src/model/concepts.ts`), the diff's kinds of change
 * per concept (`src/diff/rules.ts`) and the summary's lines
 * (`src/render/summary.ts`) — and nothing else.
 */
import { execFileSync } from "node:child_process"
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..")
// Inside the repository, so that the copy resolves the repository's node_modules.
const probe = mkdtempSync(join(root, ".concept-probe-"))
afterAll(() => rmSync(probe, { recursive: true, force: true }))

const typecheck = (): string => {
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(probe, "tsconfig.json")], { encoding: "utf8", stdio: "pipe" })
    return ""
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error)
  }
}

describe("a field added to the model without a concept", () => {
  it("is a type error in each per-concept table, and only there", { timeout: 300_000 }, () => {
    cpSync(join(root, "src"), join(probe, "src"), { recursive: true, filter: (path) => !path.endsWith(".test.ts") })
    cpSync(join(root, "package.json"), join(probe, "package.json"))
    writeFileSync(join(probe, "tsconfig.json"), JSON.stringify({ extends: "../tsconfig.json", include: ["src"], exclude: [] }))
    expect(typecheck(), "the copy type-checks before the change").toBe("")
    const model = join(probe, "src", "model", "Policy.ts")
    const source = readFileSync(model, "utf8")
    const anchor = "  presentation: Schema.optionalKey(Presentation)\n"
    expect(source).toContain(anchor)
    writeFileSync(model, source.replace(anchor, "  presentation: Schema.optionalKey(Presentation),\n  breachResponse: Schema.optionalKey(LocalizedText)\n"))
    const errors = typecheck().split("\n").filter((line) => /error TS\d+/u.test(line))
    const tables = [join("src", "model", "concepts.ts"), join("src", "diff", "rules.ts"), join("src", "render", "summary.ts")]
    // tsc names files relative to the working directory: strip the probe's folder.
    const fileOf = (line: string): string => line.slice(0, line.indexOf("(")).replace(/^.*?(?=src[\\/])/u, "")
    expect([...new Set(errors.map(fileOf))].sort()).toEqual([...tables].sort())
    for (const table of tables) expect(errors.filter((line) => fileOf(line) === table).join("\n"), table).toContain("breachResponse")
  })
})
