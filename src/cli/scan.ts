/**
 * `appi-policy scan <project dir or tsconfig> --policy <file> [--format text|json]`:
 * the CI check for services. Reports every guard call whose statically known
 * request the policy does not allow. ts-morph is loaded only when it runs.
 *
 * @since 0.1.0
 */
import { relative } from "node:path"
import { type CallSite, describeRequest, type ScanFinding, scanProject } from "../guard/tooling/scan.ts"
import { compileGuard } from "../guard/compile.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadOrReport } from "./input.ts"

const where = (site: CallSite): string => `${relative(process.cwd(), site.file) || site.file}:${site.line}:${site.column}`

/** `file:line:col  code  message`, as `validate` prints diagnostics; undefined for an allowed call. */
const formatFinding = (finding: ScanFinding): string | undefined => {
  if (finding.kind === "not-statically-known") return `${where(finding.site)}  not-statically-known  ${finding.reason}; decided at run time only`
  const { decision } = finding
  if (decision.allowed) return undefined
  return `${where(finding.site)}  ${decision.code}  ${describeRequest(finding.request)}: ${decision.explain.en} (${decision.article})`
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`

/** @since 0.1.0 */
export const scanCommand: Command = {
  summary: "check a TypeScript project's guard calls against a policy (for CI)",
  usage: [
    "usage: appi-policy scan <project dir or tsconfig.json> --policy <file> [--format text|json]",
    "",
    "Finds the calls of appi-policy/guard (`check(table, request)`, a checker from `createChecker`,",
    "PurposeGuard's `check`/`decide`, the typed wrappers of `codegen ts`) whose request is made of",
    "string literals or constants, and reports each one the policy does not allow. Calls whose request",
    "depends on run-time values are listed as not statically known; they do not fail the scan.",
    "",
    "options:",
    "  --policy <file>     the policy (YAML or JSON)",
    "  --format text|json  text (default): `file:line:col  code  message` per denied or unknown call;",
    "                      json: { findings: [{ file, line, column, kind, request?, decision?, reason? }] }",
    "  -h, --help          show this help",
    "",
    "exit status: 0 every known call allowed, 1 some call denied (or the policy is invalid),",
    "             2 usage error (no tsconfig, or ts-morph is missing)"
  ].join("\n"),
  options: { policy: { type: "string" }, format: { type: "string", default: "text" } },
  run: (values, positionals, io) => {
    const policyFile = values["policy"]
    const format = values["format"]
    if (positionals.length !== 1 || typeof policyFile !== "string" || (format !== "text" && format !== "json")) {
      io.err(
        format !== "text" && format !== "json"
          ? `appi-policy scan: --format must be \`text\` or \`json\`, not \`${String(format)}\``
          : "appi-policy scan: name one project (a directory with tsconfig.json, or a tsconfig file) and --policy <file>"
      )
      io.err(scanCommand.usage)
      return EXIT_USAGE
    }
    const policy = loadOrReport(policyFile, io)
    if (policy === undefined) return EXIT_INVALID
    let scanned: ReturnType<typeof scanProject>
    try {
      scanned = scanProject(positionals[0]!, compileGuard(policy))
    } catch (cause) {
      // ts-morph, an optional peer dependency, is missing.
      scanned = { ok: false, error: cause instanceof Error ? cause.message : String(cause) }
    }
    if (!scanned.ok) {
      io.err(`appi-policy scan: ${scanned.error}`)
      return EXIT_USAGE
    }
    const { findings } = scanned
    const denied = findings.filter((finding) => finding.kind === "checked" && !finding.decision.allowed).length
    const unknown = findings.filter((finding) => finding.kind === "not-statically-known").length
    if (format === "json") {
      const rows = findings.map(({ site, ...finding }) => ({ file: relative(process.cwd(), site.file) || site.file, line: site.line, column: site.column, ...finding }))
      io.out(JSON.stringify({ findings: rows }, null, 2))
    } else {
      findings.forEach((finding) => {
        const line = formatFinding(finding)
        if (line !== undefined) io.out(line)
      })
      io.out(`${count(findings.length, "guard call")}: ${findings.length - denied - unknown} allowed, ${denied} denied, ${unknown} not statically known`)
    }
    return denied > 0 ? EXIT_INVALID : EXIT_OK
  }
}
