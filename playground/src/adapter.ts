/**
 * Every use of the library's API, in one place. The playground is built
 * against the current sources (`src/browser.ts`, published as
 * `appi-policy/core`); when that API moves, this is the file to fix. The rest
 * of the playground sees only the plain types declared here.
 *
 * Only the top-level functions and the small `Core`, `Load` and `Render`
 * namespaces are imported as values: importing a namespace brings all of it into the
 * bundle (`Guard`: the Effect service; `Lint`: the rule documentation;
 * `Diff`: the changelog formatter and the change documentation — about 14 KB
 * gzipped together, against a 400 KB budget). The few lists needed from them
 * are copied here and checked against the library's types (`exhaustive`).
 */
import { check, compileGuard, createChecker, Core, diff, lintText, Load, parsePolicy, render, Render } from "../../src/browser.ts"
import type { ChangeSet, Decision, DecisionTable, Diff, Guard, GuardRequest, Policy } from "../../src/browser.ts"

export type { ChangeSet, Decision, DecisionTable, GuardRequest, Policy }

export interface Bilingual {
  readonly ja: string
  readonly en: string
}

export interface Position {
  readonly line: number
  readonly column: number
}

/** A loading diagnostic or a lint finding, ready to show in either language. */
export interface Problem {
  readonly source: "load" | "lint"
  readonly severity: "error" | "warning"
  /** The loader's code (`unknown-key`) or the lint rule's id. */
  readonly code: string
  readonly message: Bilingual
  readonly help?: Bilingual
  /** The article a lint rule enforces. */
  readonly citation?: Bilingual
  /** `operator.adress`, `purposes.items[0].categories[0]`. */
  readonly path: string
  readonly start?: Position
  readonly end?: Position
}

export type Analysis =
  | {
      readonly ok: true
      readonly policy: Policy
      readonly problems: ReadonlyArray<Problem>
      /** The guard's decision table, compiled when first asked for (the guard pane may never be opened). */
      readonly table: () => DecisionTable
      /** The policy as canonical data: equal for texts that differ only in comments or layout. */
      readonly key: string
    }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }

const FILE = "policy.yaml"

/**
 * Loads, validates and lints the text: the loader's diagnostics when it does
 * not load (in both languages: the loader writes English, `localizeLoadDiagnostic`
 * Japanese), else the lint findings at their line:column and the guard's
 * decision table.
 */
export const analyse = (text: string): Analysis => {
  const report = lintText(text, { file: FILE, lang: "en" })
  if (!report.ok) {
    const problems = report.diagnostics.map((d): Problem => {
      const ja = Load.localizeLoadDiagnostic(d, "ja")
      return {
        source: "load",
        severity: d.severity,
        code: d.code,
        message: { ja: ja.message, en: d.message },
        ...(d.help === undefined ? {} : { help: { ja: ja.help ?? d.help, en: d.help } }),
        path: Core.formatPath(d.path),
        ...(d.start === undefined ? {} : { start: d.start }),
        ...(d.end === undefined ? {} : { end: d.end })
      }
    })
    return { ok: false, problems }
  }
  const problems = report.diagnostics.map((d): Problem => {
    const help = d.localized.en.help !== undefined ? { ja: d.localized.ja.help ?? d.localized.en.help, en: d.localized.en.help } : undefined
    return {
      source: "lint",
      severity: d.severity,
      code: d.code,
      message: { ja: d.localized.ja.message, en: d.localized.en.message },
      ...(help === undefined ? {} : { help }),
      citation: d.citation,
      path: Core.formatPath(d.path),
      ...(d.start === undefined ? {} : { start: d.start }),
      ...(d.end === undefined ? {} : { end: d.end })
    }
  })
  const policy = report.policy
  let table: DecisionTable | undefined
  return { ok: true, policy, problems, table: () => (table ??= compileGuard(policy)), key: JSON.stringify(policy) }
}

/** Loads a policy without linting it (the revision baseline). */
export const load = (text: string): Policy | undefined => {
  const loaded = parsePolicy(text, { file: FILE })
  return loaded.ok ? loaded.policy : undefined
}

