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
import { WORDS as CHANGELOG_WORDS } from "../diff/changelog/labels.ts"
import { CHANGELOG_LANGS, type ChangelogLang, changelogHtml, changelogMarkdown, changelogText } from "../diff/changelog/layout.ts"
import { diff } from "../diff/diff.ts"
import { IMPACTS, reaches } from "../diff/Impact.ts"
import { asJson } from "../diff/ChangeRule.ts"
import { jsonPatch } from "../diff/patch.ts"
import { MAX_BYTES } from "../load/decodeText.ts"
import type { Diagnostic } from "../core/Diagnostic.ts"
import { type LoadResult, parsePolicy } from "../load/loadPolicy.ts"
import type { Policy } from "../model/Policy.ts"
import { type CliMessages, cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadInput, reportLoadDiagnostics, stdinTwice } from "./input.ts"
import { formatOption, formatsUsage, oneOf, usageError } from "./options.ts"

const FORMATS = ["text", "json", "markdown", "html", "patch"] as const
type Format = (typeof FORMATS)[number]

const gitFailure = (words: CliMessages["git"], file: string, rev: string, path: string, cause: unknown): Diagnostic => {
  const error = cause as NodeJS.ErrnoException & { stderr?: Buffer | string }
  const where = `${rev}:${file}`
  const base = { file: where, severity: "error", path: [] } as const
  if (error.code === "ENOENT") return { ...base, code: "git-not-found", ...words.notFound }
  if (error.code === "ENOBUFS") return { ...base, code: "too-large", message: words.tooLarge({ path, rev, bytes: MAX_BYTES }) }
  const stderr = String(error.stderr ?? "").trim()
  if (/not a git repository/u.test(stderr)) return { ...base, code: "not-a-git-repository", message: words.notARepository({ file }) }
  if (/does not exist in|exists on disk, but not in/u.test(stderr)) return { ...base, code: "not-in-revision", message: words.notInRevision.message({ file, rev }), help: words.notInRevision.help }
  if (/invalid object name|unknown revision|bad revision|ambiguous argument|not a valid object name/u.test(stderr)) {
    return { ...base, code: "unknown-revision", message: words.unknownRevision.message({ rev }), help: words.unknownRevision.help }
  }
  return { ...base, code: "git-failed", message: words.failed({ detail: stderr.split("\n")[0] ?? "unknown error" }) }
}

/** The policy as committed at `rev`: `git show <rev>:./<name>` run in the file's directory (no shell). */
const loadFromGit = (words: CliMessages["git"], rev: string, file: string): LoadResult => {
  const directory = dirname(resolve(file))
  const name = basename(file)
  try {
    const bytes = execFileSync("git", ["show", `${rev}:./${name}`], { cwd: directory, stdio: ["ignore", "pipe", "pipe"], maxBuffer: MAX_BYTES + 1024 })
    return parsePolicy(bytes, { file: `${rev}:${file}` })
  } catch (cause) {
    return { ok: false, file: `${rev}:${file}`, diagnostics: [gitFailure(words, file, rev, name, cause)] }
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
  usage: (words) => words.commands.diff.usage({ formats: formatsUsage(FORMATS), changelogTitle: CHANGELOG_WORDS.ja.title }),
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
    const words = cliMessages(io.lang)
    const { errors } = words
    const format = formatOption(io, "diff", values["format"], FORMATS)
    if (format === undefined || !oneOf(io, "diff", "lang", lang, CHANGELOG_LANGS)) return EXIT_USAGE
    if (failOn !== undefined && !oneOf(io, "diff", "fail-on", failOn, IMPACTS)) return EXIT_USAGE
    if (git !== undefined && (typeof git !== "string" || git === "" || git.startsWith("-"))) return usageError(io, "diff", errors.diff.gitRevision({ value: String(git) }))
    const expected = git === undefined ? 2 : 1
    if (positionals.length !== expected) return usageError(io, "diff", git === undefined ? errors.diff.oldAndNew : errors.diff.gitOneFile)
    if (stdinTwice(positionals)) return usageError(io, "diff", errors.stdinOnce)
    if (git !== undefined && positionals[0] === "-") return usageError(io, "diff", errors.diff.gitNotStdin)
    const related = typeof values["related"] === "string" ? values["related"].split(",").map((id) => id.trim()).filter((id) => id !== "") : []
    const [first, second] = positionals as [string, string | undefined]
    const results = git === undefined ? [loadInput(first, io), loadInput(second!, io)] : [loadFromGit(words.git, git, first), loadInput(first, io)]
    const invalid = results.flatMap((result) => (result.ok ? [] : result.diagnostics))
    if (invalid.length > 0) {
      reportLoadDiagnostics(io, invalid)
      return EXIT_INVALID
    }
    const [before, after] = results.map((result) => (result.ok ? result.policy : undefined)) as [Policy, Policy]
    const { changes, output: text } = output(format, lang, before, after, related)
    io.out(text)
    if (failOn !== undefined && changes.impact !== null && reaches(changes.impact, failOn)) {
      io.err(`appi-policy diff: ${errors.diff.changesReach({ impact: changes.impact, failOn })}`)
      return EXIT_INVALID
    }
    return EXIT_OK
  }
}
