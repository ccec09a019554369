/**
 * `appi-policy/core` is browser-safe: bundled for the browser platform it
 * imports no Node built-in (the build fails on one), and the bundle runs in a
 * bare JavaScript context (no `process`, `Buffer`, `require` or file system)
 * to parse, lint, render, diff and compile a seed policy.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { createContext, runInContext } from "node:vm"
import { build, type Plugin } from "esbuild"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..")

/** Records every import of a Node built-in, which a browser cannot satisfy. */
const nodeBuiltins = (found: Array<string>): Plugin => ({
  name: "no-node-builtins",
  setup(build) {
    build.onResolve({ filter: /^(node:|fs$|path$|crypto$|url$|os$|child_process$|module$|util$|stream$|buffer$|process$)/ }, (args) => {
      found.push(`${args.path} (from ${args.importer.replace(`${root}/`, "")})`)
      return { path: args.path, external: true }
    })
  }
})

const bundle = async (entry: string): Promise<{ readonly code: string; readonly builtins: ReadonlyArray<string> }> => {
  const builtins: Array<string> = []
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "appiPolicy",
    minify: true,
    write: false,
    logLevel: "silent",
    plugins: [nodeBuiltins(builtins)]
  })
  return { code: result.outputFiles[0]!.text, builtins }
}

describe("the browser-safe entry (appi-policy/core)", async () => {
  const { code, builtins } = await bundle("src/browser.ts")

  it("imports no Node built-in", () => {
    expect(builtins).toEqual([])
  })

  it("parses, lints, renders, diffs and compiles a policy in a context without Node's globals", () => {
    const context = createContext({ TextEncoder, TextDecoder, console, Intl, URL })
    runInContext(code, context)
    const yaml = readFileSync(join(root, "examples", "000-genesis.yaml"), "utf8")
    context["yaml"] = yaml
    const outcome = runInContext(
      `(() => {
        const { parsePolicy, lint, render, diff, compileGuard, check } = appiPolicy
        const loaded = parsePolicy(yaml, { file: "policy.yaml" })
        if (!loaded.ok) return { ok: false }
        const page = render(loaded.policy, { lang: "ja", format: "html" })
        const table = compileGuard(loaded.policy)
        return {
          ok: true,
          hasProcess: typeof process !== "undefined",
          findings: lint(loaded.policy).length,
          rendered: page.ok && page.output.includes("株式会社ジェニシス"),
          changes: diff(loaded.policy, loaded.policy).changes.length,
          hash: table.policy.hash,
          decision: check(table, { category: "visitors", purpose: "visitor-security" }).code
        }
      })()`,
      context
    ) as Record<string, unknown>
    expect(outcome).toMatchObject({ ok: true, hasProcess: false, rendered: true, changes: 0, decision: "declared-purpose", hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/u) })
    expect(outcome["findings"]).toBeGreaterThan(0)
  })

  it("the guard entry bundles to a file with no import at all", async () => {
    const guard = await bundle("src/guard/index.ts")
    expect(guard.builtins).toEqual([])
    expect(guard.code.length).toBeLessThan(30_000)
  })
})