// ---- rendering ------------------------------------------------------------

export type RenderLang = "ja" | "en" | "ja+en"
export type RenderFormat = "html" | "markdown" | "text"
export type RenderStyle = Render.RenderStyle
export const RENDER_LANGS: ReadonlyArray<RenderLang> = Render.RENDER_LANGS
export const RENDER_FORMATS: ReadonlyArray<RenderFormat> = ["html", "markdown", "text"].filter((f): f is RenderFormat =>
  (Render.RENDER_FORMATS as ReadonlyArray<string>).includes(f)
)
/** The renderer's style options and their accepted values (`src/render/style.ts`). */
export const STYLE_VALUES: { readonly [K in keyof RenderStyle]: ReadonlyArray<RenderStyle[K]> } = Render.STYLE_VALUES
export const DEFAULT_STYLE: RenderStyle = Render.DEFAULT_STYLE

export interface RenderRequest {
  /** The language of the interface, in which the renderer's diagnostics are worded. */
  readonly ui: "ja" | "en"
  readonly lang: RenderLang
  readonly format: RenderFormat
  readonly style: RenderStyle
  readonly allowMissing: boolean
}

export type Rendered =
  | { readonly ok: true; readonly output: string; readonly warnings: ReadonlyArray<string> }
  | { readonly ok: false; readonly problems: ReadonlyArray<string> }

const located = (d: { readonly message: string; readonly path: ReadonlyArray<string | number>; readonly start?: Position }): string => {
  const where = d.start === undefined ? "" : `${d.start.line}:${d.start.column} `
  const path = d.path.length === 0 ? "" : ` (${Core.formatPath(d.path)})`
  return `${where}${d.message}${path}`
}

export const renderPolicy = (policy: Policy, request: RenderRequest): Rendered => {
  const result = render(policy, { lang: request.lang, format: request.format, style: request.style, allowMissing: request.allowMissing, file: FILE, diagnosticLang: request.ui })
  return result.ok ? { ok: true, output: result.output, warnings: result.warnings.map(located) } : { ok: false, problems: result.diagnostics.map(located) }
}

// ---- revision -------------------------------------------------------------

export type Impact = Diff.Impact
/** Least first, as `Diff.IMPACTS` has them. */
export const IMPACTS = ["editorial", "publish", "notify", "notify-in-advance", "consent"] as const

export interface RevisionChange {
  readonly id: string
  readonly impact: Impact
  readonly unlawful: boolean
  readonly article: Bilingual
  readonly explain: Bilingual
  readonly hints: ReadonlyArray<Bilingual>
  readonly kind: string
  readonly concept: string
  readonly entry?: string
  readonly name?: string
  readonly path: string
}

export interface Revision {
  readonly impact: Impact | null
  readonly changes: ReadonlyArray<RevisionChange>
}

export const revise = (before: Policy, after: Policy): Revision => {
  const set: ChangeSet = diff(before, after)
  return {
    impact: set.impact,
    changes: set.changes.map((c) => ({
      id: c.id,
      impact: c.impact,
      unlawful: c.unlawful === true,
      article: c.article,
      explain: c.explain,
      hints: c.hints,
      kind: c.kind,
      concept: c.concept,
      ...(c.entry === undefined ? {} : { entry: c.entry }),
      ...(c.name === undefined ? {} : { name: c.name.ja }),
      path: Core.formatPath(c.path)
    }))
  }
}

// ---- the guard -------------------------------------------------------------

/** Fails to compile when `Local` lacks a member of `Library`, or has one the library does not. */
type Exactly<Local, Library> = [Exclude<Library, Local>, Exclude<Local, Library>] extends [never, never] ? true : never
const exhaustive = <T extends true>(_: T): void => undefined

