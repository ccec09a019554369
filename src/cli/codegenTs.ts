/**
 * `appi-policy codegen ts <policy> [--out <file.ts>] [--guard-module <specifier>]`:
 * the policy's ids as TypeScript string-literal unions with typed `check`
 * wrappers. ts-morph is loaded only when this command runs.
 *
 * @since 0.1.0
 */
import { typedIdsSource } from "../guard/tooling/typedIds.ts"
import { compileGuard } from "../guard/compile.ts"
import { type Command, EXIT_INVALID, EXIT_USAGE } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { emit } from "./policyFiles.ts"

const TARGETS = ["ts"]

/** @since 0.1.0 */
export const codegenCommand: Command = {
  summary: "generate typed ids (TypeScript) for a policy",
  usage: [
    "usage: appi-policy codegen ts <policy> [--out <file.ts>] [--guard-module <specifier>]",
    "",
    "Writes a module exporting `CategoryId`, `PurposeId` and `JointUserId` as string-literal unions and",
    "`checkUse`, `checkProvide`, `createTypedChecker`, which accept only those ids: a misspelt purpose",
    "does not compile. To standard output without --out.",
    "",
    "options:",
    "  --out <file.ts>               where to write the module",
    "  --guard-module <specifier>    where the module imports the guard from (default appi-policy/guard)",
    "  -h, --help                    show this help",
    "",
    "exit status: 0 written, 1 the policy is invalid or the file cannot be written, 2 usage error (or ts-morph is missing)"
  ].join("\n"),
  options: { out: { type: "string" }, "guard-module": { type: "string" } },
  run: (values, positionals, io) => {
    const [target, file, ...rest] = positionals
    if (target === undefined || !TARGETS.includes(target) || file === undefined || rest.length > 0) {
      io.err(target !== undefined && !TARGETS.includes(target) ? `appi-policy codegen: unknown target \`${target}\` (known: ${TARGETS.join(", ")})` : "appi-policy codegen: name a target (ts) and exactly one policy file")
      io.err(codegenCommand.usage)
      return EXIT_USAGE
    }
    const policy = loadOrReport(file, io)
    if (policy === undefined) return EXIT_INVALID
    const guardModule = values["guard-module"]
    let source: string
    try {
      source = typedIdsSource(compileGuard(policy), typeof guardModule === "string" ? { guardModule } : {})
    } catch (cause) {
      // ts-morph, an optional peer dependency, is missing.
      io.err(`appi-policy codegen: ${cause instanceof Error ? cause.message : String(cause)}`)
      return EXIT_USAGE
    }
    return emit(io, "codegen", values["out"], source, [file])
  }
}
