/**
 * `appi-policy compile <policy> --out table.json` and
 * `appi-policy check <policy> --category … (--purpose … | --provide …)`.
 *
 * @since 0.1.0
 */
import { compileGuard } from "../guard/compile.ts"
import { check } from "../guard/check.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./Command.ts"
import { loadOrReport, writeFiles } from "./policyFiles.ts"

export const compileCommand: Command = {
  summary: "compile a policy into the guard's decision table (JSON)",
  usage: [
    "usage: appi-policy compile <policy> [--out table.json]",
    "",
    "Writes the decision table that `appi-policy/guard`'s `check` reads; to standard output without --out.",
    "",
    "options:",
    "  --out <file>  where to write the table",
    "  -h, --help    show this help"
  ].join("\n"),
  options: { out: { type: "string" } },
  run: (values, files, io) => {
    if (files.length !== 1) {
      io.err("appi-policy compile: name exactly one policy file")
      return EXIT_USAGE
    }
    const policy = loadOrReport(files[0]!, io)
    if (policy === undefined) return EXIT_INVALID
    const json = `${JSON.stringify(compileGuard(policy), null, 2)}\n`
    const out = values["out"]
    if (typeof out === "string") {
      const failed = writeFiles([{ path: out, content: json }])
      if (failed !== undefined) {
        io.err(`appi-policy compile: ${failed}`)
        return EXIT_INVALID
      }
      io.out(`wrote ${out}`)
    } else io.out(json.trimEnd())
    return EXIT_OK
  }
}

const RECIPIENTS = ["third-party", "outsourcee", "joint-user", "successor"]

export const checkCommand: Command = {
  summary: "ask the guard whether a use or provision is allowed",
  usage: [
    "usage: appi-policy check <policy> --category <id> (--purpose <id> | --provide <to>) [options]",
    "",
    "options:",
    "  --category <id>     data category id",
    "  --purpose <id>      purpose id (a use, APPI 18(1))",
    `  --provide <to>      a provision: ${RECIPIENTS.join(", ")}`,
    "  --recipient <id>    recipient id (a joint user's id for joint-user)",
    "  --country <CC>      recipient's country, ISO 3166-1 alpha-2",
    "  --exception <id>    a claimed statutory exception, e.g. laws-and-regulations",
    "  --consent           the person has consented",
    "  -h, --help          show this help",
    "",
    "exit status: 0 allowed, 1 denied (or the policy is invalid), 2 usage error"
  ].join("\n"),
  options: {
    category: { type: "string" },
    purpose: { type: "string" },
    provide: { type: "string" },
    recipient: { type: "string" },
    country: { type: "string" },
    exception: { type: "string" },
    consent: { type: "boolean" }
  },
  run: (values, files, io) => {
    const { category, purpose, provide, recipient, country, exception, consent } = values
    if (files.length !== 1 || typeof category !== "string" || (purpose === undefined) === (provide === undefined)) {
      io.err("appi-policy check: name one policy file, --category, and either --purpose or --provide")
      io.err(checkCommand.usage)
      return EXIT_USAGE
    }
    if (typeof provide === "string" && !RECIPIENTS.includes(provide)) {
      io.err(`appi-policy check: --provide must be one of ${RECIPIENTS.join(", ")}, not \`${provide}\``)
      return EXIT_USAGE
    }
    const policy = loadOrReport(files[0]!, io)
    if (policy === undefined) return EXIT_INVALID
    const request = {
      category,
      ...(typeof purpose === "string" ? { purpose } : {}),
      ...(typeof provide === "string"
        ? { provide: { to: provide, ...(typeof recipient === "string" ? { recipient } : {}), ...(typeof country === "string" ? { country } : {}) } }
        : {}),
      ...(typeof exception === "string" ? { exception } : {}),
      ...(consent === true ? { consent: true } : {})
    }
    const decision = check(compileGuard(policy), request)
    io.out(`${decision.allowed ? "allowed" : "denied"}  ${decision.code}  ${decision.article}`)
    io.out(`  ja: ${decision.explain.ja}`)
    io.out(`  en: ${decision.explain.en}`)
    return decision.allowed ? EXIT_OK : EXIT_INVALID
  }
}
