/**
 * Importing an existing policy: plain text, Markdown or a saved HTML page →
 * a draft policy document (YAML, every extracted value commented with its
 * source lines and a confidence) that passes structural validation, and a
 * report of what was found where and what was not placed. Pure and
 * browser-safe: no file system here (the CLI reads the file).
 *
 * Published as `appi-policy/import` (its own entry, so that the main and
 * browser entries do not carry an HTML and a Markdown parser); the CLI's
 * `import` command uses it; nothing else in the library depends on it.
 *
 * @example
 * ```ts
 * import { importPolicy } from "appi-policy/import"
 * const result = importPolicy(text, { file: "policy.txt" })
 * if (result.ok) console.log(result.yaml, result.report.lines.placedShare)
 * ```
 * @since 0.3.0
 */
import type { Diagnostic } from "../core/Diagnostic.ts"
import { decodeText } from "../load/decodeText.ts"
import { parsePolicy } from "../load/parsePolicy.ts"
import { SCHEMA_VERSION } from "../model/Policy.ts"
import { buildTitles, buildLineFacts, buildPreamble, policyId } from "./build/operator.ts"
import { type Context, ja, MISSING, stripMarker } from "./build/common.ts"
import { buildAccredited, buildComplaints, buildContactWindows, linkWindows } from "./build/contact.ts"
import { buildPolicyChanges, buildPrinciples, buildRetention, buildSecurity, buildTracking, sweep } from "./build/other.ts"
import { buildJointUse, buildOutsourcing, buildProvision, resolveExceptionsReference } from "./build/provision.ts"
import { buildCategories, buildChannels, buildPurposeChange, buildPurposeNotice, buildPurposes, buildUseBeyond, buildVoluntariness } from "./build/purposes.ts"
import { buildFees, buildRequests } from "./build/requests.ts"
import { classify, regions } from "./classify.ts"
import { type Confidence, Draft, type Placement, type Text } from "./draft.ts"
import { emailsIn } from "./extract.ts"
import { descendants, isHeading, type Node, parse } from "./parse.ts"
import { CONCEPTS, conceptOfSentence, conceptOfTitle, isPolicyTitle } from "./rules.ts"
import { detectFormat, type InputFormat, sourceLines } from "./source.ts"
import { formatLines, draftYaml } from "./yaml.ts"

export { CONCEPT_RULES, CONCEPTS, type Concept, type ConceptRule } from "./rules.ts"
export { detectFormat, INPUT_FORMATS, type InputFormat } from "./source.ts"
export type { Confidence, Placement } from "./draft.ts"

/** @since 0.3.0 */
export interface ImportOptions {
  /** `text`, `markdown` or `html`; by default from the file name, else from the content. */
  readonly format?: InputFormat
  /** The file's name, for the format and the report (default `<input>`). */
  readonly file?: string
}

/** One value found, for the report. @since 0.3.0 */
export interface Finding {
  /** Dotted path into the draft, e.g. `purposes.items[3].text.ja`. */
  readonly path: string
  readonly lines: ReadonlyArray<number>
  readonly confidence: Confidence
  readonly missing?: true
}

/** A passage that fits no concept: kept verbatim in `additionalClauses`. @since 0.3.0 */
export interface Unplaced {
  readonly clause: string
  readonly lines: ReadonlyArray<number>
  readonly text: ReadonlyArray<string>
}

/** The import report (JSON). @since 0.3.0 */
export interface ImportReport {
  readonly file: string
  readonly format: InputFormat
  readonly lines: { readonly total: number; readonly placed: number; readonly unplaced: number; readonly placedShare: number }
  /** Per concept, what was found where; a concept with nothing found is listed with no findings. */
  readonly concepts: Readonly<Record<string, ReadonlyArray<Finding>>>
  readonly unplaced: ReadonlyArray<Unplaced>
  /** Required values the policy does not give (placeholders stand in the draft). */
  readonly missing: ReadonlyArray<string>
  /** Whether the draft passes structural validation (`parsePolicy`). */
  readonly valid: boolean
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

/** @since 0.3.0 */
export type ImportResult =
  | { readonly ok: true; readonly yaml: string; readonly policy: Record<string, unknown>; readonly report: ImportReport }
  | { readonly ok: false; readonly diagnostics: ReadonlyArray<Diagnostic> }

/** The order of the model's keys, for a draft that reads like the examples. */
const KEY_ORDER = [
  "schemaVersion", "id", "title", "subtitle", "operator", "preambleTitle", "preamble", "sectionIntros", "principles", "dataCategories", "acquisitionChannels", "purposes",
  "useBeyondPurpose", "purposeNotice", "voluntariness", "marketingOptOut", "thirdPartyProvision", "jointUses", "outsourcing", "securityMeasures", "retention", "requests",
  "fees", "tracking", "complaints", "contactWindows", "accreditedOrganization", "policyChanges", "history", "additionalClauses"
] as const

const pathString = (path: ReadonlyArray<string | number>): string => path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out === "" ? key : `${out}.${key}`), "")

