/**
 * Static guard check: finds the calls of the guard in a TypeScript project
 * whose request is known at compile time (string literals, or constants that
 * resolve to them) and asks the real checker about each, so a service's CI
 * fails on a use the policy does not allow before it ships.
 *
 * A guard call is one of:
 * - `check(table, request)` imported from `appi-policy/guard` or `appi-policy`
 *   (under any local name, or through a namespace import);
 * - a call of a `Checker`, the function `createChecker(table)` returns;
 * - `check(request)` or `decide(request)` on the `PurposeGuard` service (an
 *   object with those methods whose `table` is a `DecisionTable`);
 * - the wrappers of a typed-ids module from `codegen ts` (`checkUse`,
 *   `checkProvide`, and the `TypedChecker` of `createTypedChecker`).
 *
 * @since 0.1.0
 */
import { existsSync, statSync } from "node:fs"
import { join, resolve } from "node:path"
import type { CallExpression, Node as MorphNode, Project, SourceFile, Symbol as MorphSymbol, ts, Type } from "ts-morph"
import { check } from "../check.ts"
import type { Decision } from "../decisions.ts"
import type { GuardRequest } from "../request.ts"
import type { DecisionTable } from "../table.ts"
import { loadTsMorph } from "./loadTsMorph.ts"
import { type NotKnownWhy, type ScanProblem, toolingWords } from "./catalog/index.ts"
import { TYPED_IDS_MARKER } from "./typedIds.ts"

/** Where a call is: an absolute file path and a 1-based line and column. @since 0.1.0 */
export interface CallSite {
  readonly file: string
  readonly line: number
  readonly column: number
}

/**
 * A guard call: its request when every field that decides is statically
 * known, otherwise the reason it is not.
 *
 * @since 0.1.0
 */
export type GuardCall =
  | { readonly known: true; readonly site: CallSite; readonly request: GuardRequest }
  | { readonly known: false; readonly site: CallSite; readonly why: NotKnownWhy; readonly reason: string }

/**
 * A guard call with the checker's decision, or why it could not be checked:
 * `why` as data (`toolingWords[lang].notKnown(why)` words it), `reason` in English.
 *
 * @since 0.1.0
 */
export type ScanFinding =
  | { readonly kind: "checked"; readonly site: CallSite; readonly request: GuardRequest; readonly decision: Decision }
  | { readonly kind: "not-statically-known"; readonly site: CallSite; readonly why: NotKnownWhy; readonly reason: string }

/** @since 0.1.0 */
export interface ScanOptions {
  /** Module specifiers the guard is imported from (default `appi-policy/guard` and `appi-policy`). */
  readonly guardModules?: ReadonlyArray<string>
}

/** `problem` as data (`toolingWords[lang].scanProblem(problem)` words it), `error` in English. @since 0.1.0 */
export type FindResult = { readonly ok: true; readonly calls: ReadonlyArray<GuardCall> } | { readonly ok: false; readonly problem: ScanProblem; readonly error: string }

/** @since 0.1.0 */
export type ScanResult = { readonly ok: true; readonly findings: ReadonlyArray<ScanFinding> } | { readonly ok: false; readonly problem: ScanProblem; readonly error: string }

const DEFAULT_GUARD_MODULES = ["appi-policy/guard", "appi-policy"]
/** Where the request is among a call's arguments. */
type RequestArgument = 0 | 1

/** The symbol behind an import alias or re-export, compared by identity. */
const target = (symbol: MorphSymbol | undefined): ts.Symbol | undefined =>
  symbol === undefined ? undefined : ((symbol.isAlias() ? symbol.getAliasedSymbol() : undefined) ?? symbol).compilerSymbol

const isTypedIdsModule = (file: SourceFile): boolean => file.getFullText().slice(0, 200).includes(TYPED_IDS_MARKER)

/** What the guard's modules (and any typed-ids modules) export, by role. */
interface GuardVocabulary {
  /** Functions taking the request as their argument 0 or 1. */
  readonly functions: ReadonlyMap<ts.Symbol, RequestArgument>
  /** Type aliases of checker functions (`Checker`, `TypedChecker`). */
  readonly checkerTypes: ReadonlySet<ts.Symbol>
  /** The `DecisionTable` interface, which marks the `PurposeGuard` service. */
  readonly tableTypes: ReadonlySet<ts.Symbol>
}

