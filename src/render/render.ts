/**
 * `render(policy, { lang, format, style })`: a policy as publishable prose in
 * Japanese, English or both, as Markdown, HTML or plain text. Pure: no file
 * system, no clock; the same policy and options give the same bytes.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import { Diagnostic as DiagnosticSchema, type Diagnostic } from "../core/Diagnostic.ts"
import type { Lang } from "../core/Lang.ts"
import type { Policy } from "../model/Policy.ts"
import { buildParts, resolveStyle } from "./build.ts"
import { type RenderMessages, type RenderOptionName, renderMessages } from "./catalog/index.ts"
import { partsToJson } from "./explain.ts"
import { partsToHtml } from "./html.ts"
import { partsToMarkdown } from "./markdown.ts"
import { missingTranslations, type MissingTranslation } from "./missing.ts"
import { literalFeeAmounts } from "./textChecks.ts"
import type { DocumentParts, FormatOptions } from "./parts.ts"
import { type RenderStyle, STYLE_VALUES } from "./style.ts"
import { partsToText } from "./text.ts"

/** @since 0.1.0 */
export type RenderLang = "ja" | "en" | "ja+en"
/** @since 0.1.0 */
export type RenderFormat = "markdown" | "html" | "text" | "json"

/** @since 0.1.0 */
export const RENDER_LANGS: ReadonlyArray<RenderLang> = ["ja", "en", "ja+en"]
/** @since 0.1.0 */
export const RENDER_FORMATS: ReadonlyArray<RenderFormat> = ["markdown", "html", "text", "json"]

/** @since 0.1.0 */
export interface RenderOptions {
  /**
   * `ja`, `en`, or `ja+en` (Markdown and text interleave the languages per section; HTML sets them side by side).
   * `json` is for auditors: every statement with the source of each piece (see `explainParts`).
   */
  readonly lang: RenderLang
  readonly format: RenderFormat
  /** Numbering and date conventions; anything left out takes `DEFAULT_STYLE`'s value. */
  readonly style?: Partial<RenderStyle>
  /**
   * Render texts that have no English version, marked visibly as untranslated,
   * instead of failing. They are still reported, as warnings.
   */
  readonly allowMissing?: boolean
  /**
   * Publish the statute's wording (from the clause catalog) wherever the
   * policy words a statutory statement its own way — its exceptions, its
   * consent, fee, outsourcing or joint-use sentence. Off by default: the
   * policy's words are what the company published.
   */
  readonly statutoryWording?: boolean
  /** The name diagnostics give the policy (default `<policy>`). */
  readonly file?: string
  /** The language of the diagnostics (default `en`); `lang` is the document's. @since 0.3.0 */
  readonly diagnosticLang?: Lang
}

/** @since 0.1.0 */
export type RenderResult =
  | { readonly ok: true; readonly output: string; readonly warnings: ReadonlyArray<Diagnostic> }
  | { readonly ok: false; readonly diagnostics: ReadonlyArray<Diagnostic> }

const FORMATTERS: { readonly [F in RenderFormat]: (parts: DocumentParts, options: FormatOptions) => string } = {
  markdown: partsToMarkdown,
  html: partsToHtml,
  text: partsToText,
  json: partsToJson
}

const shorten = (text: string): string => {
  const chars = [...text]
  return chars.length > 30 ? `${chars.slice(0, 30).join("")}…` : text
}

/** A text without `en`; `found` is its Japanese (shortened, in backticks), a field a caller can word again. */
const missingDiagnostic = (words: RenderMessages, file: string, missing: MissingTranslation, severity: "error" | "warning"): Diagnostic => {
  const found = `\`${shorten(missing.ja)}\``
  return { file, severity, code: "missing-translation", ...words.missingTranslation({ found }), path: missing.path, found }
}


/** The style options actually given (a JavaScript caller may pass `undefined` for "the default"). */
const definedEntries = (style: Partial<RenderStyle> | undefined): ReadonlyArray<readonly [string, unknown]> =>
  Object.entries(style ?? {}).filter(([, value]) => value !== undefined)

