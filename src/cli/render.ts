/**
 * `appi-policy render <file> [--lang ja|en|ja+en] [--format markdown|html|text] [--out path]`.
 *
 * @since 0.1.0
 */
import { type Diagnostic, formatDiagnostic } from "../core/Diagnostic.ts"
import type { ParsedSource } from "../load/parseSource.ts"
import { RENDER_FORMATS, RENDER_LANGS, render, type RenderFormat, type RenderLang } from "../render/render.ts"
import { type RenderStyle, STYLE_VALUES } from "../render/style.ts"
import { type Command, EXIT_INVALID, EXIT_USAGE } from "./Command.ts"
import { loadInput } from "./input.ts"
import { formatOption, formatsUsage, oneOf, usageError } from "./options.ts"
import { emit } from "./policyFiles.ts"

/** CLI flag → style option. */
const STYLE_FLAGS = {
  numbering: "numbering",
  items: "items",
  exceptions: "exceptions",
  calendar: "calendar",
  "en-dates": "englishDates"
} as const satisfies Record<string, keyof RenderStyle>

/** Adds line:column to diagnostics about the policy: a missing `en` points at the text that lacks it. */
const withPositions = (source: ParsedSource, diagnostics: ReadonlyArray<Diagnostic>): ReadonlyArray<Diagnostic> =>
  diagnostics.map((diagnostic) => {
    const span = diagnostic.path.length === 0 ? undefined : source.locate(diagnostic.path)
    return span === undefined ? diagnostic : { ...diagnostic, start: span.start, end: span.end }
  })

/** `appi-policy render`: loads a policy, renders it, prints or writes it. @since 0.1.0 */
export const renderCommand: Command = {
  summary: "render a policy as publishable prose (Markdown, HTML or text; Japanese, English or both)",
  usage: [
    `usage: appi-policy render <file> [--lang ja|en|ja+en] [--format ${formatsUsage(RENDER_FORMATS)}] [--out <path>] [options]`,
    "",
    "Renders the policy as the text a company publishes. Statutory wording comes from the library's",
    "bilingual clause catalog; the company's own texts come from the policy. The file may be `-` for standard input.",
    "",
    "options:",
    "  --lang ja|en|ja+en             language (default ja); ja+en gives both, section by section",
    `  --format ${formatsUsage(RENDER_FORMATS).padEnd(21)}output format (default markdown); html is one standalone page;`,
    "                                 json lists every statement with where it came from (policy path or clause and its facts)",
    "  --out <path>                   write to a file (atomically) instead of standard output (`-`: standard",
    "                                 output; a symbolic link is written through to its regular file; never a",
    "                                 device, FIFO, directory or the input)",
    "  --allow-missing                render texts that have no English, marked as untranslated, instead of failing",
    "  --statutory-wording            use the statute's wording (the library's clauses) where the policy words",
    "                                 a statutory statement its own way (exceptions, consent, fees, joint use …)",
    "  --numbering sections|articles  1. / 1.1 (default) or 第1条 / Article 1",
    "  --items parenthesized|circled  item lists: (1) (default) or ①",
    "  --exceptions circled|parenthesized  the statutory lists: ① (default) or (1)",
    "  --calendar japanese|gregorian  Japanese dates: 令和4年4月1日 (default) or 2022年4月1日",
    "  --en-dates long|iso            English dates: 1 April 2022 (default) or 2022-04-01",
    "  -h, --help                     show this help",
    "",
    "exit status: 0 rendered, 1 invalid policy, missing translations or unwritable output, 2 usage error"
  ].join("\n"),
  options: {
    lang: { type: "string", default: "ja" },
    format: { type: "string", default: "markdown" },
    out: { type: "string" },
    "allow-missing": { type: "boolean" },
    "statutory-wording": { type: "boolean" },
    numbering: { type: "string" },
    items: { type: "string" },
    exceptions: { type: "string" },
    calendar: { type: "string" },
    "en-dates": { type: "string" }
  },
  run: (values, files, io) => {
    if (files.length !== 1) return usageError(io, "render", "name exactly one policy file")
    const lang = values["lang"]
    const format = formatOption<RenderFormat>(io, "render", values["format"], RENDER_FORMATS)
    if (format === undefined || !oneOf<RenderLang>(io, "render", "lang", lang, RENDER_LANGS)) return EXIT_USAGE
    const style: Partial<Record<keyof RenderStyle, string>> = {}
    for (const [flag, key] of Object.entries(STYLE_FLAGS)) {
      const value = values[flag]
      if (value === undefined) continue
      if (!oneOf(io, "render", flag, value, STYLE_VALUES[key] as ReadonlyArray<string>)) return EXIT_USAGE
      style[key] = value
    }

    const file = files[0]!
    const loaded = loadInput(file, io)
    if (!loaded.ok) {
      loaded.diagnostics.forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))
      return EXIT_INVALID
    }
    const result = render(loaded.policy, {
      lang,
      format,
      style: style as Partial<RenderStyle>,
      allowMissing: values["allow-missing"] === true,
      statutoryWording: values["statutory-wording"] === true,
      file: loaded.file
    })
    if (!result.ok) {
      withPositions(loaded.source, result.diagnostics).forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))
      const untranslated = result.diagnostics.every((diagnostic) => diagnostic.code === "missing-translation")
      io.err(`appi-policy render: ${result.diagnostics.length} ${untranslated ? "text(s) have no English version" : "problem(s)"}; nothing was written`)
      return EXIT_INVALID
    }
    withPositions(loaded.source, result.warnings).forEach((diagnostic) => io.err(formatDiagnostic(diagnostic)))

    return emit(io, "render", values["out"], result.output, [file])
  }
}
