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
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadInput, stdinTwice } from "./input.ts"
import { formatOption, oneOf, reportLang, usageError } from "./options.ts"

const FORMATS = ["text", "json", "sarif"] as const
const LANGS = ["en", "ja"] as const

/** `--rule` given once is a string, given several times a list (`multiple: true`). */
const ruleArguments = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : typeof value === "string" ? [value] : []

/** @since 0.1.0 */
export const lintCommand: Command = {
  usage: (words) => words.commands.lint.usage(),
  options: { format: { type: "string", default: "text" }, rule: { type: "string", multiple: true }, lang: { type: "string" } },
  run: (values, files, io) => {
    const format = formatOption(io, "lint", values["format"], FORMATS)
    const lang = reportLang(values, io)
    if (format === undefined || !oneOf(io, "lint", "lang", lang, LANGS)) return EXIT_USAGE
    const { errors } = cliMessages(io.lang)
    const settings: Record<string, RuleSetting> = {}
    for (const argument of ruleArguments(values["rule"])) {
      const parsed = parseRuleSetting(argument)
      if (parsed === undefined) {
        return usageError(io, "lint", errors.lint.ruleSetting({ argument }))
      }
      settings[parsed[0]] = parsed[1]
    }
    const unknown = unknownRules(settings, rules)
    if (unknown.length > 0) {
      unknown.forEach((error) => io.err(`appi-policy lint: ${errors.lint.unknownRule({ value: error.rule, suggestion: error.suggestion, english: error.message })}`))
      return EXIT_USAGE
    }
    if (files.length === 0) return usageError(io, "lint", errors.atLeastOneFile)
    if (stdinTwice(files)) return usageError(io, "lint", errors.stdinOnce)
    const reports = files.map((file) => lintLoadResult(loadInput(file, io), { rules: settings, lang }))
    const output = format === "json" ? formatJson(reports, lang) : format === "sarif" ? formatSarif(reports, rules, lang) : formatText(reports, lang)
    io.out(output.replace(/\n$/u, ""))
    const failed = reports.some((report) => !report.ok || report.diagnostics.some((d) => d.severity === "error"))
    return failed ? EXIT_INVALID : EXIT_OK
  }
}
