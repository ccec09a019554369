import { readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cedarFiles } from "../guard/tooling/cedar.ts"
import { compileGuard } from "../guard/compile.ts"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import { exportCommand } from "./exportCedar.ts"
import { runCommand as run } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const example = join(import.meta.dirname, "../../examples/003-centrex.yaml")

describe("appi-policy export cedar", () => {
  it("writes the schema, the policies and the entities", () => {
    const dir = join(tempDir("appi-cedar-"), "cedar")
    const result = run(exportCommand, ["cedar", example], { out: dir })
    expect(result.code).toBe(0)
    expect(result.out.split("\n")).toEqual(["appi-policy.cedarschema", "policies.cedar", "entities.json"].map((name) => `wrote ${join(dir, name)}`))
    expect(readdirSync(dir).sort()).toEqual(["appi-policy.cedarschema", "entities.json", "policies.cedar"])
    const loaded = loadPolicyFile(example)
    if (!loaded.ok) throw new Error("003-centrex.yaml does not load")
    for (const { path, content } of cedarFiles(compileGuard(loaded.policy))) expect(readFileSync(join(dir, path), "utf8")).toBe(content)
    expect(JSON.parse(readFileSync(join(dir, "entities.json"), "utf8"))[0]).toMatchObject({ uid: { type: "AppiPolicy::PrivacyPolicy", id: "centrex" } })
  })

  it("exit 1 on an invalid policy, 2 on usage errors", () => {
    expect(run(exportCommand, ["cedar", "missing.yaml"], { out: tmpdir() }).code).toBe(1)
    expect(run(exportCommand, ["cedar", example]).err).toContain("--out <dir>")
    expect(run(exportCommand, ["cedar", example]).code).toBe(2)
    expect(run(exportCommand, ["cedar", example], { out: "-" })).toMatchObject({ code: 2, err: expect.stringContaining("--out takes a directory") })
    expect(run(exportCommand, ["opa", example], { out: tmpdir() })).toMatchObject({ code: 2, err: expect.stringContaining("unknown target `opa` (known: cedar)") })
  })
})
