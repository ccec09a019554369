/**
 * CI integration: the GitHub Action (action.yml) and the pre-commit hooks
 * (.pre-commit-hooks.yaml) run what they say. Both files are read, not copied:
 * each `run:` script of the action runs with bash in a temporary git repository,
 * its `env:` filled in from the inputs as GitHub would, and each hook's `entry`
 * runs on the examples. A shim directory first on PATH stands in for `npx` and
 * for the installed `appi-policy` binary and runs this checkout's CLI, so
 * nothing is fetched from the network.
 */
import { execFileSync, spawn } from "node:child_process"
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse, parseDocument } from "yaml"
import { tempDir } from "../tempDir.ts"

const root = join(import.meta.dirname, "..", "..")
const tsx = join(root, "node_modules", ".bin", "tsx")
const cli = join(root, "src", "cli", "main.ts")
const genesis = join(root, "examples", "000-genesis.yaml")

/** `value` as one single-quoted shell word. */
const quoted = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`

// --- the shim: `npx [--yes|--no-install] appi-policy[@version] …` and `appi-policy …` run the local CLI

const shim = tempDir("appi-ci-shim-")
const script = (name: string, body: string): void => {
  writeFileSync(join(shim, name), `#!/usr/bin/env bash\n${body}`)
  chmodSync(join(shim, name), 0o755)
}
script(
  "npx",
  `# npx as the action calls it, without the network: logs the call, drops --yes/--no-install and
# the appi-policy[@version] word, and runs this checkout's CLI with the rest
if [ -n "\${APPI_SHIM_LOG:-}" ]; then printf 'npx %s\\n' "$*" >>"$APPI_SHIM_LOG"; fi
args=()
package=no
for arg in "$@"; do
  case "$arg" in --yes | --no-install) continue ;; esac
  if [ "$package" = no ]; then
    case "$arg" in appi-policy | appi-policy@*) package=yes; continue ;; esac
  fi
  args+=("$arg")
done
if [ "$package" = no ]; then echo "npx shim: no appi-policy package in: $*" >&2; exit 127; fi
exec node ${quoted(tsx)} ${quoted(cli)} "\${args[@]}"
`
)
script("appi-policy", `exec node ${quoted(tsx)} ${quoted(cli)} "$@"\n`)
const PATH = `${shim}:${process.env["PATH"] ?? ""}`

// --- processes

interface Ran {
  readonly code: number
  /** stdout and stderr, interleaved as they arrived. */
  readonly log: string
}

const run = (command: string, args: ReadonlyArray<string>, cwd: string, env: NodeJS.ProcessEnv = { ...process.env, PATH }): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let log = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (log += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (log += chunk))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code: code ?? -1, log }))
  })

const git = (cwd: string, ...args: ReadonlyArray<string>): string =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, stdio: "pipe" })
    .toString()
    .trim()

/** What `appi-policy lint examples/000-genesis.yaml` exits with today (it reports the example's gaps). */
let lintReference: Promise<number> | undefined
const genesisLintExit = (): Promise<number> => (lintReference ??= run("node", [tsx, cli, "lint", "examples/000-genesis.yaml"], root).then((ran) => ran.code))

// --- the action, as GitHub runs a composite action

interface ActionInput {
  readonly description: string
  readonly required?: boolean
  readonly default?: string
}
interface ActionStep {
  readonly name: string
  readonly id?: string
  readonly shell?: string
  readonly run?: string
  readonly uses?: string
  readonly if?: string
  readonly env?: Readonly<Record<string, string>>
}
interface Action {
  readonly name: string
  readonly description: string
  readonly inputs: Readonly<Record<string, ActionInput>>
  readonly outputs: Readonly<Record<string, { readonly description: string; readonly value: string }>>
  readonly runs: { readonly using: string; readonly steps: ReadonlyArray<ActionStep> }
}

const actionText = readFileSync(join(root, "action.yml"), "utf8")
const action = parse(actionText) as Action

type Context = Readonly<Record<string, unknown>>

const lookup = (context: Context, path: string): string => {
  let value: unknown = context
  for (const key of path.split(".")) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined
  return value === undefined || value === null ? "" : String(value)
}

