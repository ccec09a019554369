/**
 * `appi-policy codegen ts <policy> [--out <file.ts>] [--guard-module <specifier>]`:
 * the policy's ids as TypeScript string-literal unions with typed `check`
 * wrappers. ts-morph is loaded only when this command runs.
 *
 * @since 0.1.0
 */
import { typedIdsSource } from "../guard/tooling/typedIds.ts"
import { compileGuard } from "../guard/compile.ts"
import { cliMessages } from "./catalog/index.ts"
import { failureMessage } from "./failure.ts"
import { type Command, EXIT_INVALID, EXIT_USAGE } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { targetProblem, usageErrorWithHelp } from "./options.ts"
import { emit } from "./policyFiles.ts"

const TARGETS = ["ts"]

/** @since 0.1.0 */
export const codegenCommand: Command = {
  usage: (words) => words.commands.codegen.usage(),
  options: { out: { type: "string" }, "guard-module": { type: "string" } },
  run: (values, positionals, io) => {
    const words = cliMessages(io.lang)
    const problem = targetProblem(words, TARGETS, positionals, words.errors.codegen.arguments)
    if (problem !== undefined) return usageErrorWithHelp(io, "codegen", problem)
    const file = positionals[1]!
    const policy = loadOrReport(file, io)
    if (policy === undefined) return EXIT_INVALID
    const guardModule = values["guard-module"]
    let source: string
    try {
      source = typedIdsSource(compileGuard(policy), typeof guardModule === "string" ? { guardModule } : {})
    } catch (cause) {
      // ts-morph, an optional peer dependency, is missing.
      io.err(`appi-policy codegen: ${failureMessage(io.lang, cause)}`)
      return EXIT_USAGE
    }
    return emit(io, "codegen", values["out"], source, [file])
  }
}
