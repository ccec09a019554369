/**
 * The importer is browser-safe (issue #15): bundled for the browser it
 * imports no Node built-in, and the bundle imports a policy in a bare
 * JavaScript context (no `process`, `Buffer`, `require` or file system), so
 * it can later ship in the browser-safe entry.
 */
import { join } from "node:path"
import { createContext, runInContext } from "node:vm"
import { build } from "esbuild"
import { describe, expect, it } from "vitest"
import { TEXT_POLICY } from "./synthetic.ts"

const root = join(import.meta.dirname, "..", "..")

describe("src/import in a browser", () => {
  it("bundles without a Node built-in and imports a policy without Node's globals", async () => {
    const builtins: Array<string> = []
    const result = await build({
      entryPoints: [join(root, "src", "import", "index.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "appiImport",
      write: false,
      logLevel: "silent",
      plugins: [
        {
          name: "no-node-builtins",
          setup(build) {
            build.onResolve({ filter: /^(node:|fs$|path$|crypto$|url$|os$|child_process$|module$|util$|stream$|buffer$|process$)/ }, (args) => {
              builtins.push(args.path)
              return { path: args.path, external: true }
            })
          }
        }
      ]
    })
    expect(builtins).toEqual([])
    const context = createContext({ TextEncoder, TextDecoder, console, Intl, URL })
    runInContext(result.outputFiles[0]!.text, context)
    context["text"] = TEXT_POLICY
    const outcome = runInContext(
      `(() => {
        const result = appiImport.importPolicy(text, { file: "policy.txt" })
        return { ok: result.ok, valid: result.ok && result.report.valid, hasProcess: typeof process !== "undefined" }
      })()`,
      context
    ) as Record<string, unknown>
    expect(outcome).toEqual({ ok: true, valid: true, hasProcess: false })
  })
})