export type RecipientKind = Guard.RecipientKind
export const RECIPIENT_KINDS = ["third-party", "outsourcee", "joint-user", "successor"] as const
/** Art. 18(3): use beyond the purposes without consent. */
export const USE_EXCEPTIONS = ["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation", "academic-research-institution", "academic-research-provision"] as const
/** Art. 27(1), then the grounds of My Number Act 19 not among them. */
export const PROVISION_EXCEPTIONS = [
  "laws-and-regulations",
  "life-body-property",
  "public-health-children",
  "state-cooperation",
  "academic-research-institution",
  "academic-research-joint",
  "academic-research-provision",
  "my-number-affairs",
  "legal-proceedings"
] as const
exhaustive<Exactly<(typeof RECIPIENT_KINDS)[number], Guard.RecipientKind>>(true)
exhaustive<Exactly<(typeof USE_EXCEPTIONS)[number], Guard.UseException>>(true)
exhaustive<Exactly<(typeof PROVISION_EXCEPTIONS)[number], Guard.ProvisionException | Guard.MyNumberGround>>(true)
exhaustive<Exactly<(typeof IMPACTS)[number], Diff.Impact>>(true)

export interface ConsentGiven {
  readonly purpose: boolean
  readonly provision: boolean
  readonly foreign: boolean
}

export type Request =
  | { readonly kind: "use"; readonly category: string; readonly purpose: string; readonly exception: string; readonly consent: ConsentGiven }
  | {
      readonly kind: "provide"
      readonly category: string
      readonly to: RecipientKind
      readonly recipient: string
      readonly country: string
      readonly entrustorPermission: boolean
      readonly exception: string
      readonly consent: ConsentGiven
    }

const consentOf = (c: ConsentGiven) => {
  const given = { ...(c.purpose ? { purpose: true } : {}), ...(c.provision ? { provision: true } : {}), ...(c.foreign ? { foreign: true } : {}) }
  return Object.keys(given).length === 0 ? {} : { consent: given }
}

/** The guard request the form describes; empty fields are left out. */
export const toGuardRequest = (r: Request): GuardRequest => {
  const exception = r.exception === "" ? {} : { exception: r.exception }
  if (r.kind === "use") return { category: r.category, purpose: r.purpose, ...exception, ...consentOf(r.consent) } as GuardRequest
  const provide = {
    to: r.to,
    ...(r.recipient === "" ? {} : { recipient: r.recipient }),
    ...(r.country.trim() === "" ? {} : { country: r.country.trim().toUpperCase() }),
    ...(r.entrustorPermission ? { entrustorPermission: true } : {})
  }
  return { category: r.category, provide, ...exception, ...consentOf(r.consent) } as GuardRequest
}

export const decide = (table: DecisionTable, request: GuardRequest): Decision => check(table, request)

/** A checker for many requests against one table (the grid). */
export const checker = (table: DecisionTable): ((request: GuardRequest) => Decision) => createChecker(table)

/** What the form's selects offer, from the table. */
export interface GuardVocabulary {
  readonly categories: ReadonlyArray<{ readonly id: string; readonly kind: string; readonly purposes: ReadonlyArray<string>; readonly optOut: string; readonly jointUsers: ReadonlyArray<string>; readonly entrustees: ReadonlyArray<string> | null }>
  readonly purposes: ReadonlyArray<string>
  readonly recipients: { readonly [K in RecipientKind]: ReadonlyArray<string> }
  readonly outsourcing: boolean
}

export const vocabulary = (table: DecisionTable): GuardVocabulary => {
  const categories = table.categories.map((c) => ({
    id: c.id,
    kind: c.kind,
    purposes: c.purposes.map((i) => table.purposes[i] ?? String(i)),
    optOut: c.optOut,
    jointUsers: c.jointUsers.map((u) => u.id),
    entrustees: c.entrustees
  }))
  const jointUsers = [...new Set(table.categories.flatMap((c) => c.jointUsers.map((u) => u.id)))]
  return {
    categories,
    purposes: table.purposes,
    recipients: {
      "third-party": table.recipients.thirdParty.map((r) => r.id),
      outsourcee: table.recipients.outsourcee.map((r) => r.id),
      "joint-user": jointUsers,
      successor: []
    },
    outsourcing: table.outsourcing
  }
}
