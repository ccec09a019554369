/**
 * `appi-policy export cedar <policy> --out <dir>`: a Cedar schema, policies
 * and entities that allow exactly what the guard allows.
 *
 * @since 0.1.0
 */
import { join } from "node:path"
import { cedarFiles } from "../guard/tooling/cedar.ts"
import { compileGuard } from "../guard/compile.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { writeOutputs } from "./policyFiles.ts"

const TARGETS = ["cedar"]

/** @since 0.1.0 */
export const exportCommand: Command = {
  summary: "export a policy's guard to another authorisation system (Cedar)",
  usage: [
    "usage: appi-policy export cedar <policy> --out <dir>",
    "",
    "Writes <dir>/appi-policy.cedarschema, <dir>/policies.cedar and <dir>/entities.json: Cedar permits",
    "exactly the use and provision requests appi-policy/guard allows (action `use` or `provide` on a",
    "`Category`, the purpose, exception, consent and recipient in the context).",
    "",
    "options:",
    "  --out <dir>   directory to write the three files into (created if missing)",
    "  -h, --help    show this help",
    "",
    "exit status: 0 written, 1 the policy is invalid or a file cannot be written, 2 usage error"
  ].join("\n"),
  options: { out: { type: "string" } },
  run: (values, positionals, io) => {
    const [target, file, ...rest] = positionals
    const out = values["out"]
    if (target === undefined || !TARGETS.includes(target) || file === undefined || rest.length > 0 || typeof out !== "string" || out === "" || out === "-") {
      io.err(
        target !== undefined && !TARGETS.includes(target)
          ? `appi-policy export: unknown target \`${target}\` (known: ${TARGETS.join(", ")})`
          : out === "-"
            ? "appi-policy export: --out takes a directory (three files are written; standard output cannot hold them)"
            : "appi-policy export: name a target (cedar), exactly one policy file and --out <dir>"
      )
      io.err(exportCommand.usage)
      return EXIT_USAGE
    }
    const policy = loadOrReport(file, io)
    if (policy === undefined) return EXIT_INVALID
    const files = cedarFiles(compileGuard(policy)).map(({ path, content }) => ({ path: join(out, path), content }))
    const failure = writeOutputs(io, "export", files, [file])
    if (failure !== undefined) return failure
    files.forEach(({ path }) => io.out(`wrote ${path}`))
    return EXIT_OK
  }
}
