/**
 * `--out` writes safely (#13): never over a device, FIFO, socket, directory
 * or an input; `-` is standard output; a symbolic link is written through to
 * the regular file it points to; the temporary file is unguessable, opened
 * exclusively, and never left behind (a real SIGTERM during a write: test/full/sigterm.test.ts).
 */
import { execFileSync } from "node:child_process"
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { emit, writeFiles, writeOutputs } from "./policyFiles.ts"
import { capture } from "../../test/cli.ts"
import { interrupt, temporaryPath, trackTemporary, writeSafely } from "./safeWrite.ts"
import { tempDir } from "../../test/tempDir.ts"

const root = join(import.meta.dirname, "..", "..")
const genesis = join(root, "examples", "000-genesis.yaml")
const genesisText = readFileSync(genesis, "utf8")


const scratch = () => tempDir("appi-safe-write-")

/** A copy of the example policy in a fresh directory, to be the input. */
const policyCopy = (): { dir: string; policy: string } => {
  const dir = scratch()
  const policy = join(dir, "policy.yaml")
  writeFileSync(policy, genesisText)
  return { dir, policy }
}


describe("--out refuses what is not a regular output file (exit 2, nothing touched)", () => {
  it.each(["/dev/null", "/dev/full"])("a device: %s stays a device", async (device) => {
    const result = await capture(["compile", genesis, "--out", device])
    expect(result).toMatchObject({ code: 2, out: "" })
    expect(result.err).toBe(`appi-policy compile: refusing to write \`${device}\`: it is a character device, not a regular file (leave out --out, or give \`--out -\`, to print to standard output)`)
    expect(statSync(device).isCharacterDevice()).toBe(true)
  })

  it("a FIFO, which is never opened (opening it would block)", async () => {
    const dir = scratch()
    const fifo = join(dir, "pipe")
    execFileSync("mkfifo", [fifo])
    const result = await capture(["render", genesis, "--out", fifo])
    expect(result).toMatchObject({ code: 2, out: "" })
    expect(result.err).toContain(`appi-policy render: refusing to write \`${fifo}\`: it is a FIFO (named pipe), not a regular file`)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    expect(readdirSync(dir)).toEqual(["pipe"])
  })

  it("a directory", async () => {
    const dir = scratch()
    expect(await capture(["compile", genesis, "--out", dir])).toEqual({ code: 2, out: "", err: `appi-policy compile: refusing to write \`${dir}\`: it is a directory, not a regular file` })
    expect(readdirSync(dir)).toEqual([])
  })

  it.each([
    ["compile", (policy: string, out: string) => ["compile", policy, "--out", out]],
    ["render", (policy: string, out: string) => ["render", policy, "--out", out]],
    ["codegen", (policy: string, out: string) => ["codegen", "ts", policy, "--out", out]]
  ] as const)("%s: the input file itself, and a symbolic link to it; the policy survives", async (command, argv) => {
    const { dir, policy } = policyCopy()
    expect(await capture(argv(policy, policy))).toEqual({
      code: 2,
      out: "",
      err: `appi-policy ${command}: refusing to write \`${policy}\`: it is the input \`${policy}\`; writing it would destroy the input`
    })
    const link = join(dir, "link.yaml")
    symlinkSync("policy.yaml", link)
    expect(await capture(argv(policy, link))).toMatchObject({ code: 2, err: `appi-policy ${command}: refusing to write \`${link}\`: it is the input \`${policy}\` (the same file); writing it would destroy the input` })
    // The other way round: the input named through the link, the file itself as --out.
    expect(await capture(argv(link, policy))).toMatchObject({ code: 2, err: expect.stringContaining("(the same file); writing it would destroy the input") })
    expect(readFileSync(policy, "utf8")).toBe(genesisText)
    expect(readlinkSync(link)).toBe("policy.yaml")
    expect(readdirSync(dir).sort()).toEqual(["link.yaml", "policy.yaml"])
  })

  it("export cedar: an output file in the directory that is the input (through a link), and nothing else written", async () => {
    const { dir, policy } = policyCopy()
    const out = join(dir, "cedar")
    mkdirSync(out)
    symlinkSync(policy, join(out, "policies.cedar"))
    const result = await capture(["export", "cedar", policy, "--out", out])
    expect(result).toMatchObject({ code: 2, out: "" })
    expect(result.err).toBe(`appi-policy export: refusing to write \`${join(out, "policies.cedar")}\`: it is the input \`${policy}\` (the same file); writing it would destroy the input`)
    expect(readdirSync(out)).toEqual(["policies.cedar"])
    expect(readFileSync(policy, "utf8")).toBe(genesisText)
  })

  it("standard input is not a file: `-` as the input does not stop a write", async () => {
    const out = join(scratch(), "table.json")
    expect(await capture(["compile", "-", "--out", out], genesisText)).toEqual({ code: 0, out: `wrote ${out}`, err: "" })
  })

  it("two files bound for one place, and `-` among several files", () => {
    const dir = scratch()
    const a = join(dir, "a.json")
    symlinkSync("b.json", join(dir, "link.json"))
    writeFileSync(join(dir, "b.json"), "old")
    expect(writeFiles([{ path: join(dir, "b.json"), content: "1" }, { path: join(dir, "link.json"), content: "2" }])).toBe(
      `refusing to write \`${join(dir, "link.json")}\`: \`${join(dir, "b.json")}\` is written to the same file`
    )
    expect(writeFiles([{ path: a, content: "1" }, { path: "-", content: "2" }])).toBe("refusing to write `-`: `-` names standard output, which cannot take this file")
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe("old")
    expect(existsSync(a)).toBe(false)
  })
})

