import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { typedIdsSource } from "../guard/tooling/typedIds.ts"
import { compileGuard } from "../guard/compile.ts"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import { codegenCommand } from "./codegenTs.ts"
import { runCommand as run } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const example = join(import.meta.dirname, "../../examples/000-genesis.yaml")

describe("appi-policy codegen ts", () => {
  const loaded = loadPolicyFile(example)
  if (!loaded.ok) throw new Error("000-genesis.yaml does not load")
  const expected = typedIdsSource(compileGuard(loaded.policy))

  it("writes the typed-ids module", () => {
    const out = join(tempDir("appi-codegen-"), "nested", "policy-ids.ts")
    expect(run(codegenCommand, ["ts", example], { out })).toEqual({ code: 0, out: `wrote ${out}`, err: "" })
    expect(readFileSync(out, "utf8")).toBe(expected)
  })

  it("prints it without --out, importing the guard from --guard-module", () => {
    const result = run(codegenCommand, ["ts", example], { "guard-module": "@acme/guard" })
    expect(result.code).toBe(0)
    expect(result.out).toBe(expected.replace('"appi-policy/guard"', '"@acme/guard"').trimEnd())
  })

  it("exit 1 on an invalid policy or an unwritable file, 2 on usage errors", () => {
    expect(run(codegenCommand, ["ts", "missing.yaml"])).toMatchObject({ code: 1, err: expect.stringContaining("missing.yaml  cannot-read") })
    // A regular file where a directory should be.
    const unwritable = join(example, "ids.ts")
    expect(run(codegenCommand, ["ts", example], { out: unwritable })).toMatchObject({ code: 1, err: `appi-policy codegen: cannot write \`${unwritable}\` (EEXIST)` })
    expect(run(codegenCommand, ["python", example])).toMatchObject({ code: 2, err: expect.stringContaining("unknown target `python` (known: ts)") })
    expect(run(codegenCommand, ["ts"]).code).toBe(2)
    expect(run(codegenCommand, ["ts", example, example]).code).toBe(2)
  })
})
