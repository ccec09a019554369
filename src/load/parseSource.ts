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
import { BIDI_CONTROL, CONTROL_CHARACTER, codePointName } from "../core/characters.ts"

/** @since 0.1.0 */
export type SourceFormat = "yaml" | "json"

/**
 * Aliases a document may expand; a "billion laughs" document needs thousands.
 *
 * @since 0.1.0
 */
export const MAX_ALIAS_COUNT = 100

/**
 * The most lines and commas (the separators of entries in YAML and JSON,
 * block and flow style alike) a policy file may hold. The largest example is
 * about 400 lines; the YAML parser needs ~2 s for 90,000 one-line entries on
 * two cores, so the count is bounded before parsing, by a scan that costs
 * next to nothing.
 *
 * @since 0.3.0
 */
export const MAX_SEPARATORS = 20_000

/** The offset of the separator past the limit, or -1. */
const findTooManySeparators = (text: string): number => {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code === 10 || code === 44) && ++count > MAX_SEPARATORS) return i
  }
  return -1
}

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
  const crowded = findTooManySeparators(text)
  if (crowded >= 0) {
    return {
      diagnostics: [
        error("too-many-entries", `the file has more than ${MAX_SEPARATORS.toLocaleString("en-US")} lines and commas (the separators of entries); a policy has a few hundred`, crowded, {
          expected: `at most ${MAX_SEPARATORS.toLocaleString("en-US")} lines and commas`,
          help: "this looks generated or hostile; a real policy is a few hundred lines"
        })
      ]
    }
  }
  if (format === "json") {
    const syntax = findJsonSyntaxError(text)
    if (syntax !== undefined) {
      const found = syntax.offset >= text.length ? "the end of the input" : `\`${text.slice(syntax.offset, syntax.offset + 12).split("\n")[0]}\``
      return { diagnostics: [error("json-syntax", `invalid JSON: expected ${syntax.expected}, found ${found}`, syntax.offset, { expected: syntax.expected, found })] }
    }
  }

  // The parser's own duplicate-key check scans the mapping for every key (quadratic: 40,000 keys took two minutes);
  // `findUnsafeNodes` does it with a set per mapping instead.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, version: "1.2" })
  // A `%YAML 1.1` directive would switch on 1.1 readings (`01750` as octal, `yes` as true): only 1.2 is read.
  const directive = document.directives?.yaml
  if (directive?.explicit === true && directive.version !== "1.2") {
    const at = text.search(/^%YAML/mu)
    return {
      diagnostics: [
        error("yaml-version", `the document asks for YAML ${directive.version}; policies are read as YAML 1.2`, at < 0 ? 0 : at, {
          expected: "`%YAML 1.2` or no directive",
          found: `%YAML ${directive.version}`,
          help: "remove the directive: YAML 1.1 reads `01750` as an octal number and `yes` as true"
        })
      ]
    }
  }
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

type Child = { readonly value: Node | undefined; readonly key: Node | undefined }

/** Each mapping's children by key, built once: locating every diagnostic of a 90,000-key mapping stays linear. */
const mapIndexes = new WeakMap<object, ReadonlyMap<string, Child>>()
const mapIndex = (node: Node & { readonly items: ReadonlyArray<unknown> }): ReadonlyMap<string, Child> => {
  const known = mapIndexes.get(node)
  if (known !== undefined) return known
  const index = new Map<string, Child>()
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue
    const key = String(pair.key.value)
    // The first occurrence, as a duplicate key is reported at its second.
    if (!index.has(key)) index.set(key, { value: (pair.value as Node | null) ?? (pair.key as Node), key: pair.key as Node })
  }
  mapIndexes.set(node, index)
  return index
}

const childOf = (node: Node | undefined, segment: string | number): Child | undefined => {
  if (isMap(node)) return mapIndex(node as Node & { readonly items: ReadonlyArray<unknown> }).get(String(segment))
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
  const checkText = (node: ParsedNode | Node, value: string, what: "key" | "text"): void => {
    if (hasLoneSurrogate(value)) report(node, "lone-surrogate", `${what} contains a lone UTF-16 surrogate (an invalid \`\\uD800\`-style escape)`)
    const control = CONTROL_CHARACTER.exec(value)
    if (control !== null) {
      report(node, "control-character", `${what} contains the control character ${codePointName(control[0])}`, "only tab and line feed may appear in text; a line break is a new line in the YAML (or `\\n` in a quoted string)")
    }
    const bidi = BIDI_CONTROL.exec(value)
    if (bidi !== null) {
      report(node, "bidi-control", `${what} contains the bidirectional control ${codePointName(bidi[0])}`, "it can reorder how the text is displayed (a phone number, an amount); remove it")
    }
  }
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      const keys = new Set<string>()
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        if (!isScalar(pair.key)) {
          report(pair.key as Node, "complex-key", "keys must be plain strings")
          continue
        }
        const key = String(pair.key.value)
        if (keys.has(key)) report(pair.key, "duplicate-key", "duplicate key: a key may appear once in a mapping")
        keys.add(key)
        if (pair.key.value === "__proto__") report(pair.key, "forbidden-key", "the key `__proto__` is not allowed", "it could alter object prototypes in consumers")
        if (typeof pair.key.value === "string") checkText(pair.key, pair.key.value, "key")
        visit(pair.value)
      }
    } else if (isSeq(node)) {
      node.items.forEach(visit)
    } else if (isScalar(node)) {
      if (typeof node.value === "number" && !Number.isFinite(node.value)) {
        report(node, "non-finite-number", `\`${node.source ?? String(node.value)}\` is not a finite number`, "JSON has no NaN or Infinity; amounts and counts are finite integers")
      } else if (typeof node.value === "string") {
        checkText(node, node.value, "text")
      }
    } else if (isAlias(node)) {
      // Resolved (and counted) by toJS.
    }
  }
  visit(document.contents)
  return found
}
