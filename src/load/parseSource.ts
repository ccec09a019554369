/**
 * Text to a plain JSON value plus a way back from a JSON path to the source
 * position. YAML and JSON both go through the `yaml` parser (JSON is checked
 * for strict JSON syntax first), so both keep node ranges.
 *
 * @since 0.1.0
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type ParsedNode } from "yaml"
import type { Diagnostic, JsonPath, SourcePosition } from "../core/Diagnostic.ts"
import { findJsonSyntaxError } from "./jsonSyntax.ts"
import { findExcessiveNesting, MAX_DEPTH } from "./nesting.ts"
import { positionOfOffset } from "./positions.ts"

/** @since 0.1.0 */
export type SourceFormat = "yaml" | "json"

/**
 * Aliases a document may expand; a "billion laughs" document needs thousands.
 *
 * @since 0.1.0
 */
export const MAX_ALIAS_COUNT = 100

/** @since 0.1.0 */
export interface Span {
  readonly start: SourcePosition
  readonly end: SourcePosition
}

/** @since 0.1.0 */
export interface ParsedSource {
  readonly value: unknown
  /** Source span of the value at `path`, or of its key with `{ key: true }`; the nearest existing ancestor when the path does not exist. */
  readonly locate: (path: JsonPath, options?: { readonly key?: boolean }) => Span | undefined
}

type Result = { readonly source: ParsedSource } | { readonly diagnostics: ReadonlyArray<Diagnostic> }

/** @since 0.1.0 */
export const parseSource = (text: string, format: SourceFormat, file: string): Result => {
  const lineCounter = new LineCounter()
  const at = (offset: number): SourcePosition => positionOfOffset(text, offset)
  const error = (code: string, message: string, offset: number | undefined, extra: Partial<Diagnostic> = {}): Diagnostic => ({
    file,
    severity: "error",
    code,
    message,
    path: [],
    ...(offset === undefined ? {} : { start: at(offset) }),
    ...extra
  })

  const deep = findExcessiveNesting(text)
  if (deep >= 0) {
    return { diagnostics: [error("too-deep", `nesting is deeper than ${MAX_DEPTH} levels`, deep, { help: "a policy needs about ten levels; this looks generated or hostile" })] }
  }
  if (format === "json") {
    const syntax = findJsonSyntaxError(text)
    if (syntax !== undefined) {
      const found = syntax.offset >= text.length ? "the end of the input" : `\`${text.slice(syntax.offset, syntax.offset + 12).split("\n")[0]}\``
      return { diagnostics: [error("json-syntax", `invalid JSON: expected ${syntax.expected}, found ${found}`, syntax.offset, { expected: syntax.expected, found })] }
    }
  }

  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: "1.2" })
  const problems = [...document.errors, ...document.warnings]
  if (problems.length > 0) {
    return {
      diagnostics: problems.map((problem) =>
        error(
          problem.code === "DUPLICATE_KEY" ? "duplicate-key" : format === "json" ? "json-syntax" : "yaml-syntax",
          problem.code === "DUPLICATE_KEY" ? "duplicate key: a key may appear once in a mapping" : lowerFirst(problem.message.split("\n")[0]!),
          problem.pos[0]
        )
      )
    }
  }

  const unsafe = findUnsafeNodes(document, text, file)
  if (unsafe.length > 0) return { diagnostics: unsafe }

  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    return {
      diagnostics: [
        error("alias-limit", `aliases expand too much (${lowerFirst(message)})`, undefined, {
          help: `a document may expand at most ${MAX_ALIAS_COUNT} aliases; write the repeated content out`
        })
      ]
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const found = value === null || value === undefined ? "nothing" : Array.isArray(value) ? "a list" : `a ${typeof value}`
    return {
      diagnostics: [error("not-a-mapping", `the document must be a mapping of keys to values, found ${found}`, document.contents?.range[0] ?? 0, { expected: "a mapping", found })]
    }
  }

  const span = (node: Node | undefined): Span | undefined => {
    const range = node?.range
    if (range === undefined || range === null) return undefined
    return { start: at(range[0]), end: at(range[1]) }
  }
  const locate = (path: JsonPath, options?: { readonly key?: boolean }): Span | undefined => {
    let node: Node | undefined = document.contents ?? undefined
    let keyNode: Node | undefined
    for (const segment of path) {
      const next = childOf(node, segment)
      if (next === undefined) return span(node)
      node = next.value
      keyNode = next.key
    }
    return span(options?.key === true && keyNode !== undefined ? keyNode : node)
  }
  return { source: { value, locate } }
}

/** True when a string holds half of a surrogate pair (not well-formed UTF-16; cannot be written as UTF-8). */
const hasLoneSurrogate = (text: string): boolean => /[\uD800-\uDFFF]/u.test(text) // in `u` mode only unpaired halves match

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/u, "")

const childOf = (node: Node | undefined, segment: string | number): { value: Node | undefined; key: Node | undefined } | undefined => {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      if (key === String(segment)) return { value: (pair.value as Node | null) ?? (pair.key as Node), key: pair.key as Node }
    }
    return undefined
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment] as Node | undefined
    return item === undefined ? undefined : { value: item, key: undefined }
  }
  return undefined
}

/**
 * Values a policy never legitimately holds and that plain JSON cannot carry:
 * `__proto__` keys (prototype pollution), non-finite numbers (`.nan`, `.inf`,
 * `1e999`), strings with lone surrogates, and keys that are not scalars.
 */
const findUnsafeNodes = (document: Document.Parsed, text: string, file: string): Array<Diagnostic> => {
  const found: Array<Diagnostic> = []
  const report = (node: ParsedNode | Node, code: string, message: string, help?: string) => {
    const offset = node.range?.[0] ?? 0
    found.push({ file, severity: "error", code, message, path: [], start: positionOfOffset(text, offset), ...(help === undefined ? {} : { help }) })
  }
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        if (!isScalar(pair.key)) {
          report(pair.key as Node, "complex-key", "keys must be plain strings")
          continue
        }
        if (pair.key.value === "__proto__") report(pair.key, "forbidden-key", "the key `__proto__` is not allowed", "it could alter object prototypes in consumers")
        if (typeof pair.key.value === "string" && hasLoneSurrogate(pair.key.value)) report(pair.key, "lone-surrogate", "key contains a lone UTF-16 surrogate")
        visit(pair.value)
      }
    } else if (isSeq(node)) {
      node.items.forEach(visit)
    } else if (isScalar(node)) {
      if (typeof node.value === "number" && !Number.isFinite(node.value)) {
        report(node, "non-finite-number", `\`${node.source ?? String(node.value)}\` is not a finite number`, "JSON has no NaN or Infinity; amounts and counts are finite integers")
      } else if (typeof node.value === "string" && hasLoneSurrogate(node.value)) {
        report(node, "lone-surrogate", "text contains a lone UTF-16 surrogate (an invalid `\\uD800`-style escape)")
      }
    } else if (isAlias(node)) {
      // Resolved (and counted) by toJS.
    }
  }
  visit(document.contents)
  return found
}
