/**
 * `appi-policy render <file> [--lang ja|en|ja+en] [--format markdown|html|text] [--out path]`.
 *
 * @since 0.1.0
 */
import { type Diagnostic, formatDiagnostic } from "../core/Diagnostic.ts"
import type { ParsedSource } from "../load/parseSource.ts"
import { RENDER_FORMATS, RENDER_LANGS, render, type RenderFormat, type RenderLang } from "../render/render.ts"
import { JA } from "../render/japanese.ts"
import { type RenderStyle, STYLE_VALUES } from "../render/style.ts"
import { gregorianJapaneseDate, japaneseEraDate } from "../render/values.ts"
import { cliMessages } from "./catalog/index.ts"
import { type Command, EXIT_INVALID, EXIT_USAGE } from "./Command.ts"
import { loadInput, reportLoadDiagnostics } from "./input.ts"
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
  usage: (words) =>
    words.commands.render.usage({
      formats: formatsUsage(RENDER_FORMATS),
      articleOne: JA.article(1),
      eraDate: japaneseEraDate("2022-04-01"),
      gregorianDate: gregorianJapaneseDate("2022-04-01")
    }),
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
    const { errors } = cliMessages(io.lang)
    if (files.length !== 1) return usageError(io, "render", errors.exactlyOneFile)
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
      reportLoadDiagnostics(io, loaded.diagnostics)
      return EXIT_INVALID
    }
    const result = render(loaded.policy, {
      lang,
      format,
      style: style as Partial<RenderStyle>,
      allowMissing: values["allow-missing"] === true,
      statutoryWording: values["statutory-wording"] === true,
      file: loaded.file,
      ...(io.lang === undefined ? {} : { diagnosticLang: io.lang })
    })
    if (!result.ok) {
      withPositions(loaded.source, result.diagnostics).forEach((diagnostic) => io.err(formatDiagnostic(diagnostic, io.lang)))
      const untranslated = result.diagnostics.every((diagnostic) => diagnostic.code === "missing-translation")
      io.err(`appi-policy render: ${errors.render.notWritten({ count: result.diagnostics.length, untranslated })}`)
      return EXIT_INVALID
    }
    withPositions(loaded.source, result.warnings).forEach((diagnostic) => io.err(formatDiagnostic(diagnostic, io.lang)))

    return emit(io, "render", values["out"], result.output, [file])
  }
}
