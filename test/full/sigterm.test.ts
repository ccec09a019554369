/**
 * A real SIGTERM arriving while the CLI writes `--out` (a process of its
 * own, seconds: so in the full suite; the handlers themselves are tested in
 * src/cli/safeWrite.test.ts).
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { tempDir } from "../tempDir.ts"

const root = join(import.meta.dirname, "..", "..")
const genesis = join(root, "examples", "000-genesis.yaml")
const scratch = () => tempDir("appi-sigterm-")
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".tmp"))

describe("SIGTERM during a write", () => {
  it("a SIGTERM that arrives while the CLI writes leaves no temporary file, and the process ends by SIGTERM", () => {
    const dir = scratch()
    // The signal is sent from inside the first write to the temporary file, so it arrives during the write, every time.
    // Without the handlers the process dies there and leaves `.policy.md.<random>.tmp` (empty) behind.
    const preload = join(dir, "sigterm-in-write.mjs")
    writeFileSync(
      preload,
      [
        'import fs from "node:fs"',
        'import { syncBuiltinESMExports } from "node:module"',
        "const original = fs.writeSync",
        "let sent = false",
        "fs.writeSync = function (fd, ...rest) {",
        '  if (!sent && fd > 2) { sent = true; process.kill(process.pid, "SIGTERM") }',
        "  return original.call(this, fd, ...rest)",
        "}",
        "syncBuiltinESMExports()"
      ].join("\n")
    )
    const outDir = join(dir, "out")
    mkdirSync(outDir)
    const out = join(outDir, "policy.md")
    const child = spawnSync(process.execPath, ["--import", "tsx", "--import", pathToFileURL(preload).href, join(root, "src", "cli", "main.ts"), "render", genesis, "--lang", "ja+en", "--allow-missing", "--out", out], {
      cwd: root,
      encoding: "utf8"
    })
    expect({ signal: child.signal, stderr: child.stderr }).toEqual({ signal: "SIGTERM", stderr: "" })
    expect(leftovers(outDir)).toEqual([])
    // The signal waited for the write to finish: the file is whole, never partial.
    expect(readdirSync(outDir)).toEqual(["policy.md"])
    expect(readFileSync(out, "utf8")).toContain("個人情報")
  })
})