/** The expressions action.yml may use: context paths, string literals, and `||` between them. */
const evaluate = (expression: string, context: Context): string => {
  const operands = expression.split("||").map((operand) => operand.trim())
  const values = operands.map((operand) => {
    if (/^'[^']*'$/u.test(operand)) return operand.slice(1, -1)
    if (/^(inputs|github|steps)(\.[A-Za-z_][\w-]*)+$/u.test(operand)) return lookup(context, operand)
    throw new Error(`action.yml: expression \`${operand}\` is not supported by this test`)
  })
  return values.find((value) => value !== "") ?? ""
}

const substitute = (text: string, context: Context): string => text.replace(/\$\{\{(.*?)\}\}/gsu, (_, expression: string) => evaluate(expression, context))

/** The outputs a step wrote to $GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER` blocks. */
const readOutputs = (file: string): Record<string, string> => {
  const lines = readFileSync(file, "utf8").split("\n")
  const outputs: Record<string, string> = {}
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ""
    const block = /^([\w-]+)<<(.+)$/u.exec(line)
    if (block !== null) {
      const [, name = "", delimiter] = block
      const value: Array<string> = []
      for (index++; lines[index] !== delimiter; index++) {
        if (index >= lines.length) throw new Error(`GITHUB_OUTPUT: \`${name}\` has no closing delimiter`)
        value.push(lines[index] ?? "")
      }
      outputs[name] = value.join("\n")
    } else if (/^[\w-]+=/u.test(line)) {
      const equals = line.indexOf("=")
      outputs[line.slice(0, equals)] = line.slice(equals + 1)
    } else if (line !== "") {
      throw new Error(`GITHUB_OUTPUT: malformed line \`${line}\``)
    }
  }
  return outputs
}

interface ActionRun {
  /** The steps that ran, in order (GitHub stops at the first that fails). */
  readonly steps: ReadonlyArray<{ readonly name: string; readonly code: number }>
  /** The action's outputs, from its `outputs:` section. */
  readonly outputs: Readonly<Record<string, string>>
  /** Every step's log, in order. */
  readonly log: string
  /** The job summary the steps wrote. */
  readonly summary: string
  /** Each `npx` call, as `npx <args>`. */
  readonly npx: ReadonlyArray<string>
  /** Whether every step succeeded. */
  readonly ok: boolean
}

const runAction = async (workspace: string, given: Readonly<Record<string, string>>, github: Context): Promise<ActionRun> => {
  for (const name of Object.keys(given)) if (!(name in action.inputs)) throw new Error(`action.yml has no input \`${name}\``)
  const inputs: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    inputs[name] = given[name] ?? substitute(input.default ?? "", { github })
    if (input.required === true && inputs[name] === "") throw new Error(`input \`${name}\` is required`)
  }
  const runner = tempDir("appi-ci-runner-")
  const summaryFile = join(runner, "step-summary.md")
  const shimLog = join(runner, "npx.log")
  writeFileSync(summaryFile, "")
  writeFileSync(shimLog, "")
  const stepResults: Record<string, { outputs: Record<string, string> }> = {}
  const ran: Array<{ name: string; code: number }> = []
  let log = ""
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.shell !== "bash" || step.run === undefined) throw new Error(`step \`${step.name}\` is not a bash \`run:\` step`)
    const context = { inputs, github, steps: stepResults }
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(String(value), context)]))
    const outputFile = join(runner, `output-${index}`)
    const scriptFile = join(runner, `step-${index}.sh`)
    writeFileSync(outputFile, "")
    writeFileSync(scriptFile, step.run)
    // What GitHub runs for `shell: bash`.
    const result = await run("bash", ["--noprofile", "--norc", "-eo", "pipefail", scriptFile], workspace, {
      ...process.env,
      PATH,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runner,
      APPI_SHIM_LOG: shimLog,
      ...env
    })
    log += result.log
    ran.push({ name: step.name, code: result.code })
    if (step.id !== undefined) stepResults[step.id] = { outputs: readOutputs(outputFile) }
    if (result.code !== 0) break
  }
  const context = { inputs, github, steps: stepResults }
  return {
    steps: ran,
    outputs: Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, substitute(output.value, context)])),
    log,
    summary: readFileSync(summaryFile, "utf8"),
    npx: readFileSync(shimLog, "utf8").split("\n").filter((line) => line !== ""),
    ok: ran.length === action.runs.steps.length && ran.every((step) => step.code === 0)
  }
}

