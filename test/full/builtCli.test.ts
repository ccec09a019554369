/**
 * The built command (`dist/cli/main.js`, what `npx appi-policy` runs) as a
 * process: what in-process tests cannot show — exit codes, standard streams,
 * a closed pipe.
 */
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import pkg from "../../package.json" with { type: "json" }

const root = join(import.meta.dirname, "..", "..")
const cli = join(root, "dist", "cli", "main.js")
const genesis = join(root, "examples", "000-genesis.yaml")

const sh = (script: string) => {
  const result = spawnSync("bash", ["-o", "pipefail", "-c", script], { encoding: "utf8", env: { ...process.env, CLI: cli, POLICY: genesis } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe("the built CLI", () => {
  it("prints its version and exits 0", () => {
    expect(sh('node "$CLI" --version')).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: "" })
  })

  it("ends quietly when the reader closes the pipe (`| head -1`)", () => {
    const result = sh('node "$CLI" render "$POLICY" --format html | head -1')
    expect(result).toEqual({ status: 0, stdout: "<!DOCTYPE html>\n", stderr: "" })
    // Half a megabyte of findings: far more than a pipe holds, so the writes after `head` exits fail with EPIPE.
    const many = Array.from({ length: 200 }, () => '"$POLICY"').join(" ")
    const lint = sh(`node "$CLI" lint ${many} | head -1`)
    expect(lint.stdout.split("\n")).toHaveLength(2)
    expect(lint.stderr).toBe("")
    expect(lint.status).toBe(1) // lint's own verdict on the seed (it has findings), not a crash
  })

  it("reads standard input for `-`", () => {
    expect(sh('node "$CLI" validate - < "$POLICY"')).toMatchObject({ status: 0, stdout: "<stdin>: valid\n1 valid, 0 invalid\n" })
  })

  it("usage errors go to standard error with exit 2, and never a stack trace", () => {
    const result = sh('node "$CLI" validate --frmat json "$POLICY"')
    expect(result).toMatchObject({ status: 2, stdout: "" })
    expect(result.stderr).toContain("unknown option `--frmat` (did you mean `--format`?)")
    expect(result.stderr).not.toMatch(/\n\s+at /u)
    expect(sh('node "$CLI"')).toMatchObject({ status: 2, stdout: "" })
  })
})
