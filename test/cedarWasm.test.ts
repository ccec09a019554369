import { spawnSync } from "node:child_process"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"
import { NO_JS_WASM_INLINING } from "./cedarWasm.ts"

const root = join(import.meta.dirname, "..")
const reproduction = join(import.meta.dirname, "fixtures/wasmLazyDeopt.mjs")
const runReproduction = (...flags: ReadonlyArray<string>) =>
  spawnSync(process.execPath, ["--allow-natives-syntax", reproduction, ...flags], { encoding: "utf8", timeout: 30_000 })

describe("cedar-wasm under Node's V8 (test/cedarWasm.ts)", () => {
  it("survives a deoptimisation during a call into WebAssembly once the module's flag is set at run time", () => {
    const guarded = runReproduction(NO_JS_WASM_INLINING)
    expect({ status: guarded.status, signal: guarded.signal, out: guarded.stdout.trim() }).toEqual({ status: 0, signal: null, out: "5" })
  })

  it("without the flag, either survives (a V8 without the bug) or aborts exactly as the CI runs did", () => {
    const unguarded = runReproduction()
    if (unguarded.status === 0) expect(unguarded.stdout.trim()).toBe("5")
    else expect(unguarded.stderr).toMatch(/Fatal error in .*\n# unreachable code/u)
  })

  it("is imported from test/cedarWasm.ts only, so no caller of Cedar runs without the flag", () => {
    const typescript = (dir: string): ReadonlyArray<string> =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) return typescript(path)
        return name.endsWith(".ts") ? [path] : []
      })
    const importers = ["src", "test", "bench", "codegen", "scripts", "playground"]
      .flatMap((dir) => typescript(join(root, dir)))
      .filter((path) => /(?:from|import\()\s*"@cedar-policy\/cedar-wasm/u.test(readFileSync(path, "utf8")))
      .map((path) => relative(root, path))
    expect(importers).toEqual(["test/cedarWasm.ts"])
  })
})
