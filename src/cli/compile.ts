/**
 * `appi-policy compile <policy> [--out table.json]`.
 *
 * @since 0.1.0
 */
import { compileGuard } from "../guard/compile.ts"
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { usageError } from "./options.ts"
import { emit } from "./policyFiles.ts"

export const compileCommand: Command = {
  usage: (words) => words.commands.compile.usage(),
  options: { out: { type: "string" } },
  run: (values, files, io) => {
    if (files.length !== 1) return usageError(io, "compile", cliMessages(io.lang).errors.exactlyOneFile)
    const policy = loadOrReport(files[0]!, io)
    if (policy === undefined) return EXIT_INVALID
    return emit(io, "compile", values["out"], `${JSON.stringify(compileGuard(policy), null, 2)}\n`, [files[0]!])
  }
}
