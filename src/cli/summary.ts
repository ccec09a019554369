/**
 * `appi-policy summary <file> [--lang ja|en] [--format text|json]`.
 *
 * @since 0.1.0
 */
import { policyOverview, summarize } from "../render/summary.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { formatOption, oneOf, usageError } from "./options.ts"

const LANGS = ["en", "ja"] as const
const FORMATS = ["text", "json"] as const

export const summaryCommand: Command = {
  summary: "print a short overview of a policy",
  usage: [
    "usage: appi-policy summary <file> [--lang en|ja] [--format text|json]",
    "",
    "Prints the operator, the counts of categories and purposes, the grounds of provision, joint use,",
    "outsourcing, requests and fees, contact windows and history: a terminal overview, not the published text",
    "(that is `render`). The file may be `-` for standard input.",
    "",
    "options:",
    "  --lang en|ja        language of the overview (default en)",
    "  --format text|json  text (default): one line per topic; json: the overview as an object, texts in both languages",
    "  -h, --help          show this help",
    "",
    "exit status: 0 printed, 1 the policy is invalid, 2 usage error"
  ].join("\n"),
  options: { lang: { type: "string", default: "en" }, format: { type: "string", default: "text" } },
  run: (values, files, io) => {
    const lang = values["lang"]
    if (!oneOf(io, "summary", "lang", lang, LANGS)) return EXIT_USAGE
    const format = formatOption(io, "summary", values["format"], FORMATS)
    if (format === undefined) return EXIT_USAGE
    if (files.length !== 1) return usageError(io, "summary", "name exactly one policy file")
    const policy = loadOrReport(files[0]!, io, lang)
    if (policy === undefined) return EXIT_INVALID
    if (format === "json") io.out(JSON.stringify(policyOverview(policy), null, 2))
    else summarize(policy, lang).forEach((line) => io.out(line))
    return EXIT_OK
  }
}