/** Options a JavaScript caller may get wrong; TypeScript callers cannot. */
const optionProblems = (options: RenderOptions, words: RenderMessages, file: string): ReadonlyArray<Diagnostic> => {
  const problem = (option: RenderOptionName, value: unknown, allowed: ReadonlyArray<string>): ReadonlyArray<Diagnostic> =>
    allowed.includes(value as string) ? [] : [{ file, severity: "error", code: "invalid-render-option", ...words.invalidOption({ option, value: String(value), allowed }), path: [] }]
  return [
    ...problem({ kind: "language" }, options.lang, RENDER_LANGS),
    ...problem({ kind: "format" }, options.format, RENDER_FORMATS),
    ...definedEntries(options.style).flatMap(([key, value]) =>
      key in STYLE_VALUES ? problem({ kind: "style", key }, value, STYLE_VALUES[key as keyof RenderStyle]) : problem({ kind: "style-name" }, key, Object.keys(STYLE_VALUES))
    )
  ]
}

/**
 * Renders a policy. English output needs every policy text in English: a
 * missing one fails the rendering with one diagnostic per path, unless
 * `allowMissing` marks them in the output.
 *
 * @example
 * ```ts
 * import { loadPolicyFile, render } from "appi-policy"
 *
 * const loaded = loadPolicyFile("examples/003-centrex.yaml")
 * if (loaded.ok) {
 *   const result = render(loaded.policy, { lang: "ja", format: "html", style: { calendar: "gregorian" } })
 *   if (result.ok) console.log(result.output)
 *   else result.diagnostics.forEach((d) => console.error(formatDiagnostic(d)))
 * }
 * ```
 * @since 0.1.0
 */
export const render = (policy: Policy, options: RenderOptions): RenderResult => {
  const file = options.file ?? "<policy>"
  // A JavaScript caller may pass anything: an unknown language of diagnostics is English.
  const words = renderMessages[options.diagnosticLang === "ja" ? "ja" : "en"]
  const problems = optionProblems(options, words, file)
  if (problems.length > 0) return { ok: false, diagnostics: problems }
  const style: RenderStyle = resolveStyle(policy, Object.fromEntries(definedEntries(options.style)))
  const parts = buildParts(policy, style, { statutoryWording: options.statutoryWording === true })
  const contentProblems: ReadonlyArray<Diagnostic> = [
    ...parts.unresolved.map((entry): Diagnostic => ({ file, severity: "error", code: "unresolved-reference", ...words.unresolvedReference(entry), path: entry.path })),
    ...literalFeeAmounts(policy).map((entry): Diagnostic => ({ file, severity: "error", code: "fee-amount-in-text", ...words.feeAmountInText(entry), path: entry.path }))
  ]
  if (contentProblems.length > 0) return { ok: false, diagnostics: contentProblems }
  const missing = options.lang === "ja" ? [] : missingTranslations(parts)
  if (missing.length > 0 && options.allowMissing !== true) {
    return { ok: false, diagnostics: missing.map((entry) => missingDiagnostic(words, file, entry, "error")) }
  }
  return {
    ok: true,
    output: FORMATTERS[options.format](parts, { lang: options.lang, style }),
    warnings: missing.map((entry) => missingDiagnostic(words, file, entry, "warning"))
  }
}

/**
 * The rendering failed: missing translations or invalid options, one diagnostic each.
 *
 * @since 0.1.0
 */
export class RenderError extends Schema.TaggedError<RenderError>()("RenderError", {
  diagnostics: Schema.Array(DiagnosticSchema)
}) {
  override get message(): string {
    return `cannot render: ${this.diagnostics.length} problem(s), first: ${this.diagnostics[0]?.message ?? "unknown"}`
  }
}

/**
 * `render` as an Effect that fails with `RenderError`.
 *
 * @example
 * ```ts
 * const html = yield* renderEffect(policy, { lang: "ja+en", format: "html" })
 * ```
 * @since 0.1.0
 */
export const renderEffect = Effect.fnUntraced(function* (policy: Policy, options: RenderOptions) {
  const result = render(policy, options)
  if (!result.ok) return yield* new RenderError({ diagnostics: result.diagnostics })
  return result.output
})