/** A git repository whose first commit holds `files` (path → source file). */
const repository = (prefix: string, files: Readonly<Record<string, string>>): { readonly dir: string; readonly base: string } => {
  const dir = tempDir(prefix)
  git(dir, "init", "-q")
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true })
    copyFileSync(source, join(dir, path))
  }
  git(dir, "add", "-A")
  git(dir, "commit", "-q", "-m", "base")
  return { dir, base: git(dir, "rev-parse", "HEAD") }
}

/** Edits a YAML policy in place (comments kept) and commits everything. */
const commitEdit = (dir: string, path: string, edit: (document: ReturnType<typeof parseDocument>) => void): string => {
  const document = parseDocument(readFileSync(join(dir, path), "utf8"))
  edit(document)
  writeFileSync(join(dir, path), document.toString())
  git(dir, "add", "-A")
  git(dir, "commit", "-q", "-m", "change")
  return git(dir, "rev-parse", "HEAD")
}

const stepCodes = (result: ActionRun): ReadonlyArray<number> => result.steps.map((step) => step.code)

describe("action.yml", () => {
  it("is a composite action of bash scripts that read their inputs through env: only", () => {
    expect(action.name).toBe("appi-policy")
    expect(action.runs.using).toBe("composite")
    expect(Object.keys(action.inputs)).toEqual(["policy", "fail-on", "base", "lang", "sarif", "version"])
    expect(action.inputs["policy"]?.required).toBe(true)
    expect(action.inputs["fail-on"]?.default).toBe("consent")
    expect(action.inputs["base"]?.default).toBe("${{ github.event.pull_request.base.sha }}")
    expect(action.inputs["lang"]?.default).toBe("en")
    expect(action.inputs["sarif"]?.default).toBe("appi-policy.sarif")
    expect(action.inputs["version"]?.default).toBe("latest")
    for (const input of Object.values(action.inputs)) expect(input.description).not.toBe("")
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(["lint-exit-code", "impact"]))
    for (const step of action.runs.steps) {
      expect(step.uses, step.name).toBeUndefined()
      expect(step.shell, step.name).toBe("bash")
      expect(step.run, step.name).not.toContain("${{")
      // Every expression in env: is one this test can evaluate (it throws on any other).
      for (const value of Object.values(step.env ?? {})) substitute(String(value), {})
    }
    // The SARIF upload is documented for the calling workflow, not done by the action.
    expect(actionText).toContain("github/codeql-action/upload-sarif@v3")
  })

  describe.concurrent("run in a pull request", () => {
    it("passes the gate on an editorial change, writes SARIF and reports lint as the CLI does", async () => {
      const { dir, base } = repository("appi-ci-editorial-", { "policy.yaml": genesis })
      const head = commitEdit(dir, "policy.yaml", (document) => document.setIn(["title", "en"], "Handling of Personal Information (revised)"))
      const result = await runAction(dir, { policy: "policy.yaml" }, { sha: head, event_name: "pull_request", event: { pull_request: { base: { sha: base } } } })
      const lintExit = await genesisLintExit()

      expect(result.steps.map((step) => step.name)).toEqual(action.runs.steps.map((step) => step.name))
      expect(stepCodes(result)).toEqual([0, 0, 0, lintExit === 0 ? 0 : 1])
      expect(result.outputs).toEqual({ "lint-exit-code": String(lintExit), impact: "editorial", "gate-exit-code": "0", "sarif-file": "appi-policy.sarif" })

      const sarif = JSON.parse(readFileSync(join(dir, "appi-policy.sarif"), "utf8")) as {
        version: string
        runs: ReadonlyArray<{ results: ReadonlyArray<{ message: { text: string }; locations: ReadonlyArray<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>
      }
      expect(sarif.version).toBe("2.1.0")
      const results = sarif.runs[0]?.results ?? []
      expect(results.length > 0).toBe(lintExit !== 0)
      for (const finding of results) {
        expect(finding.locations[0]?.physicalLocation.artifactLocation.uri).toBe("policy.yaml")
        expect(result.log).toContain(finding.message.text) // the text findings are in the log too
      }

      expect(result.log).toContain(`appi-policy: 1 policy file(s): policy.yaml`)
      expect(result.log).toContain(`base revision ${base}, fail-on consent, appi-policy version latest`)
      expect(result.log).toContain("appi-policy lint: SARIF written to appi-policy.sarif")
      expect(result.log).toContain("Handling of Personal Information (revised)") // the changelog, in English
      expect(result.log).toContain("policy.yaml: the highest impact, editorial, is below fail-on consent: the gate passes")
      expect(result.log).toContain("appi-policy: diff gate passed (highest impact: editorial, fail-on: consent)")
      expect(result.log).toContain(lintExit === 0 ? "appi-policy: lint passed" : `appi-policy: lint failed (exit ${lintExit})`)
      expect(result.summary).toContain("| `policy.yaml` | editorial | passed |")
      // version latest: `npx --yes appi-policy@latest`, for text and SARIF lint, the JSON and the text diff.
      expect(result.npx).toEqual([
        "npx --yes appi-policy@latest lint --format text --lang en -- policy.yaml",
        "npx --yes appi-policy@latest lint --format sarif --lang en -- policy.yaml",
        `npx --yes appi-policy@latest diff --git ${base} --format json -- policy.yaml`,
        `npx --yes appi-policy@latest diff --git ${base} --fail-on consent --lang en -- policy.yaml`
      ])
    })

    it("fails the gate on a new purpose (consent) and does not gate a new file", async () => {
      const { dir } = repository("appi-ci-consent-", { "policy/genesis.yaml": genesis })
      copyFileSync(join(root, "examples", "001-smilemore.yaml"), join(dir, "policy", "smilemore.yaml"))
      commitEdit(dir, "policy/genesis.yaml", (document) =>
        document.addIn(["purposes", "items"], {
          id: "new-analytics",
          group: "disclosable-data",
          text: { ja: "来訪者の行動を分析するため", en: "To analyse visitors' behaviour" },
          categories: ["visitors"],
          tags: ["statistics"]
        })
      )
      // A push, not a pull request: no base sha, so the action compares with HEAD~1.
      const result = await runAction(dir, { policy: "policy/*.yaml", version: "local", lang: "ja", sarif: "" }, { event_name: "push", event: {} })

      expect(stepCodes(result)).toEqual([0, 0, 0, 1])
      expect(result.outputs["impact"]).toBe("consent")
      expect(result.outputs["gate-exit-code"]).toBe("1")
      expect(result.outputs["lint-exit-code"]).toMatch(/^[01]$/u)
      expect(result.outputs["sarif-file"]).toBe("")
      expect(existsSync(join(dir, "appi-policy.sarif"))).toBe(false)

      expect(result.log).toContain("appi-policy: 2 policy file(s): policy/genesis.yaml policy/smilemore.yaml")
      expect(result.log).toContain("base revision HEAD~1")
      expect(result.log).toContain("appi-policy lint: no SARIF file written (input sarif is empty)")
      expect(result.log).toContain("policy/smilemore.yaml is a new file (it does not exist at HEAD~1): nothing to compare, the gate does not apply")
      expect(result.log).toContain("改定履歴") // the changelog, in Japanese
      expect(result.log).toContain("new-analytics")
      expect(result.log).toContain("::error file=policy/genesis.yaml,title=appi-policy diff gate::policy/genesis.yaml: the changes reach consent (fail-on: consent): the gate fails")
      expect(result.log).toContain("appi-policy: diff gate failed (exit 1, highest impact: consent, fail-on: consent)")
      expect(result.summary).toContain("| `policy/genesis.yaml` | consent | **failed** |")
      expect(result.summary).toContain("| `policy/smilemore.yaml` | new file | not gated |")
      // version local: `npx --no-install appi-policy`; the new file is never diffed.
      expect(result.npx).toEqual([
        "npx --no-install appi-policy lint --format text --lang ja -- policy/genesis.yaml policy/smilemore.yaml",
        "npx --no-install appi-policy diff --git HEAD~1 --format json -- policy/genesis.yaml",
        "npx --no-install appi-policy diff --git HEAD~1 --fail-on consent --lang ja -- policy/genesis.yaml"
      ])
    })

    it("says so when the base revision is not in the clone", async () => {
      const { dir } = repository("appi-ci-nobase-", { "policy.yaml": genesis })
      const missing = "0123456789abcdef0123456789abcdef01234567"
      const result = await runAction(dir, { policy: "policy.yaml", sarif: "" }, { event: { pull_request: { base: { sha: missing } } } })
      expect(stepCodes(result)).toEqual([0, 0, 0, 1])
      expect(result.outputs["gate-exit-code"]).toBe("2")
      expect(result.log).toContain(`::error title=appi-policy diff::base revision ${missing} is not available: check out with fetch-depth: 0`)
      expect(result.npx.filter((call) => call.includes(" diff "))).toEqual([])
    })

    it("rejects bad inputs before running anything, and never evaluates them as shell", async () => {
      const { dir } = repository("appi-ci-inputs-", { "policy.yaml": genesis })
      const badImpact = await runAction(dir, { policy: "policy.yaml", "fail-on": "severe" }, { event: {} })
      expect(stepCodes(badImpact)).toEqual([2])
      expect(badImpact.log).toContain("::error title=appi-policy::input fail-on must be one of editorial, publish, notify, notify-in-advance, consent, not 'severe'")

      const noMatch = await runAction(dir, { policy: "nothing/*.yaml" }, { event: {} })
      expect(stepCodes(noMatch)).toEqual([2])
      expect(noMatch.log).toContain("::warning title=appi-policy::policy pattern 'nothing/*.yaml' matches no file")
      expect(noMatch.log).toContain("no policy file matches input policy 'nothing/*.yaml'")

      const injected = await runAction(dir, { policy: "$(touch${IFS}pwned)" }, { event: {} })
      expect(stepCodes(injected)).toEqual([2])
      expect(injected.log).toContain("::error title=appi-policy::policy file '$(touch${IFS}pwned)' does not exist")
      expect(existsSync(join(dir, "pwned"))).toBe(false)
      expect(badImpact.npx.concat(noMatch.npx, injected.npx)).toEqual([])
    })
  })
})

describe(".pre-commit-hooks.yaml", () => {
  interface Hook {
    readonly id: string
    readonly name: string
    readonly entry: string
    readonly language: string
    readonly files: string
    readonly pass_filenames: boolean
  }
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as ReadonlyArray<Hook>
  const hook = (id: string): Hook => {
    const found = hooks.find((candidate) => candidate.id === id)
    if (found === undefined) throw new Error(`no hook \`${id}\``)
    return found
  }
  /** The hook as pre-commit runs it: its entry's words, then the file names. */
  const runHook = (id: string, files: ReadonlyArray<string>): Promise<Ran> => {
    const [command = "", ...args] = hook(id).entry.split(/\s+/u)
    return run(command, [...args, ...files], root)
  }
  const examples = readdirSync(join(root, "examples"))
    .filter((name) => /^\d{3}-.*\.yaml$/u.test(name))
    .sort()
    .map((name) => `examples/${name}`)

  it("declares a validate and a lint hook, installed with node, on the files pre-commit passes", () => {
    expect(hooks.map((candidate) => candidate.id)).toEqual(["appi-policy-validate", "appi-policy-lint"])
    expect(hook("appi-policy-validate").entry).toBe("appi-policy validate")
    expect(hook("appi-policy-lint").entry).toBe("appi-policy lint")
    for (const candidate of hooks) {
      expect(candidate.language).toBe("node")
      expect(candidate.pass_filenames).toBe(true)
      expect(candidate.name).not.toBe("")
      const files = new RegExp(candidate.files, "u")
      for (const example of examples) expect(files.test(example), example).toBe(true)
      expect(files.test("policy/privacy.yml")).toBe(true)
      expect(files.test("policy/privacy.json")).toBe(true)
      expect(files.test("src/index.ts")).toBe(false)
    }
  })

  describe.concurrent("entries", () => {
    it("validate passes on the examples", async () => {
      expect(examples.length).toBeGreaterThan(0)
      const ran = await runHook("appi-policy-validate", examples)
      expect(ran).toMatchObject({ code: 0, log: expect.stringContaining(`${examples.length} valid, 0 invalid`) })
    })

    it("validate fails on a broken copy", async () => {
      const broken = join(tempDir("appi-ci-broken-"), "policy.yaml")
      const source = readFileSync(genesis, "utf8")
      writeFileSync(broken, source.replace("categories: [entrusted-client-data]", "categories: [no-such-category]"))
      const ran = await runHook("appi-policy-validate", [broken])
      expect(ran).toMatchObject({ code: 1, log: expect.stringContaining("0 valid, 1 invalid") })
    })

    it("lint exits as the CLI does on the same file", async () => {
      const [ran, expected] = await Promise.all([runHook("appi-policy-lint", ["examples/000-genesis.yaml"]), genesisLintExit()])
      expect(ran.code).toBe(expected)
      expect(ran.log).toContain("examples/000-genesis.yaml")
    })
  })
})
