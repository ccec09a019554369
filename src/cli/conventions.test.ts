/**
 * What every command does alike, as users of other CLIs expect: --version,
 * `-` for standard input, one spelling of formats, JSON output, spelling
 * hints, usage errors on standard error with exit 2, and --help that lists
 * every option and the exit status.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import pkg from "../../package.json" with { type: "json" }
import { COMMAND_NAMES } from "./catalog/index.ts"
import { COMMANDS } from "./commands.ts"
import { capture } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const examples = join(import.meta.dirname, "..", "..", "examples")
const genesis = join(examples, "000-genesis.yaml")
const genesisText = readFileSync(genesis, "utf8")

describe("the CLI's conventions", () => {
  it("--version prints the package's version", async () => {
    expect(await capture(["--version"])).toEqual({ code: 0, out: pkg.version, err: "" })
  })

  it("no arguments: usage on standard error, exit 2; --help: usage on standard output, exit 0", async () => {
    const bare = await capture([])
    expect(bare).toMatchObject({ code: 2, out: "" })
    expect(bare.err).toContain("usage: appi-policy <command>")
    const help = await capture(["--help"])
    expect(help).toMatchObject({ code: 0, err: "" })
    expect(help.out).toContain("usage: appi-policy <command>")
  })

  it("suggests the command or flag meant", async () => {
    expect(await capture(["valdate", genesis])).toMatchObject({ code: 2, out: "", err: expect.stringContaining("unknown command `valdate` (did you mean `validate`?)") })
    expect(await capture(["render", genesis, "--formt", "html"])).toMatchObject({ code: 2, out: "", err: expect.stringContaining("unknown option `--formt` (did you mean `--format`?)") })
    expect(await capture(["lint", genesis, "--format", "sarf"])).toMatchObject({ code: 2, err: expect.stringContaining("not `sarf` (did you mean `sarif`?)") })
  })

  it("reads a policy from standard input for `-`, YAML or JSON", async () => {
    expect(await capture(["validate", "-"], genesisText)).toMatchObject({ code: 0, out: "<stdin>: valid\n1 valid, 0 invalid" })
    const json = JSON.stringify({ schemaVersion: 1, id: "from-json", operator: {}, dataCategories: [], purposes: { items: [] }, contactWindows: [] })
    expect(await capture(["validate", "-"], json)).toMatchObject({ code: 0 })
    expect(await capture(["summary", "-", "--format", "json"], genesisText)).toMatchObject({ code: 0, out: expect.stringContaining('"id": "genesis"') })
    expect((await capture(["lint", "-"], genesisText)).out).toContain("<stdin>")
    expect((await capture(["render", "-", "--format", "md"], genesisText)).out).toBe((await capture(["render", genesis, "--format", "markdown"])).out)
    expect(await capture(["diff", genesis, "-", "--format", "json"], genesisText)).toMatchObject({ code: 0, out: expect.stringContaining('"changes": []') })
    expect((await capture(["compile", "-"], genesisText)).out).toContain('"id": "genesis"')
    expect(await capture(["check", "-", "--category", "visitors", "--purpose", "visitor-security"], genesisText)).toMatchObject({ code: 0 })
    expect(await capture(["validate", "-"], "schemaVersion: 1\nid: Bad\n")).toMatchObject({ code: 1, out: expect.stringContaining("<stdin>:2:5") })
    expect(await capture(["diff", "-", "-"], genesisText)).toMatchObject({ code: 2, err: expect.stringContaining("standard input (`-`) can be named once") })
  })

  it("accepts `md` and `markdown` alike where Markdown is offered", async () => {
    for (const command of [["render", genesis], ["diff", genesis, genesis]]) {
      const md = await capture([...command, "--format", "md"])
      expect(md.code).toBe(0)
      expect(md).toEqual(await capture([...command, "--format", "markdown"]))
    }
  })

  it("check and summary give JSON with --format json", async () => {
    const decision = await capture(["check", genesis, "--category", "visitors", "--purpose", "visitor-security", "--format", "json"])
    expect(JSON.parse(decision.out)).toMatchObject({ allowed: true, code: "declared-purpose" })
    const overview = await capture(["summary", genesis, "--format", "json"])
    expect(JSON.parse(overview.out)).toMatchObject({ id: "genesis", purposes: 13, dataCategories: { total: 13 } })
  })

  it("check --table decides from a compiled table, and refuses one it cannot read", async () => {
    const table = join(tempDir("appi-table-"), "table.json")
    expect((await capture(["compile", genesis, "--out", table])).code).toBe(0)
    expect(await capture(["check", "--table", table, "--category", "visitors", "--purpose", "visitor-security"])).toMatchObject({ code: 0, out: expect.stringMatching(/^allowed {2}declared-purpose/u) })
    expect(await capture(["check", "--table", table, "--category", "job-applicants", "--purpose", "dental-system-sales"])).toMatchObject({ code: 1 })
    const broken = join(tempDir("appi-table-"), "broken.json")
    writeFileSync(broken, "{ not json")
    expect(await capture(["check", "--table", broken, "--category", "visitors", "--purpose", "x"])).toMatchObject({ code: 1, err: expect.stringContaining("not JSON") })
    expect(await capture(["check", genesis, "--table", table, "--category", "visitors", "--purpose", "x"])).toMatchObject({ code: 2 })
  })

  it.each(COMMAND_NAMES)("`%s --help` lists every option and the exit status", async (name) => {
    const command = await COMMANDS[name]()
    const help = await capture([name, "--help"])
    expect(help.code).toBe(0)
    expect(help.out).toContain(`usage: appi-policy ${name}`)
    for (const option of Object.keys(command.options)) expect(help.out, `--${option}`).toContain(`--${option}`)
    expect(help.out).toContain("-h, --help")
    expect(help.out).toMatch(/exit status: 0 /u)
  })
})
