/**
 * `appi-policy export cedar <policy> --out <dir>`: a Cedar schema, policies
 * and entities that allow exactly what the guard allows.
 *
 * @since 0.1.0
 */
import { join } from "node:path"
import { cedarFiles } from "../guard/tooling/cedar.ts"
import { compileGuard } from "../guard/compile.ts"
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { targetProblem, usageErrorWithHelp } from "./options.ts"
import { announceWritten, writeOutputs } from "./policyFiles.ts"

const TARGETS = ["cedar"]

/** @since 0.1.0 */
export const exportCommand: Command = {
  usage: (words) => words.commands.export.usage(),
  options: { out: { type: "string" } },
  run: (values, positionals, io) => {
    const words = cliMessages(io.lang)
    const out = values["out"]
    const problem = targetProblem(words, TARGETS, positionals, words.errors.export.arguments) ?? (out === "-" ? words.errors.export.outDirectory : undefined)
    if (problem !== undefined || typeof out !== "string" || out === "") return usageErrorWithHelp(io, "export", problem ?? words.errors.export.arguments)
    const file = positionals[1]!
    const policy = loadOrReport(file, io)
    if (policy === undefined) return EXIT_INVALID
    const files = cedarFiles(compileGuard(policy)).map(({ path, content }) => ({ path: join(out, path), content }))
    const failure = writeOutputs(io, "export", files, [file])
    if (failure !== undefined) return failure
    announceWritten(io, files.map(({ path }) => path))
    return EXIT_OK
  }
}
