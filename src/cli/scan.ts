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
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadOrReport } from "./input.ts"
import { formatOption, usageErrorWithHelp } from "./options.ts"

const FORMATS = ["text", "json"] as const

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
  usage: (words) => words.commands.scan.usage(),
  options: { policy: { type: "string" }, format: { type: "string", default: "text" } },
  run: (values, positionals, io) => {
    const policyFile = values["policy"]
    const format = formatOption(io, "scan", values["format"], FORMATS)
    if (format === undefined) return EXIT_USAGE
    if (positionals.length !== 1 || typeof policyFile !== "string") return usageErrorWithHelp(io, "scan", cliMessages(io.lang).errors.scan.arguments)
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
