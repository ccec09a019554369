/**
 * `appi-policy summary <file> [--lang ja|en] [--format text|json]`.
 *
 * @since 0.1.0
 */
import { policyOverview, summarize } from "../render/summary.ts"
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { formatOption, oneOf, reportLang, usageError } from "./options.ts"

const LANGS = ["en", "ja"] as const
const FORMATS = ["text", "json"] as const

export const summaryCommand: Command = {
  usage: (words) => words.commands.summary.usage(),
  options: { lang: { type: "string" }, format: { type: "string", default: "text" } },
  run: (values, files, io) => {
    const lang = reportLang(values, io)
    if (!oneOf(io, "summary", "lang", lang, LANGS)) return EXIT_USAGE
    const format = formatOption(io, "summary", values["format"], FORMATS)
    if (format === undefined) return EXIT_USAGE
    if (files.length !== 1) return usageError(io, "summary", cliMessages(io.lang).errors.exactlyOneFile)
    const policy = loadOrReport(files[0]!, io, lang)
    if (policy === undefined) return EXIT_INVALID
    if (format === "json") io.out(JSON.stringify(policyOverview(policy), null, 2))
    else summarize(policy, lang).forEach((line) => io.out(line))
    return EXIT_OK
  }
}
