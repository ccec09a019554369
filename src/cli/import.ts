/**
 * `appi-policy import <file> [--format text|markdown|html] [--out draft.yaml] [--report report.json]`:
 * an existing policy (plain text, Markdown or a saved HTML page) → a draft
 * policy document and a report of what was found where.
 *
 * @since 0.3.0
 */
import type { Diagnostic } from "../core/Diagnostic.ts"
import { type ImportReport, importPolicy, INPUT_FORMATS, type InputFormat, reportSummary } from "../import/index.ts"
import { formatLines } from "../import/yaml.ts"
import { readBytes } from "../load/readBytes.ts"
import { type CliMessages, cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Io } from "./Command.ts"
import { reportLoadDiagnostics, STDIN, STDIN_NAME } from "./input.ts"
import { formatOption, formatsUsage, usageError } from "./options.ts"
import { announceWritten, writeOutputs } from "./policyFiles.ts"

/** The bytes of the file (or standard input), or the diagnostic that says why they cannot be read. */
const readInput = (file: string, io: Io): Uint8Array | Diagnostic => {
  if (file === STDIN) return io.stdin?.() ?? new Uint8Array()
  const read = readBytes(file)
  return "bytes" in read ? read.bytes : read.diagnostic
}

/** The report's one-line summary, in the catalog's language (the English is the importer's `reportSummary`). */
const summary = (words: CliMessages, report: ImportReport): string =>
  words.import.summary({
    english: reportSummary(report),
    file: report.file,
    placed: report.lines.placed,
    total: report.lines.total,
    percent: (report.lines.placedShare * 100).toFixed(1),
    concepts: Object.values(report.concepts).filter((found) => found.length > 0).length,
    unplaced: report.unplaced.map((passage) => formatLines(passage.lines)),
    valid: report.valid
  })

/** @since 0.3.0 */
export const importCommand: Command = {
  usage: (words) => words.commands.import.usage({ formats: formatsUsage(INPUT_FORMATS) }),
  options: { format: { type: "string" }, out: { type: "string" }, report: { type: "string" } },
  run: (values, files, io) => {
    const words = cliMessages(io.lang)
    const { errors } = words
    if (files.length !== 1) return usageError(io, "import", errors.import.oneFile)
    const format = values["format"] === undefined ? undefined : formatOption<InputFormat>(io, "import", values["format"], INPUT_FORMATS)
    if (values["format"] !== undefined && format === undefined) return EXIT_USAGE
    for (const flag of ["out", "report"] as const) {
      if (values[flag] !== undefined && (typeof values[flag] !== "string" || values[flag] === "")) return usageError(io, "import", errors.import.takesPath({ flag }))
    }
    const draftToStdout = values["out"] === undefined || values["out"] === "-"
    if (values["report"] === "-" && draftToStdout) return usageError(io, "import", errors.import.oneToStdout)
    const file = files[0]!
    const name = file === STDIN ? STDIN_NAME : file
    const input = readInput(file, io)
    if (!(input instanceof Uint8Array)) {
      reportLoadDiagnostics(io, [input])
      return EXIT_INVALID
    }
    const result = importPolicy(input, { file: name, ...(format === undefined ? {} : { format }) })
    if (!result.ok) {
      reportLoadDiagnostics(io, result.diagnostics)
      return EXIT_INVALID
    }
    const { yaml, report } = result
    const out = draftToStdout ? undefined : (values["out"] as string)
    const reportJson = `${JSON.stringify(report, null, 2)}\n`
    const reportToStdout = values["report"] === "-"
    const reportPath = reportToStdout ? undefined : (values["report"] as string | undefined)
    const writes = [...(out === undefined ? [] : [{ path: out, content: yaml }]), ...(reportPath === undefined ? [] : [{ path: reportPath, content: reportJson }])]
    const failed = writes.length === 0 ? undefined : writeOutputs(io, "import", writes, [file])
    if (failed !== undefined) return failed
    // Whatever is not the document on standard output goes to standard error, so a pipe gets only the document.
    const note = out === undefined || reportToStdout ? io.err : io.out
    if (out === undefined) io.out(yaml.replace(/\n$/u, ""))
    if (reportToStdout) io.out(reportJson.replace(/\n$/u, ""))
    announceWritten(io, writes.map(({ path }) => path), note)
    note(summary(words, report))
    if (!report.valid) {
      reportLoadDiagnostics(io, report.diagnostics)
      return EXIT_INVALID
    }
    return EXIT_OK
  }
}
