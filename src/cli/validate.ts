/**
 * `appi-policy validate <files…> [--format text|json]`.
 *
 * @since 0.1.0
 */
import { toPointer } from "../core/Diagnostic.ts"
import { localizeLoadDiagnostic } from "../load/messages.ts"
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK } from "./Command.ts"
import { formatLoadDiagnostic, loadInput, stdinTwice } from "./input.ts"
import { formatOption, oneOf, reportLang, usageError } from "./options.ts"
import { REPORT_WORDS } from "../core/report/index.ts"

const FORMATS = ["text", "json"] as const
const LANGS = ["en", "ja"] as const

export const validateCommand: Command = {
  usage: (words) => words.commands.validate.usage(),
  options: { format: { type: "string", default: "text" }, lang: { type: "string" } },
  run: (values, files, io) => {
    const format = formatOption(io, "validate", values["format"], FORMATS)
    if (format === undefined) return 2
    const lang = reportLang(values, io)
    if (!oneOf(io, "validate", "lang", lang, LANGS)) return 2
    const { errors } = cliMessages(io.lang)
    if (files.length === 0) return usageError(io, "validate", errors.atLeastOneFile)
    if (stdinTwice(files)) return usageError(io, "validate", errors.stdinOnce)
    const results = files.map((file) => loadInput(file, io))
    if (format === "json") {
      const rows = results.map((result) => ({
        file: result.file,
        valid: result.ok,
        diagnostics: result.ok ? [] : result.diagnostics.map((d) => ({ ...localizeLoadDiagnostic(d, lang), pointer: toPointer(d.path) }))
      }))
      io.out(JSON.stringify({ files: rows }, null, 2))
    } else {
      for (const result of results) {
        if (result.ok) io.out(`${result.file}: ${REPORT_WORDS[lang].valid}`)
        else result.diagnostics.forEach((diagnostic) => io.out(formatLoadDiagnostic(diagnostic, lang)))
      }
      const invalid = results.filter((result) => !result.ok).length
      io.out(REPORT_WORDS[lang].validTotals({ valid: results.length - invalid, invalid }))
    }
    return results.every((result) => result.ok) ? EXIT_OK : EXIT_INVALID
  }
}