/** Removes texts left empty and fills required ones the policy does not give. */
const clean = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(clean).filter((item) => !(item !== null && typeof item === "object" && "ja" in item && Object.keys(item).length <= 2 && (item as Text).ja === ""))
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue
      if (v !== null && typeof v === "object" && !Array.isArray(v) && "ja" in v && (v as Text).ja === "") out[key] = { ...(v as Text), ja: MISSING }
      else out[key] = clean(v)
    }
    return out
  }
  return value
}

/** The lines no builder placed, as clauses: one per run of lines under the same heading. */
const additionalClauses = (draft: Draft, root: Node): ReadonlyArray<Unplaced & { readonly title?: string }> => {
  const clauses: Array<Unplaced & { title?: string }> = []
  let current: (Unplaced & { title?: string; owner: Node | undefined; lines: Array<number>; text: Array<string> }) | undefined
  const headingOf = (n: Node): Node | undefined => {
    for (let p: Node | undefined = n; p !== undefined; p = p.parent) if (isHeading(p)) return p
    return undefined
  }
  const all = descendants(root).flatMap((n) => n.parts.map((part) => ({ n, part }))).sort((a, b) => a.part.n - b.part.n)
  for (const { n, part } of all) {
    if (draft.isPlaced(part) || part.text.trim() === "") continue
    const owner = isHeading(n) ? n : headingOf(n)
    if (current === undefined || current.owner !== owner || part.n - current.lines[current.lines.length - 1]! > 3) {
      const title = owner !== undefined && owner !== n && owner.type !== "title" ? owner.text : undefined
      current = { clause: "", owner, lines: [], text: [], ...(title === undefined ? {} : { title }) }
      clauses.push(current)
    }
    current.lines.push(part.n)
    current.text.push(part.text.trim())
  }
  return clauses.map((clause, i) => ({ clause: `clause-${i + 1}`, lines: clause.lines, text: clause.text, ...(clause.title === undefined ? {} : { title: clause.title }) }))
}

/**
 * Imports a policy. Fails only when the bytes are not text (not UTF-8, too
 * large, empty); any text gives a draft.
 *
 * @since 0.3.0
 */
export const importPolicy = (input: string | Uint8Array, options: ImportOptions = {}): ImportResult => {
  const file = options.file ?? "<input>"
  let text: string
  if (typeof input === "string") text = input
  else {
    const decoded = decodeText(input, file)
    if ("diagnostics" in decoded) return { ok: false, diagnostics: decoded.diagnostics }
    text = decoded.text
  }
  if (text.trim() === "") return { ok: false, diagnostics: [{ file, severity: "error", code: "empty", message: "file is empty; expected a privacy policy", path: [] }] }
  const format = options.format ?? detectFormat(text, file)
  const lines = sourceLines(text, format)
  const root = parse(lines, { namesSection, isPolicyTitle })
  const concepts = classify(root)
  const ctx: Context = { draft: new Draft(), regions: regions(root, concepts), concepts }
  const { draft } = ctx

  buildTitles(ctx, root)
  const managers = buildLineFacts(ctx, root)
  buildFees(ctx, root)
  buildPurposeNotice(ctx)
  buildUseBeyond(ctx)
  buildPurposeChange(ctx)
  buildPrinciples(ctx)
  buildCategories(ctx)
  buildChannels(ctx)
  buildPurposes(ctx)
  buildVoluntariness(ctx)
  buildProvision(ctx)
  buildJointUse(ctx)
  buildOutsourcing(ctx)
  buildSecurity(ctx)
  buildRetention(ctx)
  buildRequests(ctx)
  buildComplaints(ctx)
  buildContactWindows(ctx, managers)
  buildAccredited(ctx)
  buildTracking(ctx)
  buildPolicyChanges(ctx)
  buildMarketingOptOut(ctx)
  buildPreamble(ctx, root)
  resolveExceptionsReference(ctx)
  declareFeeKinds(ctx)
  linkWindows(ctx)
  // What a builder left inside its own section goes to that section's text.
  sweep(ctx, "thirdPartyProvision", ["thirdPartyProvision", "text"])
  sweep(ctx, "outsourcing", ["outsourcing", "text"])
  sweep(ctx, "securityMeasures", ["securityMeasures", "text"])
  sweep(ctx, "requests", ["requests", "text"])
  sweep(ctx, "complaints", ["complaints", "text"])

  // Required parts of the document.
  const doc = draft.doc
  doc["schemaVersion"] = SCHEMA_VERSION
  const operatorName = ((doc["operator"] as Record<string, unknown> | undefined)?.["name"] as Text | undefined)?.ja
  const emails = ((doc["contactWindows"] as Array<Record<string, unknown>> | undefined) ?? []).flatMap((w) => (w["emails"] as Array<string> | undefined) ?? [])
  doc["id"] = policyId(operatorName, emails.length > 0 ? emails : emailsIn(text))
  doc["operator"] ??= {}
  doc["dataCategories"] ??= []
  doc["purposes"] ??= { items: [] }
  doc["contactWindows"] ??= []

  const clauses = additionalClauses(draft, root)
  if (clauses.length > 0) {
    doc["additionalClauses"] = clauses.map((clause) => ({ id: clause.clause, ...(clause.title === undefined ? {} : { title: ja(clause.title) }), text: clause.text.map((t) => ({ ja: t.trim() })) }))
    clauses.forEach((clause, i) => draft.place("additional" as Placement["concept"], ["additionalClauses", i, "id"], clause.lines, "low"))
  }

  const ordered: Record<string, unknown> = {}
  const cleaned = clean(doc) as Record<string, unknown>
  for (const key of KEY_ORDER) if (cleaned[key] !== undefined) ordered[key] = cleaned[key]

  const header = [
    `Draft imported by \`appi-policy import\` from ${file} (${format}).`,
    "Every value says where it came from (`L42` is line 42 of the source) and how sure the import is (high, medium, low).",
    "Review it, translate it (`en`), then run `appi-policy lint` to see what the published policy lacks."
  ]
  const yaml = draftYaml(ordered, draft.placements, header)
  const validation = parsePolicy(yaml, { file: "draft.yaml" })

  const nonBlank = lines.filter((line) => line.text.trim() !== "")
  const inClauses = new Set(clauses.flatMap((c) => c.lines))
  const placedLines = nonBlank.filter((line) => draft.isPlaced(line.n) && !inClauses.has(line.n)).length
  const findings: Record<string, Array<Finding>> = {}
  for (const concept of ["title", "preamble", ...CONCEPTS]) findings[concept] = []
  for (const placement of draft.placements) {
    if (placement.path.length === 0 || placement.concept === "additional") continue
    const list = findings[placement.concept] ?? []
    findings[placement.concept] = list
    list.push({ path: pathString(placement.path), lines: placement.lines, confidence: placement.confidence, ...(placement.missing === true ? { missing: true as const } : {}) })
  }
  const report: ImportReport = {
    file,
    format,
    lines: { total: nonBlank.length, placed: placedLines, unplaced: nonBlank.length - placedLines, placedShare: nonBlank.length === 0 ? 1 : Math.round((placedLines / nonBlank.length) * 1000) / 1000 },
    concepts: findings,
    unplaced: clauses.map(({ clause, lines: at, text: words }) => ({ clause, lines: at, text: words })),
    missing: draft.placements.filter((p) => p.missing === true).map((p) => pathString(p.path)),
    valid: validation.ok,
    diagnostics: validation.ok ? [] : validation.diagnostics
  }
  return { ok: true, yaml, policy: ordered, report }
}

