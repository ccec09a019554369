import { execFileSync } from "node:child_process"
import { copyFileSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { applyPatch } from "../diff/applyPatch.ts"
import type { ChangeSet } from "../diff/ChangeSet.ts"
import { example, examplePath, revise } from "../../test/diffFixture.ts"
import { canonical } from "../diff/Json.ts"
import { diffCommand } from "./diff.ts"
import { runCommand } from "../../test/cli.ts"
import { tempDir } from "../../test/tempDir.ts"

const workspace = tempDir("appi-diff-")
const centrexPath = examplePath("003-centrex")
const centrexYaml = readFileSync(centrexPath, "utf8")

/** A revised copy of a seed: its YAML with `from` replaced by `to`. */
const editedYaml = (name: string, from: string, to: string): string => {
  expect(centrexYaml).toContain(from)
  const path = join(workspace, name)
  writeFileSync(path, centrexYaml.replace(from, to))
  return path
}

const feeRaised = editedYaml("fee.yaml", "amount: 1000", "amount: 1100")
const purposeAdded = join(workspace, "purpose.json")
writeFileSync(
  purposeAdded,
  JSON.stringify(revise(example("003-centrex"), (d) => d.purposes.items.push({ id: "ad-delivery", text: { ja: "広告配信", en: "Ad delivery" }, categories: ["app-development"] })))
)

const run = (values: Parameters<typeof runCommand>[2], positionals: ReadonlyArray<string>) => runCommand(diffCommand, positionals, values)

describe("appi-policy diff", () => {
  it("prints the changelog as text by default, in both languages", () => {
    const result = run({}, [centrexPath, feeRaised])
    expect(result.code).toBe(0)
    expect(result.out).toContain("・変更: request-fee › 金額: 1,000 → 1,100\n  changed: request-fee › amount: 1,000 → 1,100")
    expect(result.err).toBe("")
  })

  it("prints Markdown in one language", () => {
    const result = run({ format: "md", lang: "en" }, [centrexPath, feeRaised])
    expect(result.out).toMatch(/^# Revision history\n/u)
    expect(result.out).not.toContain("手数料")
  })

  it("prints the changelog as an HTML page", () => {
    const result = run({ format: "html", lang: "ja" }, [centrexPath, feeRaised])
    expect(result.out).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/u)
    expect(result.out).toContain("<h2>手数料</h2>")
  })

  it("prints the ChangeSet as JSON", () => {
    const changes = JSON.parse(run({ format: "json" }, [centrexPath, feeRaised]).out) as ChangeSet
    expect(changes).toMatchObject({ impact: "publish", changes: [{ id: "fee-changed", before: 1000, after: 1100, pointer: "/fees/0/amount" }] })
  })

  it("prints an RFC 6902 patch that turns the old document into the new", () => {
    const patch = JSON.parse(run({ format: "patch" }, [centrexPath, purposeAdded]).out) as ReadonlyArray<unknown>
    const applied = applyPatch(example("003-centrex") as never, patch)
    expect(applied.ok && canonical(applied.value)).toBe(canonical(JSON.parse(readFileSync(purposeAdded, "utf8"))))
  })

  it("--fail-on: exit 1 when a change reaches the impact", () => {
    expect(run({ "fail-on": "notify" }, [centrexPath, feeRaised]).code).toBe(0)
    const gate = run({ "fail-on": "consent" }, [centrexPath, purposeAdded])
    expect(gate.code).toBe(1)
    expect(gate.err).toBe("appi-policy diff: the changes reach `consent` (--fail-on consent)")
    expect(run({ "fail-on": "notify" }, [centrexPath, purposeAdded]).code).toBe(1)
  })

  it("--related: a purpose judged reasonably related needs notice, not consent", () => {
    expect(run({ "fail-on": "consent", related: "ad-delivery, other" }, [centrexPath, purposeAdded]).code).toBe(0)
    expect(run({ "fail-on": "notify", related: "ad-delivery" }, [centrexPath, purposeAdded]).code).toBe(1)
  })

  it("reports an invalid or missing policy with its diagnostics, exit 1", () => {
    const broken = editedYaml("broken.yaml", "amount: 1000", "amount: lots")
    const result = run({}, [centrexPath, broken])
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/broken\.yaml:\d+:\d+ {2}\S+ {2}/u)
    expect(run({}, ["missing.yaml", centrexPath]).err).toBe("missing.yaml  cannot-read  no such file")
  })

  it.each([
    [{ format: "pdf" }, [centrexPath, feeRaised], "--format must be one of `text`, `json`, `markdown`, `md`, `html`, `patch`, not `pdf`"],
    [{ lang: "fr" }, [centrexPath, feeRaised], "--lang must be one of `ja`, `en`, `ja+en`, not `fr`"],
    [{ "fail-on": "severe" }, [centrexPath, feeRaised], "--fail-on must be one of `editorial`, `publish`, `notify`, `notify-in-advance`, `consent`, not `severe`"],
    [{}, [centrexPath], "name the old and the new policy file"],
    [{ git: "HEAD" }, [centrexPath, feeRaised], "with --git, name one policy file (its committed version is the old one)"],
    [{ git: "--output=/tmp/x" }, [centrexPath], "--git needs a revision such as `HEAD`, not `--output=/tmp/x`"]
  ])("usage error: %j", (values, positionals, message) => {
    const result = run(values, positionals)
    expect(result).toMatchObject({ code: 2, err: `appi-policy diff: ${message}` })
  })
})

describe("appi-policy diff --git", () => {
  const repository = tempDir("appi-diff-git-")
  const git = (...args: ReadonlyArray<string>) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: repository, stdio: "pipe" })
  const policy = join(repository, "policy.yaml")
  git("init", "-q")
  copyFileSync(centrexPath, policy)
  git("add", "policy.yaml")
  git("commit", "-q", "-m", "policy")
  writeFileSync(policy, centrexYaml.replace("amount: 1000", "amount: 1100"))

  it("compares the file with its committed version", () => {
    const changes = JSON.parse(run({ git: "HEAD", format: "json" }, [policy]).out) as ChangeSet
    expect(changes.changes.map((change) => change.id)).toEqual(["fee-changed"])
  })

  it("names an unknown revision or a path not in it", () => {
    expect(run({ git: "no-such-branch" }, [policy])).toMatchObject({ code: 1, err: expect.stringContaining(`no-such-branch:${policy}  unknown-revision  unknown revision \`no-such-branch\``) })
    const untracked = join(repository, "other.yaml")
    copyFileSync(centrexPath, untracked)
    expect(run({ git: "HEAD" }, [untracked]).err).toContain(`HEAD:${untracked}  not-in-revision  \`${untracked}\` does not exist in \`HEAD\``)
  })

  it("says so in the locale's language", () => {
    expect(runCommand(diffCommand, [policy], { git: "no-such-branch" }, { lang: "ja" })).toMatchObject({
      code: 1,
      err: `no-such-branch:${policy}  unknown-revision  不明なリビジョン \`no-such-branch\` です\n    対応: コミット、ブランチ又はタグを指定してください。例: \`HEAD~1\`、\`main\``
    })
  })

  it("names a file outside any repository", () => {
    const outside = join(tempDir("appi-diff-nogit-"), "policy.yaml")
    copyFileSync(centrexPath, outside)
    expect(run({ git: "HEAD" }, [outside]).err).toContain("not-a-git-repository")
  })
})