describe("--out -", () => {
  it("is standard output, and no file named `-` is made", async () => {
    const dir = scratch()
    const out: Array<string> = []
    const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(`err: ${line}`) }
    expect(emit(io, "compile", "-", "{}\n", [genesis])).toBe(0)
    expect(out).toEqual(["{}"])
    const result = await capture(["compile", genesis, "--out", "-"])
    expect(result.code).toBe(0)
    expect(result.out).toBe((await capture(["compile", genesis])).out)
    expect(existsSync(join(process.cwd(), "-"))).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })
})

describe("a symbolic link as --out is written through", () => {
  it("the file it points to is replaced, with its permissions; the link stays a link", async () => {
    const dir = scratch()
    const elsewhere = scratch()
    const real = join(elsewhere, "table.json")
    writeFileSync(real, "old")
    chmodSync(real, 0o640)
    const link = join(dir, "table.json")
    symlinkSync(real, link)
    expect(await capture(["compile", genesis, "--out", link])).toEqual({ code: 0, out: `wrote ${link}`, err: "" })
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe(real)
    expect(readFileSync(real, "utf8")).toBe(`${(await capture(["compile", genesis])).out}\n`)
    expect(statSync(real).mode & 0o777).toBe(0o640)
    expect(readdirSync(dir)).toEqual(["table.json"])
    expect(readdirSync(elsewhere)).toEqual(["table.json"])
  })

  it("a dangling link, a link to a directory and a link to a device are refused", async () => {
    const dir = scratch()
    const dangling = join(dir, "dangling.json")
    symlinkSync(join(dir, "nowhere", "table.json"), dangling)
    const toDirectory = join(dir, "dir.json")
    symlinkSync(dir, toDirectory)
    const toDevice = join(dir, "device.json")
    symlinkSync("/dev/full", toDevice)
    expect(await capture(["compile", genesis, "--out", dangling])).toMatchObject({ code: 2, err: `appi-policy compile: refusing to write \`${dangling}\`: it is a symbolic link to a file that does not exist` })
    expect(await capture(["compile", genesis, "--out", toDirectory])).toMatchObject({ code: 2, err: `appi-policy compile: refusing to write \`${toDirectory}\`: it is a symbolic link to a directory, not to a regular file` })
    expect(await capture(["compile", genesis, "--out", toDevice])).toMatchObject({ code: 2, err: expect.stringContaining("it is a symbolic link to a character device, not to a regular file (leave out --out, or give `--out -`") })
    // /dev/stdout is such a link (to a pipe, a terminal or a file): refused, not replaced.
    expect(await capture(["compile", genesis, "--out", "/dev/stdout"])).toMatchObject({ code: 2, err: expect.stringContaining("refusing to write `/dev/stdout`: it is a symbolic link to") })
    expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true)
    expect(existsSync(join(dir, "nowhere"))).toBe(false)
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true)
  })
})

