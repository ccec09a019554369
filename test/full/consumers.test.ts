/**
 * The package as users get it: `npm pack`, then `npm install <tarball>` into
 * throw-away projects — TypeScript 5.5, 5.9, 6 and 7, plain JavaScript ESM,
 * CommonJS, and a project on Effect 3 — each installed without `--force` or
 * `--legacy-peer-deps`, imported, type-checked and its CLI run.
 *
 * Offline: the installs use `npm install --offline`, so every package must be
 * in npm's cache already (`npm ci` puts this repository's there;
 * `sh scripts/consumer-packages.sh` adds the TypeScript versions and Effect 3).
 */
import { execFileSync, spawnSync } from "node:child_process"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { tempDir } from "../tempDir.ts"

const root = join(import.meta.dirname, "..", "..")
const example = join(root, "examples", "000-genesis.yaml")
let tarball = ""

const npm = (cwd: string, args: ReadonlyArray<string>) => {
  const result = spawnSync("npm", [...args], { cwd, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

const run = (cwd: string, command: string, args: ReadonlyArray<string>) => {
  const result = spawnSync(command, [...args], { cwd, encoding: "utf8" })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim() }
}

/** A project with `files`, and `packages` installed offline beside the tarball; fails the test on ERESOLVE or any install error. */
const project = (name: string, packageJson: Record<string, unknown>, files: Record<string, string>, packages: ReadonlyArray<string>): string => {
  const directory = tempDir(`appi-consumer-${name}-`)
  writeFileSync(join(directory, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, version: "1.0.0", ...packageJson }, null, 2))
  for (const [file, content] of Object.entries(files)) writeFileSync(join(directory, file), content)
  const installed = npm(directory, ["install", "--offline", "--no-package-lock", tarball, ...packages])
  expect(installed.output, `npm install in the ${name} project`).not.toMatch(/ERESOLVE|EBADENGINE|peer dep/iu)
  expect(installed.status, installed.output).toBe(0)
  return directory
}

/** Uses the main entry, the browser-safe entry and the guard, typed. */
const typescriptSource = `import { loadPolicyFile, lint, render, type Policy } from "appi-policy"
import { parsePolicy, Guard } from "appi-policy/core"
import { check, type DecisionTable } from "appi-policy/guard"
import { importPolicy } from "appi-policy/import"

const loaded = loadPolicyFile(${JSON.stringify(example)})
if (!loaded.ok) throw new Error("does not load")
const policy: Policy = loaded.policy
const table: DecisionTable = Guard.compileGuard(policy)
const page = render(policy, { lang: "ja", format: "markdown" })
const again = parsePolicy("schemaVersion: 1\\nid: x\\n")
const draft = importPolicy("個人情報保護方針\\n\\n1. 利用目的\\n当社は、お客様へのご連絡のために個人情報を利用します。\\n", { file: "policy.txt" })
console.log(JSON.stringify({ findings: lint(policy).length > 0, rendered: page.ok, invalid: !again.ok, decision: check(table, { category: "visitors", purpose: "visitor-security" }).code, imported: draft.ok }))
`

const expectedRun = { findings: true, rendered: true, invalid: true, decision: "declared-purpose", imported: true }

const tsconfig = (module: "nodenext" | "node16", extra: Record<string, unknown> = {}) =>
  JSON.stringify({ compilerOptions: { target: "es2022", module, moduleResolution: module, strict: true, noEmit: true, skipLibCheck: false, types: ["node"], ...extra }, include: ["*.ts", "*.mts", "*.cts"] })

const cliValidates = (directory: string): void => {
  const result = run(directory, join(directory, "node_modules", ".bin", "appi-policy"), ["validate", example])
  expect(result, "the installed CLI").toMatchObject({ status: 0, output: expect.stringContaining("1 valid, 0 invalid") })
}

beforeAll(() => {
  const destination = tempDir("appi-pack-")
  // dist/ was built by the global set-up (test/full/build.ts).
  execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", destination, "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
  tarball = join(destination, readdirSync(destination).find((file) => file.endsWith(".tgz"))!)
})

describe("installing the packed package", () => {
  // TypeScript 5.5 and 5.6 cannot read effect 4's own declarations (`Uint8Array<…>` is generic from 5.7 on),
  // so with them a project needs `skipLibCheck: true`, as most have; appi-policy's declarations are checked either way.
  it.each([
    ["TypeScript 5.5", "typescript@5.5.4", true],
    ["TypeScript 5.9", "typescript@5.9.3", false],
    ["TypeScript 6", "typescript@6.0.3", false]
  ])("%s: installs, type-checks, runs, and its CLI works", (name, typescript, skipLibCheck) => {
    const files = { "tsconfig.json": tsconfig("nodenext", { skipLibCheck }), "index.ts": typescriptSource }
    const directory = project(name.replace(/\W+/gu, "").toLowerCase(), { type: "module" }, files, [typescript, "@types/node@20.19.43"])
    expect(run(directory, join(directory, "node_modules", ".bin", "tsc"), ["-p", "."]), `${name} type-check`).toMatchObject({ status: 0 })
    writeFileSync(join(directory, "index.mjs"), typescriptSource.replace(/: (Policy|DecisionTable)/gu, "").replace(/, type \w+/gu, ""))
    expect(JSON.parse(run(directory, process.execPath, ["index.mjs"]).output)).toEqual(expectedRun)
    cliValidates(directory)
  })

  it("TypeScript 7 (the native compiler): installs and type-checks", () => {
    const directory = project("ts7", { type: "module" }, { "tsconfig.json": tsconfig("nodenext"), "index.ts": typescriptSource }, ["typescript@7.0.2", "@types/node@20.19.43"])
    expect(run(directory, join(directory, "node_modules", ".bin", "tsc"), ["-p", "."]), "tsc 7 type-check").toMatchObject({ status: 0 })
    cliValidates(directory)
  })

  it("plain JavaScript (ESM): installs and runs", () => {
    const source = typescriptSource.replace(/: (Policy|DecisionTable)/gu, "").replace(/, type \w+/gu, "")
    const directory = project("esm", { type: "module" }, { "index.js": source }, [])
    expect(JSON.parse(run(directory, process.execPath, ["index.js"]).output)).toEqual(expectedRun)
    cliValidates(directory)
  })

  it("CommonJS: require() works at run time, and TypeScript checks a .cts file under module nodenext", () => {
    const cjs = `const { loadPolicyFile, lint } = require("appi-policy")
const { check } = require("appi-policy/guard")
const { Guard } = require("appi-policy/core")
const loaded = loadPolicyFile(${JSON.stringify(example)})
const table = Guard.compileGuard(loaded.policy)
console.log(JSON.stringify({ ok: loaded.ok, findings: lint(loaded.policy).length > 0, decision: check(table, { category: "visitors", purpose: "visitor-security" }).code }))
`
    const cts = `import { loadPolicyFile } from "appi-policy"\nimport type { DecisionTable } from "appi-policy/guard"\nexport const ok: boolean = loadPolicyFile("x").ok\nexport type Table = DecisionTable\n`
    const directory = project("cjs", { type: "commonjs" }, { "index.js": cjs, "index.cts": cts, "tsconfig.json": tsconfig("nodenext") }, ["typescript@6.0.3", "@types/node@20.19.43"])
    expect(JSON.parse(run(directory, process.execPath, ["index.js"]).output)).toEqual({ ok: true, findings: true, decision: "declared-purpose" })
    expect(run(directory, join(directory, "node_modules", ".bin", "tsc"), ["-p", "."]), "nodenext .cts type-check").toMatchObject({ status: 0 })
    // module node16 cannot require an ES module (effect is ESM only): TS1479, as the README says.
    writeFileSync(join(directory, "tsconfig.json"), tsconfig("node16"))
    expect(run(directory, join(directory, "node_modules", ".bin", "tsc"), ["-p", "."]).output).toContain("TS1479")
    cliValidates(directory)
  })

  it("a project on Effect 3 installs (effect 4 nested under appi-policy) and runs", () => {
    const source = typescriptSource.replace(/: (Policy|DecisionTable)/gu, "").replace(/, type \w+/gu, "")
    const directory = project("effect3", { type: "module" }, { "index.js": source }, ["effect@3.22.4"])
    expect(run(directory, "node", ["-p", "require('effect/package.json').version"]).output).toBe("3.22.4")
    expect(run(directory, "node", ["-p", "require('./node_modules/appi-policy/node_modules/effect/package.json').version"]).output).toMatch(/^4\./u)
    expect(JSON.parse(run(directory, process.execPath, ["index.js"]).output)).toEqual(expectedRun)
    cliValidates(directory)
  })
})

describe("package lint", () => {
  it("publint finds nothing", () => {
    const result = run(root, join(root, "node_modules", ".bin", "publint"), ["--strict", tarball])
    expect(result, result.output).toMatchObject({ status: 0, output: expect.stringContaining("All good") })
  })

  it("are-the-types-wrong: every entry resolves under node16 (ESM and CJS) and bundler; node10 resolves the main entry only", () => {
    // attw exits before a piped stdout of this size is flushed: read its report from a file.
    const file = join(tempDir("appi-attw-"), "attw.json")
    // It exits 1 for the node10 findings below; the report says what they are.
    spawnSync("sh", ["-c", `"$0" "$1" --format json > "$2"`, join(root, "node_modules", ".bin", "attw"), tarball, file])
    const report = JSON.parse(readFileSync(file, "utf8")) as { problems?: Record<string, ReadonlyArray<{ kind: string; resolutionKind?: string; entrypoint?: string }>> }
    const problems = Object.values(report.problems ?? {}).flat().map((problem) => `${problem.entrypoint ?? "?"} ${problem.resolutionKind ?? "?"} ${problem.kind}`)
    // node10 predates package.json `exports`: it cannot see subpaths, which is expected and documented.
    expect(problems.filter((problem) => !problem.includes(" node10 "))).toEqual([])
    expect(problems.filter((problem) => problem.startsWith(". "))).toEqual([])
    expect(problems).toEqual(["./core node10 NoResolution", "./guard node10 NoResolution", "./codegen node10 NoResolution", "./import node10 NoResolution", "./schema.json node10 NoResolution"])
  })
})
