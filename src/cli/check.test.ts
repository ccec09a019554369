import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { check } from "../guard/check.ts"
import type { DecisionTable } from "../guard/table.ts"
import { capture } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const example = join(import.meta.dirname, "../../examples/000-genesis.yaml")

describe("appi-policy compile", () => {
  it("writes a decision table the checker reads", async () => {
    const out = join(tempDir("appi-compile-"), "table.json")
    expect(await capture(["compile", example, "--out", out])).toMatchObject({ code: 0, out: `wrote ${out}` })
    const table = JSON.parse(readFileSync(out, "utf8")) as DecisionTable
    expect(table.policy.id).toBe("genesis")
    expect(check(table, { category: "entrusted-client-data", purpose: "entrusted-work" }).allowed).toBe(true)
  })

  it("reports a file it cannot write, and an invalid policy, without a stack trace", async () => {
    // A directory under a regular file cannot be made, even by root.
    const result = await capture(["compile", example, "--out", `${example}/table.json`])
    expect(result.code).toBe(1)
    expect(result.err).toBe(`appi-policy compile: cannot write \`${example}/table.json\` (EEXIST)`)
    expect((await capture(["compile", "missing.yaml"])).err).toContain("missing.yaml  cannot-read  no such file")
  })
})

describe("appi-policy check", () => {
  it("exit 0 when allowed, with the explanation in both languages", async () => {
    const result = await capture(["check", example, "--category", "entrusted-client-data", "--purpose", "entrusted-work"])
    expect(result.code).toBe(0)
    expect(result.out).toBe("allowed  declared-purpose  APPI Art. 18(1)\n  ja: 公表された利用目的の範囲内の取扱いです\n  en: the use is within a purpose declared for this category")
  })

  it("exit 1 when denied", async () => {
    const result = await capture(["check", example, "--category", "entrusted-client-data", "--purpose", "client-business"])
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/^denied {2}entrusted-data {2}APPI Art\. 27\(5\)\(i\)/u)
  })

  it("checks provisions too", async () => {
    expect((await capture(["check", example, "--category", "employees", "--provide", "third-party", "--country", "US"])).out).toContain("foreign-recipient-needs-consent")
    expect((await capture(["check", example, "--category", "employees", "--provide", "third-party", "--country", "US", "--consent", "provision"])).code).toBe(1)
    expect((await capture(["check", example, "--category", "employees", "--provide", "third-party", "--country", "US", "--consent", "provision,foreign"])).code).toBe(0)
    expect((await capture(["check", example, "--category", "employees", "--provide", "third-party", "--consent", "provision"])).out).toContain("recipient-location-unknown")
    expect(await capture(["check", example, "--category", "employees", "--provide", "third-party", "--country", "JP", "--consent", "foriegn"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("not `foriegn` (did you mean `foreign`?)")
    })
  })

  it("usage errors exit 2", async () => {
    expect((await capture(["check", example, "--category", "employees"])).code).toBe(2)
    expect((await capture(["check", example, "--category", "employees", "--purpose", "x", "--provide", "successor"])).code).toBe(2)
    expect((await capture(["check", example, "--category", "employees", "--provide", "everyone"])).code).toBe(2)
  })
})