const vocabulary = (files: ReadonlyArray<SourceFile>, guardModules: ReadonlySet<string>): GuardVocabulary => {
  const functions = new Map<ts.Symbol, RequestArgument>()
  const checkerTypes = new Set<ts.Symbol>()
  const tableTypes = new Set<ts.Symbol>()
  const entries = new Set<SourceFile>()
  for (const file of files) {
    if (isTypedIdsModule(file)) entries.add(file)
    for (const declaration of file.getImportDeclarations()) {
      const entry = declaration.getModuleSpecifierSourceFile()
      if (entry !== undefined && (guardModules.has(declaration.getModuleSpecifierValue()) || isTypedIdsModule(entry))) entries.add(entry)
    }
  }
  for (const entry of entries) {
    const typedIds = isTypedIdsModule(entry)
    for (const exported of entry.getExportSymbols()) {
      const symbol = target(exported)
      if (symbol === undefined) continue
      const name = exported.getName()
      if (typedIds ? name === "checkUse" || name === "checkProvide" : name === "check") functions.set(symbol, 1)
      else if (name === (typedIds ? "TypedChecker" : "Checker")) checkerTypes.add(symbol)
      else if (!typedIds && name === "DecisionTable") tableTypes.add(symbol)
    }
  }
  return { functions, checkerTypes, tableTypes }
}

/** The request argument of a guard call, or undefined when the call is not one. */
const requestArgument = (call: CallExpression, words: GuardVocabulary): MorphNode | "missing" | undefined => {
  const { Node } = loadTsMorph()
  const callee = call.getExpression()
  const argument = (index: RequestArgument) => call.getArguments()[index] ?? "missing"
  const symbol = Node.isPropertyAccessExpression(callee) ? callee.getNameNode().getSymbol() : callee.getSymbol()
  const resolved = target(symbol)
  const index = resolved === undefined ? undefined : words.functions.get(resolved)
  if (index !== undefined) return argument(index)
  const alias = target(callee.getType().getAliasSymbol())
  if (alias !== undefined && words.checkerTypes.has(alias)) return argument(0)
  // PurposeGuard: `guard.check(request)` / `guard.decide(request)` where `guard.table` is a DecisionTable.
  if (Node.isPropertyAccessExpression(callee) && ["check", "decide"].includes(callee.getName())) {
    const table = callee.getExpression().getType().getProperty("table")
    const tableType = table === undefined ? undefined : target(table.getTypeAtLocation(callee).getSymbol())
    if (tableType !== undefined && words.tableTypes.has(tableType)) return argument(0)
  }
  return undefined
}

/** A literal value a type stands for, or undefined when it stands for more than one. */
const literalOfType = (type: Type): string | boolean | undefined => {
  if (type.isStringLiteral()) return type.getLiteralValue() as string
  if (type.isBooleanLiteral()) return type.getText() === "true"
  return undefined
}

type Value = string | boolean | { readonly [key: string]: Value } | undefined
type Evaluated = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly why: NotKnownWhy }

const stripped = (node: MorphNode): MorphNode => {
  const { Node } = loadTsMorph()
  // `x as const`, `x satisfies T`, `(x)`, `x!`: the run-time value is x's.
  if (Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isParenthesizedExpression(node) || Node.isNonNullExpression(node)) {
    return stripped(node.getExpression())
  }
  return node
}

/** The fields of a request that decide it, nested as the request nests them (a leaf has no fields). */
interface Shape {
  readonly [field: string]: Shape
}
const LEAF: Shape = {}
const REQUEST_SHAPE: Shape = {
  category: LEAF,
  purpose: LEAF,
  exception: LEAF,
  provide: { to: LEAF, recipient: LEAF, country: LEAF, entrustorPermission: LEAF },
  consent: { purpose: LEAF, provision: LEAF, foreign: LEAF }
}

/** The field a path names (`""`: the request itself, no field). */
const fieldAt = (path: string): { readonly field?: string } => (path === "" ? {} : { field: path })

