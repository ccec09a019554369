/**
 * `appi-policy check (<policy> | --table <table.json>) --category … (--purpose … | --provide …)`.
 * With `--table` it loads the checker alone, not the loader: scripts and
 * hooks that call it often pay only for the guard.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { check } from "../guard/check.ts"
import type { Decision } from "../guard/decisions.ts"
import { RECIPIENT_KINDS } from "../guard/request.ts"
import type { DecisionTable } from "../guard/table.ts"
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Io } from "./Command.ts"
import { decisionGround } from "./decision.ts"
import { formatOption, oneOf, usageError } from "./options.ts"

const RECIPIENTS = RECIPIENT_KINDS
const FORMATS = ["text", "json"] as const
const CONSENTS = ["purpose", "provision", "foreign"] as const

/** The table in `file`, or undefined after saying why not. */
const readTable = (file: string, io: Io): DecisionTable | undefined => {
  try {
    return JSON.parse(readFileSync(file === "-" ? 0 : file, "utf8")) as DecisionTable
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    const words = cliMessages(io.lang).errors.check
    io.err(`appi-policy check: ${words.cannotReadTable({ file, reason: code ?? (cause instanceof SyntaxError ? words.notJson : String(cause)) })}`)
    return undefined
  }
}

/** The table compiled from a policy file; the loader is imported only on this path. */
const compiledTable = async (file: string, io: Io): Promise<DecisionTable | undefined> => {
  const [{ loadOrReport }, { compileGuard }] = await Promise.all([import("./input.ts"), import("../guard/compile.ts")])
  const policy = loadOrReport(file, io)
  return policy === undefined ? undefined : compileGuard(policy)
}

const print = (decision: Decision, format: "text" | "json", io: Io): number => {
  if (format === "json") io.out(JSON.stringify(decision, null, 2))
  else {
    io.out(cliMessages(io.lang).decisions.decision({ allowed: decision.allowed, code: decision.code, ground: decisionGround(decision) }))
    io.out(`  ja: ${decision.explain.ja}`)
    io.out(`  en: ${decision.explain.en}`)
  }
  return decision.allowed ? EXIT_OK : EXIT_INVALID
}

export const checkCommand: Command = {
  usage: (words) => words.commands.check.usage({ recipients: RECIPIENTS }),
  options: {
    table: { type: "string" },
    category: { type: "string" },
    purpose: { type: "string" },
    provide: { type: "string" },
    recipient: { type: "string" },
    country: { type: "string" },
    exception: { type: "string" },
    consent: { type: "string" },
    "entrustor-permission": { type: "boolean" },
    format: { type: "string", default: "text" }
  },
  run: async (values, files, io) => {
    const { table: tableFile, category, purpose, provide, recipient, country, exception, consent } = values
    const format = formatOption(io, "check", values["format"], FORMATS)
    if (format === undefined) return EXIT_USAGE
    const sources = files.length + (tableFile === undefined ? 0 : 1)
    if (sources !== 1 || typeof category !== "string" || (purpose === undefined) === (provide === undefined)) {
      return usageError(io, "check", cliMessages(io.lang).errors.check.request)
    }
    if (provide !== undefined && !oneOf(io, "check", "provide", provide, RECIPIENTS)) return EXIT_USAGE
    const consents = typeof consent === "string" ? consent.split(",").map((kind) => kind.trim()) : []
    for (const kind of consents) if (!oneOf(io, "check", "consent", kind, CONSENTS)) return EXIT_USAGE
    const table = typeof tableFile === "string" ? readTable(tableFile, io) : await compiledTable(files[0]!, io)
    if (table === undefined) return EXIT_INVALID
    const request = {
      category,
      ...(typeof purpose === "string" ? { purpose } : {}),
      ...(typeof provide === "string"
        ? {
            provide: {
              to: provide,
              ...(typeof recipient === "string" ? { recipient } : {}),
              ...(typeof country === "string" ? { country } : {}),
              ...(values["entrustor-permission"] === true ? { entrustorPermission: true } : {})
            }
          }
        : {}),
      ...(typeof exception === "string" ? { exception } : {}),
      ...(consents.length > 0 ? { consent: Object.fromEntries(consents.map((kind) => [kind, true])) } : {})
    }
    return print(check(table, request), format, io)
  }
}
