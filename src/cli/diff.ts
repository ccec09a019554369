/**
 * `appi-policy diff <old> <new>` and `appi-policy diff --git <rev> <file>`:
 * what changed between two versions of a policy and what it obliges the
 * operator to do, as a changelog, JSON or an RFC 6902 patch; `--fail-on`
 * makes it a CI gate.
 *
 * @since 0.1.0
 */
import { execFileSync } from "node:child_process"
import { basename, dirname, resolve } from "node:path"
import { CHANGELOG_LANGS, type ChangelogLang, changelogHtml, changelogMarkdown, changelogText } from "../diff/changelog/layout.ts"
import { diff } from "../diff/diff.ts"
import { IMPACTS, isImpact, reaches } from "../diff/Impact.ts"
import { asJson } from "../diff/ChangeRule.ts"
import { jsonPatch } from "../diff/patch.ts"
import { MAX_BYTES } from "../load/decodeText.ts"
import { type Diagnostic, formatDiagnostic } from "../core/Diagnostic.ts"
import { type LoadResult, parsePolicy } from "../load/loadPolicy.ts"
import type { Policy } from "../model/Policy.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadInput, stdinTwice } from "./input.ts"
import { formatOption, formatsUsage, notOneOf, usageError } from "./options.ts"

const FORMATS = ["text", "json", "markdown", "html", "patch"] as const
type Format = (typeof FORMATS)[number]

const gitFailure = (file: string, rev: string, path: string, cause: unknown): Diagnostic => {
  const error = cause as NodeJS.ErrnoException & { stderr?: Buffer | string }
  const where = `${rev}:${file}`
  const base = { file: where, severity: "error", path: [] } as const
  if (error.code === "ENOENT") return { ...base, code: "git-not-found", message: "cannot run `git`", help: "install git, or compare two files: `appi-policy diff <old> <new>`" }
  if (error.code === "ENOBUFS") return { ...base, code: "too-large", message: `\`${path}\` at \`${rev}\` is larger than ${MAX_BYTES} bytes` }
  const stderr = String(error.stderr ?? "").trim()
  if (/not a git repository/u.test(stderr)) return { ...base, code: "not-a-git-repository", message: `\`${file}\` is not in a git repository` }
  if (/does not exist in|exists on disk, but not in/u.test(stderr)) {
    return { ...base, code: "not-in-revision", message: `\`${file}\` does not exist in \`${rev}\``, help: "check the path, or name a revision where the file exists" }
  }
  if (/invalid object name|unknown revision|bad revision|ambiguous argument|not a valid object name/u.test(stderr)) {
    return { ...base, code: "unknown-revision", message: `unknown revision \`${rev}\``, help: "name a commit, branch or tag, e.g. `HEAD~1` or `main`" }
  }
  return { ...base, code: "git-failed", message: `git show failed: ${stderr.split("\n")[0] ?? "unknown error"}` }
}

/** The policy as committed at `rev`: `git show <rev>:./<name>` run in the file's directory (no shell). */
const loadFromGit = (rev: string, file: string): LoadResult => {
  const directory = dirname(resolve(file))
  const name = basename(file)
  try {
    const bytes = execFileSync("git", ["show", `${rev}:./${name}`], { cwd: directory, stdio: ["ignore", "pipe", "pipe"], maxBuffer: MAX_BYTES + 1024 })
    return parsePolicy(bytes, { file: `${rev}:${file}` })
  } catch (cause) {
    return { ok: false, file: `${rev}:${file}`, diagnostics: [gitFailure(file, rev, name, cause)] }
  }
}

const output = (format: Format, lang: ChangelogLang, before: Policy, after: Policy, related: ReadonlyArray<string>) => {
  const changes = diff(before, after, { related })
  switch (format) {
    case "json":
      return { changes, output: JSON.stringify(changes, null, 2) }
    case "patch":
      return { changes, output: JSON.stringify(jsonPatch(asJson(before), asJson(after)), null, 2) }
    case "markdown":
      return { changes, output: changelogMarkdown(changes, { lang }).trimEnd() }
    case "html":
      return { changes, output: changelogHtml(changes, { lang }).trimEnd() }
    case "text":
      return { changes, output: changelogText(changes, { lang }).trimEnd() }
  }
}