/** The value of an expression when the source or its type fixes it. */
const evaluate = (node: MorphNode, shape: Shape, path: string): Evaluated => {
  const { Node, SyntaxKind } = loadTsMorph()
  const expression = stripped(node)
  if (Node.isStringLiteral(expression) || Node.isNoSubstitutionTemplateLiteral(expression)) return { ok: true, value: expression.getLiteralValue() }
  if (expression.getKind() === SyntaxKind.TrueKeyword) return { ok: true, value: true }
  if (expression.getKind() === SyntaxKind.FalseKeyword) return { ok: true, value: false }
  if (Node.isIdentifier(expression) && expression.getText() === "undefined") return { ok: true, value: undefined }
  if (Node.isObjectLiteralExpression(expression)) {
    const value: Record<string, Value> = {}
    for (const property of expression.getProperties()) {
      if (Node.isSpreadAssignment(property)) return { ok: false, why: { kind: "spread", ...fieldAt(path) } }
      if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property)) continue
      const nameNode = property.getNameNode()
      const name = Node.isIdentifier(nameNode) ? nameNode.getText() : Node.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : undefined
      if (name === undefined || !Object.hasOwn(shape, name)) {
        if (name === undefined) return { ok: false, why: { kind: "computed-key", ...fieldAt(path) } }
        continue
      }
      const fieldPath = path === "" ? name : `${path}.${name}`
      const field = Node.isPropertyAssignment(property)
        ? evaluate(property.getInitializerOrThrow(), shape[name]!, fieldPath)
        : evaluateType(property.getValueSymbol()?.getTypeAtLocation(property) ?? property.getType(), property, shape[name]!, fieldPath)
      if (!field.ok) return field
      value[name] = field.value
    }
    return { ok: true, value }
  }
  return evaluateType(expression.getType(), expression, shape, path)
}

/** The value a type fixes: a literal, or an object type whose fields are all literals (`as const`). */
const evaluateType = (type: Type, at: MorphNode, shape: Shape, path: string): Evaluated => {
  const literal = literalOfType(type)
  if (literal !== undefined) return { ok: true, value: literal }
  if (type.isUndefined()) return { ok: true, value: undefined }
  if (Object.keys(shape).length > 0 && type.isObject() && !type.isUnion()) {
    const value: Record<string, Value> = {}
    for (const name of Object.keys(shape)) {
      const property = type.getProperty(name)
      if (property === undefined) continue
      const field = evaluateType(property.getTypeAtLocation(at), at, shape[name]!, path === "" ? name : `${path}.${name}`)
      if (!field.ok) return field
      value[name] = field.value
    }
    return { ok: true, value }
  }
  return { ok: false, why: { kind: "not-constant", ...fieldAt(path), type: type.getText(at) } }
}

/** Drops fields whose value is `undefined`, as the checker does not tell them from absent ones. */
const defined = (value: Record<string, Value>): Record<string, Value> =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined).map(([key, field]) => [key, typeof field === "object" ? defined(field) : field]))

const siteOf = (call: CallExpression): CallSite => {
  const file = call.getSourceFile()
  const { line, column } = file.getLineAndColumnAtPos(call.getStart())
  return { file: file.getFilePath(), line, column }
}

const bySite = (a: { readonly site: CallSite }, b: { readonly site: CallSite }): number =>
  (a.site.file < b.site.file ? -1 : a.site.file > b.site.file ? 1 : 0) || a.site.line - b.site.line || a.site.column - b.site.column

const notKnown = (site: CallSite, why: NotKnownWhy): GuardCall => ({ known: false, site, why, reason: toolingWords.en.notKnown(why) })
const cannotScan = (problem: ScanProblem): { readonly ok: false; readonly problem: ScanProblem; readonly error: string } => ({
  ok: false,
  problem,
  error: toolingWords.en.scanProblem(problem)
})

/** A directory (its `tsconfig.json`) or a tsconfig file. */
const tsconfigOf = (projectPath: string): string | undefined => {
  const path = resolve(projectPath)
  if (!existsSync(path)) return undefined
  const file = statSync(path).isDirectory() ? join(path, "tsconfig.json") : path
  return existsSync(file) ? file : undefined
}

const openProject = (tsconfig: string): Project => {
  const { Project } = loadTsMorph()
  const project = new Project({ tsConfigFilePath: tsconfig, skipFileDependencyResolution: true })
  return project
}

