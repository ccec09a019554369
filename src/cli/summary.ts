/**
 * `appi-policy summary <file> [--lang ja|en]`.
 *
 * @since 0.1.0
 */
import { formatDiagnostic } from "../load/Diagnostic.ts"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import { summarize } from "../render/summary.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"

export const summarizeCommand: Command = {
  summary: "print a short overview of a policy",
  usage: ["usage: appi-policy summary <file> [--lang ja|en]", "", "options:", "  --lang ja|en  language of the overview (default en)", "  -h, --help    show this help"].join("\n"),
  options: { lang: { type: "string", default: "en" } },
  run: (values, files, io) => {
    const lang = values["lang"]
    if ((lang !== "ja" && lang !== "en") || files.length !== 1) {
      io.err(files.length !== 1 ? "appi-policy summary: name exactly one policy file" : `appi-policy summary: --lang must be \`ja\` or \`en\`, not \`${String(lang)}\``)
      return EXIT_USAGE
    }
    const result = loadPolicyFile(files[0]!)
    if (!result.ok) {
      result.diagnostics.forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))
      return EXIT_INVALID
    }
    summarize(result.policy, lang).forEach((line) => io.out(line))
    return EXIT_OK
  }
}
