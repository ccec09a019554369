/**
 * `appi-policy lint <files…> [--format text|json|sarif] [--rule id=off|warn|error]… [--lang en|ja]`.
 *
 * @since 0.1.0
 */
import { formatJson, formatText } from "../lint/report.ts"
import { lintLoadResult } from "../lint/lintSource.ts"
import type { RuleSetting } from "../lint/Rule.ts"
import { rules } from "../lint/rules/index.ts"
import { formatSarif } from "../lint/sarif.ts"
import { parseRuleSetting, unknownRules } from "../lint/settings.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadInput, stdinTwice } from "./input.ts"
import { formatOption, oneOf, usageError } from "./options.ts"

const FORMATS = ["text", "json", "sarif"] as const
const LANGS = ["en", "ja"] as const

/** `--rule` given once is a string, given several times a list (`multiple: true`). */
const ruleArguments = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : typeof value === "string" ? [value] : []

/** @since 0.1.0 */
export const lintCommand: Command = {
  summary: "check policies against APPI (each finding cites its article)",
  usage: [
    "usage: appi-policy lint <files…> [--format text|json|sarif] [--rule <id>=off|warn|error]… [--lang en|ja]",
    "",
    "Loads each policy and checks it against the Act on the Protection of Personal Information: operator identity,",
    "purposes, provision, joint use, opt-out, requests and fees, security measures, contact windows and more.",
    "The rules and the law behind each are in docs/rules.md (in the installed package:",
    "node_modules/appi-policy/docs/rules.md). A file may be `-` for standard input.",
    "",
    "options:",
    "  --format text|json|sarif  text (default): `file:line:col  severity  rule  message` per finding;",
    "                            json: { files: [{ file, valid, diagnostics }], errors, warnings };",
    "                            sarif: SARIF 2.1.0 for GitHub code scanning",
    "  --rule <id>=<setting>     turn a rule off, or make it a warning or an error (repeatable)",
    "  --lang en|ja              language of the messages (default en)",
    "  -h, --help                show this help",
    "",
    "exit status: 0 no errors (warnings allowed), 1 some error or a file that does not load, 2 usage error"
  ].join("\n"),
  options: { format: { type: "string", default: "text" }, rule: { type: "string", multiple: true }, lang: { type: "string", default: "en" } },
  run: (values, files, io) => {
    const format = formatOption(io, "lint", values["format"], FORMATS)
    const lang = values["lang"]
    if (format === undefined || !oneOf(io, "lint", "lang", lang, LANGS)) return EXIT_USAGE
    const settings: Record<string, RuleSetting> = {}
    for (const argument of ruleArguments(values["rule"])) {
      const parsed = parseRuleSetting(argument)
      if (parsed === undefined) {
        return usageError(io, "lint", `--rule takes \`<id>=off|warn|error\`, not \`${argument}\``)
      }
      settings[parsed[0]] = parsed[1]
    }
    const unknown = unknownRules(settings, rules)
    if (unknown.length > 0) {
      unknown.forEach((error) => io.err(`appi-policy lint: ${error.message}`))
      return EXIT_USAGE
    }
    if (files.length === 0) return usageError(io, "lint", "name at least one policy file")
    if (stdinTwice(files)) return usageError(io, "lint", "standard input (`-`) can be named once")
    const reports = files.map((file) => lintLoadResult(loadInput(file, io), { rules: settings, lang }))
    const output = format === "json" ? formatJson(reports, lang) : format === "sarif" ? formatSarif(reports, rules, lang) : formatText(reports, lang)
    io.out(output.replace(/\n$/u, ""))
    const failed = reports.some((report) => !report.ok || report.diagnostics.some((d) => d.severity === "error"))
    return failed ? EXIT_INVALID : EXIT_OK
  }
}