describe("the temporary file", () => {
  it("is not the old predictable `<out>.<pid>.tmp`: a link planted there is not followed", async () => {
    const dir = scratch()
    const victim = join(dir, "victim.txt")
    writeFileSync(victim, "precious")
    const out = join(dir, "table.json")
    const planted = `${out}.${process.pid}.tmp`
    symlinkSync(victim, planted)
    expect(await capture(["compile", genesis, "--out", out])).toMatchObject({ code: 0, out: `wrote ${out}` })
    expect(readFileSync(victim, "utf8")).toBe("precious")
    expect(readlinkSync(planted)).toBe(victim)
    expect(readdirSync(dir).sort()).toEqual(["table.json", "table.json." + process.pid + ".tmp", "victim.txt"].sort())
  })

  it("is opened exclusively (wx): a link or file already at its name fails the write instead of being followed", () => {
    const dir = scratch()
    const victim = join(dir, "victim.txt")
    writeFileSync(victim, "precious")
    const out = join(dir, "table.json")
    const random = () => "guessed"
    const planted = temporaryPath(out, random)
    expect(planted).toBe(join(dir, ".table.json.guessed.tmp"))
    symlinkSync(victim, planted)
    expect(writeSafely([{ path: out, content: "new" }], [], { random })).toEqual({ exit: 1, message: `cannot write \`${out}\` (EEXIST)` })
    expect(readFileSync(victim, "utf8")).toBe("precious")
    expect(lstatSync(planted).isSymbolicLink()).toBe(true)
    expect(existsSync(out)).toBe(false)
  })

  it("has an unguessable name in the target's directory", () => {
    const a = temporaryPath("/x/out.json")
    expect(a).toMatch(/^\/x\/\.out\.json\.[0-9a-f]{32}\.tmp$/u)
    expect(temporaryPath("/x/out.json")).not.toBe(a)
  })

  it("is removed when a write fails, and all or nothing is written", () => {
    const dir = scratch()
    const blocker = join(dir, "file")
    writeFileSync(blocker, "")
    const first = join(dir, "out", "a.json")
    // A directory under a regular file cannot be made, even by root: the second file fails after the first is written.
    const second = join(blocker, "b.json")
    const out: Array<string> = []
    const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(line) }
    expect(writeOutputs(io, "export", [{ path: first, content: "a" }, { path: second, content: "b" }], [])).toBe(1)
    expect(out).toEqual([`appi-policy export: cannot write \`${second}\` (EEXIST)`])
    expect(readdirSync(join(dir, "out"))).toEqual([])
    expect(readdirSync(dir).sort()).toEqual(["file", "out"])
  })

  it("is not left by a command whose output cannot be written", async () => {
    const { dir, policy } = policyCopy()
    const out = join(policy, "table.json")
    expect(await capture(["compile", policy, "--out", out])).toEqual({ code: 1, out: "", err: `appi-policy compile: cannot write \`${out}\` (EEXIST)` })
    expect(readdirSync(dir)).toEqual(["policy.yaml"])
  })

  it("replaces an existing regular file, and nothing is left beside it", async () => {
    const dir = scratch()
    const out = join(dir, "table.json")
    writeFileSync(out, "old")
    expect(await capture(["compile", genesis, "--out", out])).toMatchObject({ code: 0 })
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ policy: { id: "genesis" } })
    expect(readdirSync(dir)).toEqual(["table.json"])
  })
})

describe("SIGINT and SIGTERM during a write", () => {
  it("the handler removes the pending temporary files, stops listening and raises the signal again", () => {
    const dir = scratch()
    const temporary = join(dir, ".out.json.0123.tmp")
    writeFileSync(temporary, "half")
    trackTemporary(temporary)
    const raised: Array<string> = []
    const others = process.listeners("SIGINT")
    process.removeAllListeners("SIGINT")
    try {
      interrupt("SIGINT", (signal) => raised.push(signal))
    } finally {
      for (const listener of others) process.on("SIGINT", listener)
    }
    expect(existsSync(temporary)).toBe(false)
    expect(raised).toEqual(["SIGINT"])
  })

  it("does not raise the signal again when someone else listens for it (they were called with it)", () => {
    const raised: Array<string> = []
    const other = () => undefined
    process.on("SIGTERM", other)
    try {
      interrupt("SIGTERM", (signal) => raised.push(signal))
    } finally {
      process.off("SIGTERM", other)
    }
    expect(raised).toEqual([])
  })

  it("handlers are installed for the write only", async () => {
    const before = [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]
    const dir = scratch()
    expect(writeSafely([{ path: join(dir, "a.json"), content: "{}" }], [])).toBeUndefined()
    // Kept until the event loop has dispatched any signal that came during the (synchronous) write.
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual([before[0]! + 1, before[1]! + 1])
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve))
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual(before)
  })
})