/**
 * The guard calls of a TypeScript project, in file and position order.
 *
 * @example
 * ```ts
 * import { findGuardCalls } from "appi-policy/codegen"
 * const found = findGuardCalls("services/orders")
 * if (found.ok) for (const call of found.calls) console.log(call.site, call.known ? call.request : call.reason)
 * ```
 * @since 0.1.0
 */
export const findGuardCalls = (projectPath: string, options: ScanOptions = {}): FindResult => {
  // Checked before ts-morph loads: a wrong path is reported even where the optional peer is missing.
  const tsconfig = tsconfigOf(projectPath)
  if (tsconfig === undefined) return cannotScan({ kind: "no-tsconfig", path: projectPath })
  const { SyntaxKind } = loadTsMorph()
  let project: Project
  try {
    project = openProject(tsconfig)
  } catch (cause) {
    return cannotScan({ kind: "unreadable-tsconfig", path: tsconfig, cause: cause instanceof Error ? cause.message : String(cause) })
  }
  // The project's own files: dependencies are resolved afterwards, for types only.
  const own = project.getSourceFiles().filter((file) => !file.isDeclarationFile() && !file.isInNodeModules())
  project.resolveSourceFileDependencies()
  const words = vocabulary(own, new Set(options.guardModules ?? DEFAULT_GUARD_MODULES))
  const calls: Array<GuardCall> = []
  for (const file of own) {
    if (isTypedIdsModule(file)) continue
    for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const argument = requestArgument(call, words)
      if (argument === undefined) continue
      const site = siteOf(call)
      if (argument === "missing") {
        calls.push(notKnown(site, { kind: "no-request-argument" }))
        continue
      }
      const evaluated = evaluate(argument, REQUEST_SHAPE, "")
      if (!evaluated.ok) calls.push(notKnown(site, evaluated.why))
      else if (typeof evaluated.value !== "object") calls.push(notKnown(site, { kind: "not-an-object" }))
      else calls.push({ known: true, site, request: defined(evaluated.value) as unknown as GuardRequest })
    }
  }
  return { ok: true, calls: calls.sort(bySite) }
}

/**
 * Finds the guard calls of a project and decides each statically known one
 * with the real checker over `table`.
 *
 * @example
 * ```ts
 * import { compileGuard, loadPolicyFile } from "appi-policy"
 * import { scanProject } from "appi-policy/codegen"
 * const loaded = loadPolicyFile("policy.yaml")
 * if (loaded.ok) {
 *   const scanned = scanProject("services/orders", compileGuard(loaded.policy))
 *   const denied = scanned.ok ? scanned.findings.filter((f) => f.kind === "checked" && !f.decision.allowed) : []
 * }
 * ```
 * @since 0.1.0
 */
export const scanProject = (projectPath: string, table: DecisionTable, options: ScanOptions = {}): ScanResult => {
  const found = findGuardCalls(projectPath, options)
  if (!found.ok) return found
  return {
    ok: true,
    findings: found.calls.map((call): ScanFinding =>
      call.known
        ? { kind: "checked", site: call.site, request: call.request, decision: check(table, call.request) }
        : { kind: "not-statically-known", site: call.site, why: call.why, reason: call.reason }
    )
  }
}

/**
 * A request in words, user input in backticks: "category `customers`, purpose `contact`".
 *
 * @since 0.1.0
 */
export const describeRequest = (request: GuardRequest): string => {
  const parts = [`category \`${request.category}\``]
  if ("provide" in request) {
    const { to, recipient, country, entrustorPermission } = request.provide
    parts.push(`provided to \`${to}\``)
    if (recipient !== undefined) parts.push(`recipient \`${recipient}\``)
    if (country !== undefined) parts.push(`country \`${country}\``)
    if (entrustorPermission !== undefined) parts.push(`entrustor permission \`${String(entrustorPermission)}\``)
  } else parts.push(`purpose \`${request.purpose}\``)
  if (request.exception !== undefined) parts.push(`exception \`${request.exception}\``)
  const consents = Object.entries(request.consent ?? {}).filter(([, given]) => given === true).map(([kind]) => kind)
  if (consents.length > 0) parts.push(`consent to ${consents.map((kind) => `\`${kind}\``).join(", ")}`)
  return parts.join(", ")
}
