/**
 * `appi-policy compile <policy> [--out table.json]`.
 *
 * @since 0.1.0
 */
import { compileGuard } from "../guard/compile.ts"
import { type Command, EXIT_INVALID } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { usageError } from "./options.ts"
import { emit } from "./policyFiles.ts"

export const compileCommand: Command = {
  summary: "compile a policy into the guard's decision table (JSON)",
  usage: [
    "usage: appi-policy compile <policy> [--out table.json]",
    "",
    "Writes the decision table that `appi-policy/guard`'s `check` reads (and `appi-policy check --table`);",
    "to standard output without --out. The policy may be `-` for standard input.",
    "",
    "options:",
    "  --out <file>  where to write the table (atomically: all of it or nothing)",
    "  -h, --help    show this help",
    "",
    "exit status: 0 written, 1 the policy is invalid or the file cannot be written, 2 usage error"
  ].join("\n"),
  options: { out: { type: "string" } },
  run: (values, files, io) => {
    if (files.length !== 1) return usageError(io, "compile", "name exactly one policy file")
    const policy = loadOrReport(files[0]!, io)
    if (policy === undefined) return EXIT_INVALID
    return emit(io, "compile", values["out"], `${JSON.stringify(compileGuard(policy), null, 2)}\n`, [files[0]!])
  }
}
