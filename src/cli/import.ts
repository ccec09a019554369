/**
 * `appi-policy import <file> [--format text|markdown|html] [--out draft.yaml] [--report report.json]`:
 * an existing policy (plain text, Markdown or a saved HTML page) → a draft
 * policy document and a report of what was found where.
 *
 * @since 0.3.0
 */
import { type Diagnostic, formatDiagnostic } from "../core/Diagnostic.ts"
import { importPolicy, INPUT_FORMATS, type InputFormat, reportSummary } from "../import/index.ts"
import { readBytes } from "../load/readBytes.ts"
import { type Command, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Io } from "./Command.ts"
import { STDIN, STDIN_NAME } from "./input.ts"
import { formatOption, formatsUsage, usageError } from "./options.ts"
import { writeOutputs } from "./policyFiles.ts"

/** The bytes of the file (or standard input), or the diagnostic that says why they cannot be read. */
const readInput = (file: string, io: Io): Uint8Array | Diagnostic => {
  if (file === STDIN) return io.stdin?.() ?? new Uint8Array()
  const read = readBytes(file)
  return "bytes" in read ? read.bytes : read.diagnostic
}

/** @since 0.3.0 */
export const importCommand: Command = {
  summary: "draft a policy document from an existing policy (text, Markdown or HTML), with a report",
  usage: [
    `usage: appi-policy import <file> [--format ${formatsUsage(INPUT_FORMATS)}] [--out <draft.yaml>] [--report <report.json>]`,
    "",
    "Reads a published privacy policy — plain text, Markdown or a saved HTML page (UTF-8) — and drafts a",
    "policy document from it: every value it finds is commented with its source line and a confidence",
    "(`# L42 high`), and every passage it cannot place is kept verbatim in additionalClauses. The draft passes",
    "`appi-policy validate`; run `appi-policy lint` on it to see what the published policy lacks.",
    "The file may be `-` for standard input.",
    "",
    "options:",
    `  --format ${formatsUsage(INPUT_FORMATS).padEnd(23)}the input's format (default: from the file's extension, else from its content)`,
    "  --out <path>                    write the draft (YAML) to a file, atomically, instead of standard output",
    "                                  (`-`: standard output; a symbolic link is written through to its regular file;",
    "                                  never a device, FIFO, directory or the input)",
    "  --report <path>                 write the report (JSON; `-` standard output, with --out <file>): per concept",
    "                                  what was found, where and how surely;",
    "                                  the passages not placed; the share of lines placed; whether the draft is valid",
    "  -h, --help                      show this help",
    "",
    "exit status: 0 draft written, 1 unreadable input (not UTF-8, too large, empty), invalid draft or unwritable output, 2 usage error"
  ].join("\n"),
  options: { format: { type: "string" }, out: { type: "string" }, report: { type: "string" } },
  run: (values, files, io) => {
    if (files.length !== 1) return usageError(io, "import", "name exactly one policy file (or `-` for standard input)")
    const format = values["format"] === undefined ? undefined : formatOption<InputFormat>(io, "import", values["format"], INPUT_FORMATS)
    if (values["format"] !== undefined && format === undefined) return EXIT_USAGE
    for (const flag of ["out", "report"] as const) {
      if (values[flag] !== undefined && (typeof values[flag] !== "string" || values[flag] === "")) return usageError(io, "import", `--${flag} takes a path`)
    }
    const draftToStdout = values["out"] === undefined || values["out"] === "-"
    if (values["report"] === "-" && draftToStdout) return usageError(io, "import", "only one of the draft and the report can go to standard output: give --out <draft.yaml> with --report -")
    const file = files[0]!
    const name = file === STDIN ? STDIN_NAME : file
    const input = readInput(file, io)
    if (!(input instanceof Uint8Array)) {
      io.err(formatDiagnostic(input))
      return EXIT_INVALID
    }
    const result = importPolicy(input, { file: name, ...(format === undefined ? {} : { format }) })
    if (!result.ok) {
      result.diagnostics.forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))
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
    for (const { path } of writes) note(`wrote ${path}`)
    note(reportSummary(report))
    if (!report.valid) {
      report.diagnostics.forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))
      return EXIT_INVALID
    }
    return EXIT_OK
  }
}
