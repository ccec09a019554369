/**
 * `appi-policy scan <project dir or tsconfig> --policy <file> [--format text|json]`:
 * the CI check for services. Reports every guard call whose statically known
 * request the policy does not allow. ts-morph is loaded only when it runs.
 *
 * @since 0.1.0
 */
import { relative } from "node:path"
import type { Lang } from "../core/Lang.ts"
import type { GuardRequest } from "../guard/request.ts"
import { type CallSite, describeRequest, type ScanFinding, scanProject } from "../guard/tooling/scan.ts"
import { compileGuard } from "../guard/compile.ts"
import { toolingWords } from "../guard/tooling/catalog/index.ts"
import { type CliMessages, cliMessages } from "./catalog/index.ts"
import type { RequestWords } from "./catalog/CliMessages.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { decisionGround } from "./decision.ts"
import { failureMessage } from "./failure.ts"
import { loadOrReport } from "./input.ts"
import { formatOption, usageErrorWithHelp } from "./options.ts"

const FORMATS = ["text", "json"] as const

const where = (site: CallSite): string => `${relative(process.cwd(), site.file) || site.file}:${site.line}:${site.column}`

const isDenied = (finding: ScanFinding): boolean => finding.kind === "checked" && !finding.decision.allowed

/** A request's parts for the catalogs, with the guard's English description of it. */
const requestWords = (request: GuardRequest): RequestWords => ({
  english: describeRequest(request),
  category: request.category,
  ...("provide" in request ? { provide: request.provide } : { purpose: request.purpose }),
  ...(request.exception === undefined ? {} : { exception: request.exception }),
  consents: Object.entries(request.consent ?? {}).flatMap(([kind, given]) => (given === true ? [kind] : []))
})

/** `file:line:col  code  message`, as `validate` prints diagnostics; undefined for an allowed call. */
const formatFinding = (words: CliMessages["decisions"], lang: Lang, finding: ScanFinding): string | undefined => {
  if (finding.kind === "not-statically-known") return words.notStaticallyKnown({ where: where(finding.site), reason: toolingWords[lang].notKnown(finding.why) })
  const { decision } = finding
  if (decision.allowed) return undefined
  return words.denied({ where: where(finding.site), code: decision.code, request: requestWords(finding.request), explanation: decision.explain[lang], ground: decisionGround(decision) })
}

/**
 * The text report of a scan, in `lang`: a line per denied or not statically
 * known call, then the totals.
 *
 * @since 0.3.0
 */
export const scanReport = (findings: ReadonlyArray<ScanFinding>, lang: Lang = "en"): ReadonlyArray<string> => {
  const words = cliMessages(lang).decisions
  const denied = findings.filter(isDenied).length
  const unknown = findings.filter((finding) => finding.kind === "not-statically-known").length
  return [
    ...findings.flatMap((finding) => formatFinding(words, lang, finding) ?? []),
    words.scanTotals({ calls: findings.length, allowed: findings.length - denied - unknown, denied, unknown })
  ]
}

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
      io.err(`appi-policy scan: ${failureMessage(io.lang, cause)}`)
      return EXIT_USAGE
    }
    if (!scanned.ok) {
      io.err(`appi-policy scan: ${toolingWords[io.lang ?? "en"].scanProblem(scanned.problem)}`)
      return EXIT_USAGE
    }
    const { findings } = scanned
    if (format === "json") {
      const rows = findings.map(({ site, ...finding }) => ({ file: relative(process.cwd(), site.file) || site.file, line: site.line, column: site.column, ...finding }))
      io.out(JSON.stringify({ findings: rows }, null, 2))
    } else scanReport(findings, io.lang).forEach((line) => io.out(line))
    return findings.some(isDenied) ? EXIT_INVALID : EXIT_OK
  }
}
