/**
 * A finding about a policy file: where it is (file, JSON path, line:column)
 * and what was expected and found. Messages follow Cedar's style: lower-case,
 * no final period, user input in backticks, advice in `help`.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { REPORT_WORDS } from "./report/index.ts"
import type { Lang } from "./Lang.ts"

/** @since 0.1.0 */
export const JsonPath = Schema.Array(Schema.Union([Schema.String, Schema.Number]))
/** @since 0.1.0 */
export type JsonPath = typeof JsonPath.Type

/** 1-based line and column; columns count UTF-16 code units, as editors and SARIF do. @since 0.1.0 */
export const SourcePosition = Schema.Struct({ line: Schema.Number, column: Schema.Number })
/** @since 0.1.0 */
export type SourcePosition = typeof SourcePosition.Type

/** @since 0.1.0 */
export const Diagnostic = Schema.Struct({
  file: Schema.String,
  severity: Schema.Literals(["error", "warning"]),
  /** Stable kebab-case code, e.g. `not-utf8`, `unknown-key`, `dangling-reference`. */
  code: Schema.String,
  message: Schema.String,
  /** JSON path of the value concerned; empty for the whole document. */
  path: JsonPath,
  start: Schema.optionalKey(SourcePosition),
  end: Schema.optionalKey(SourcePosition),
  expected: Schema.optionalKey(Schema.String),
  found: Schema.optionalKey(Schema.String),
  help: Schema.optionalKey(Schema.String)
})
/** @since 0.1.0 */
export type Diagnostic = typeof Diagnostic.Type

/**
 * RFC 6901 JSON Pointer of a path (`/purposes/items/0/text`).
 *
 * @since 0.1.0
 */
export const toPointer = (path: JsonPath): string =>
  path.map((segment) => "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1")).join("")

/**
 * The path as JavaScript-like accessors (`purposes.items[0].text`), for messages.
 *
 * @since 0.1.0
 */
export const formatPath = (path: JsonPath): string =>
  path.reduce<string>(
    (acc, segment) =>
      typeof segment === "number" ? `${acc}[${segment}]` : /^[A-Za-z_$][\w$]*$/u.test(segment) ? (acc === "" ? segment : `${acc}.${segment}`) : `${acc}[${JSON.stringify(segment)}]`,
    ""
  )

/**
 * One line per diagnostic: `file:line:col  code  message` (the position is
 * left out when the source has none), then the path and any help indented,
 * labelled in `lang` (the message is the diagnostic's own: see
 * `localizeLoadDiagnostic` for the loader's in Japanese).
 *
 * @since 0.1.0
 */
export const formatDiagnostic = (diagnostic: Diagnostic, lang: Lang = "en"): string => {
  const where = diagnostic.start === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column}`
  const lines = [`${where}  ${diagnostic.code}  ${diagnostic.message}`]
  const words = REPORT_WORDS[lang]
  if (diagnostic.path.length > 0) lines.push(`    ${words.at}: ${formatPath(diagnostic.path)}`)
  if (diagnostic.help !== undefined) lines.push(`    ${words.help}: ${diagnostic.help}`)
  return lines.join("\n")
}

/**
 * A short description of a value as found in the input, for "found …".
 *
 * @since 0.1.0
 */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return "nothing"
  if (value === null) return "null"
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`
  switch (typeof value) {
    case "string": {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
      return value === "" ? "an empty string" : `\`${shown}\``
    }
    case "number":
      return `the number ${value}`
    case "boolean":
      return `\`${value}\``
    case "object":
      return "a mapping"
    default:
      return typeof value
  }
}