export const diffCommand: Command = {
  summary: "what changed between two versions of a policy, and what the change obliges the operator to do",
  usage: [
    `usage: appi-policy diff <old> <new> [--format ${formatsUsage(FORMATS)}] [--lang ja|en|ja+en] [--fail-on <impact>] [--related <ids>]`,
    "       appi-policy diff --git <rev> <file> [options]",
    "",
    "Compares two versions of a policy entry by entry (matched by id, never by position) and classifies",
    "each change by what it obliges: editorial < publish < notify < notify-in-advance < consent.",
    "Either file may be `-` for standard input (not both).",
    "",
    "options:",
    "  --git <rev>          compare <file> as committed at <rev> (a commit, branch or tag) with the file as it is",
    `  --format ${formatsUsage(FORMATS)}`,
    "                       text (default): the changelog (改定履歴) as plain text, for a revision notice;",
    "                       markdown (or md): the changelog in Markdown; html: the changelog as a standalone page;",
    "                       json: the ChangeSet; patch: an RFC 6902 JSON Patch",
    "  --lang ja|en|ja+en   language of text, markdown and html (default ja+en)",
    "  --fail-on <impact>   exit 1 when a change reaches the impact, e.g. notify or consent (for CI)",
    "  --related <ids>      comma-separated purpose ids judged reasonably related to the old purposes (17(2)):",
    "                       adding or widening them needs notice (21(3)), not consent",
    "  -h, --help           show this help",
    "",
    "exit status: 0 done, 1 a change reaches --fail-on or a policy is invalid, 2 usage error"
  ].join("\n"),
  options: {
    format: { type: "string", default: "text" },
    lang: { type: "string", default: "ja+en" },
    "fail-on": { type: "string" },
    related: { type: "string" },
    git: { type: "string" }
  },
  run: (values, positionals, io) => {
    const { lang, git } = values
    const failOn = values["fail-on"]
    const format = formatOption(io, "diff", values["format"], FORMATS)
    if (format === undefined) return EXIT_USAGE
    if (!CHANGELOG_LANGS.includes(lang as ChangelogLang)) return usageError(io, "diff", notOneOf("lang", lang, CHANGELOG_LANGS))
    if (failOn !== undefined && !isImpact(failOn)) return usageError(io, "diff", notOneOf("fail-on", failOn, IMPACTS))
    if (git !== undefined && (typeof git !== "string" || git === "" || git.startsWith("-"))) return usageError(io, "diff", `--git needs a revision such as \`HEAD\`, not \`${String(git)}\``)
    const expected = git === undefined ? 2 : 1
    if (positionals.length !== expected) {
      return usageError(io, "diff", git === undefined ? "name the old and the new policy file" : "with --git, name one policy file (its committed version is the old one)")
    }
    if (stdinTwice(positionals)) return usageError(io, "diff", "standard input (`-`) can be named once")
    if (git !== undefined && positionals[0] === "-") return usageError(io, "diff", "with --git, name the policy file itself, not `-`")
    const related = typeof values["related"] === "string" ? values["related"].split(",").map((id) => id.trim()).filter((id) => id !== "") : []
    const [first, second] = positionals as [string, string | undefined]
    const results = git === undefined ? [loadInput(first, io), loadInput(second!, io)] : [loadFromGit(git, first), loadInput(first, io)]
    const invalid = results.flatMap((result) => (result.ok ? [] : result.diagnostics))
    if (invalid.length > 0) {
      invalid.forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))
      return EXIT_INVALID
    }
    const [before, after] = results.map((result) => (result.ok ? result.policy : undefined)) as [Policy, Policy]
    const { changes, output: text } = output(format, lang as ChangelogLang, before, after, related)
    io.out(text)
    if (failOn !== undefined && reaches(changes.impact, failOn)) {
      io.err(`appi-policy diff: the changes reach \`${changes.impact}\` (--fail-on ${failOn})`)
      return EXIT_INVALID
    }
    return EXIT_OK
  }
}