/** A fee for a kind of request says that kind is accepted: it is declared in `requests.kinds` (the references must resolve). */
const declareFeeKinds = (ctx: Context): void => {
  const fees = (ctx.draft.doc["fees"] as ReadonlyArray<Record<string, unknown>> | undefined) ?? []
  if (fees.length === 0) return
  const requests = ctx.draft.section<Record<string, unknown>>("requests", () => ({ kinds: [] }))
  const kinds = new Set([...(requests["kinds"] as ReadonlyArray<string>), ...fees.flatMap((fee) => fee["kinds"] as ReadonlyArray<string>)])
  requests["kinds"] = ["purpose-notification", "disclosure", "provision-record-disclosure", "correction", "use-stop", "provision-stop"].filter((kind) => kinds.has(kind))
}

/** Whether an unmarked line names a section: it names a concept, and is not the name of an office (…相談室, …事務局, …協会). */
const namesSection = (line: string): boolean => conceptOfTitle(line) !== undefined && !/(?:室|事務局|センター|協会|機構|法人|株式会社|会社)$/u.test(line.trim())

/** A marketing opt-out stated on its own (メール配信の停止をご希望の場合…). */
const buildMarketingOptOut = (ctx: Context): void => {
  for (const region of ctx.regions) {
    if (region.concept !== "marketingOptOut" || ctx.draft.doc["marketingOptOut"] !== undefined) continue
    const n = region.root
    if (n.parts.every((part) => ctx.draft.isPlaced(part))) continue
    ctx.draft.doc["marketingOptOut"] = { purposes: "all", canResume: /再開/u.test(n.text), text: ja(stripMarker(n.text)) }
    ctx.draft.place("marketingOptOut", ["marketingOptOut", "text", "ja"], n.parts, "medium")
  }
}

/** The one-line summary of a report, for the CLI. @since 0.3.0 */
export const reportSummary = (report: ImportReport): string => {
  const found = Object.entries(report.concepts).filter(([, list]) => list.length > 0).length
  return `${report.file}: ${report.lines.placed}/${report.lines.total} lines placed (${(report.lines.placedShare * 100).toFixed(1)}%), ${found} concepts found, ${report.unplaced.length} passage(s) in additionalClauses${report.unplaced.length === 0 ? "" : ` (${report.unplaced.map((u) => formatLines(u.lines)).join("; ")})`}, draft ${report.valid ? "valid" : "INVALID"}`
}

/** The classifier, for tools that want to classify a heading or a sentence. @since 0.3.0 */
export { conceptOfSentence, conceptOfTitle }
