/**
 * The checks a JSON Schema cannot express: ids unique within their kind,
 * references that resolve, listed values not repeated, and dates that exist.
 * Each finding carries the JSON path of the offending value.
 *
 * @since 0.1.0
 * @module
 */
import type { Policy } from "./Policy.ts"

/** @since 0.1.0 */
export interface SemanticIssue {
  readonly path: ReadonlyArray<string | number>
  readonly code: "duplicate-id" | "duplicate-value" | "dangling-reference" | "invalid-date"
  readonly message: string
  /** The value at fault, quoted (`` `customerz` ``): what a message in another language is built from. */
  readonly found: string
  /** For a dangling reference, the ids that are declared, quoted and comma-separated ("" when none is). */
  readonly expected?: string
}

type Path = ReadonlyArray<string | number>

interface Keyed {
  readonly id: string
}

/** Collects findings; the first occurrence of an id wins, later ones are reported. */
class Findings {
  readonly issues: Array<SemanticIssue> = []

  unique(kind: string, entries: ReadonlyArray<Keyed> | undefined, path: Path): ReadonlySet<string> {
    const seen = new Set<string>()
    entries?.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        this.issues.push({ path: [...path, index, "id"], code: "duplicate-id", message: `duplicate ${kind} id \`${entry.id}\``, found: `\`${entry.id}\`` })
      }
      seen.add(entry.id)
    })
    return seen
  }

  /** Reports a value listed twice; `suffix` points inside the entry (e.g. at its `id`). */
  distinct(values: ReadonlyArray<string> | undefined, path: Path, suffix: Path = []): void {
    const seen = new Set<string>()
    values?.forEach((value, index) => {
      if (seen.has(value)) this.issues.push({ path: [...path, index, ...suffix], code: "duplicate-value", message: `\`${value}\` is listed twice`, found: `\`${value}\`` })
      seen.add(value)
    })
  }

  distinctIds(entries: ReadonlyArray<Keyed> | undefined, path: Path): void {
    this.distinct(entries?.map((entry) => entry.id), path, ["id"])
  }

  references(kind: string, known: ReadonlySet<string>, refs: ReadonlyArray<string> | "all" | undefined, path: Path): void {
    if (refs === undefined || refs === "all") return
    refs.forEach((ref, index) => this.reference(kind, known, ref, [...path, index]))
    this.distinct(refs, path)
  }

  reference(kind: string, known: ReadonlySet<string>, ref: string | undefined, path: Path): void {
    if (ref !== undefined && !known.has(ref)) {
      const candidates = [...known].sort()
      const declared = candidates.map((c) => `\`${c}\``).join(", ")
      const hint = candidates.length === 0 ? `no ${kind} is declared` : `declared: ${declared}`
      this.issues.push({ path, code: "dangling-reference", message: `unknown ${kind} \`${ref}\` (${hint})`, found: `\`${ref}\``, expected: declared })
    }
  }

  date(value: string | undefined, path: Path): void {
    if (value !== undefined && !isCalendarDate(value)) {
      this.issues.push({ path, code: "invalid-date", message: `\`${value}\` is not a day of the calendar`, found: `\`${value}\`` })
    }
  }
}

/** True when `YYYY-MM-DD` names a day that exists (no 2月30日). */
export const isCalendarDate = (value: string): boolean => {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Every semantic finding of a structurally valid policy, in document order of kind.
 *
 * @since 0.1.0
 */
export const semanticIssues = (policy: Policy): ReadonlyArray<SemanticIssue> => {
  const f = new Findings()
  const categories = f.unique("data category", policy.dataCategories, ["dataCategories"])
  const channels = f.unique("acquisition channel", policy.acquisitionChannels, ["acquisitionChannels"])
  const purposes = f.unique("purpose", policy.purposes.items, ["purposes", "items"])
  const groups = f.unique("purpose group", policy.purposes.groups, ["purposes", "groups"])
  const windows = f.unique("contact window", policy.contactWindows, ["contactWindows"])
  f.unique("fee", policy.fees, ["fees"])
  f.unique("joint use", policy.jointUses, ["jointUses"])
  f.unique("retention rule", policy.retention?.rules, ["retention", "rules"])
  f.unique("principle", policy.principles?.items, ["principles", "items"])
  f.unique("data flow", policy.tracking?.dataFlows, ["tracking", "dataFlows"])
  f.unique("external desk", policy.complaints?.externalDesks, ["complaints", "externalDesks"])
  f.unique("additional clause", policy.additionalClauses, ["additionalClauses"])

  policy.dataCategories.forEach((category, i) =>
    f.references("acquisition channel", channels, category.acquisition?.channels, ["dataCategories", i, "acquisition", "channels"])
  )
  policy.purposes.items.forEach((purpose, i) => {
    f.references("data category", categories, purpose.categories, ["purposes", "items", i, "categories"])
    f.reference("purpose group", groups, purpose.group, ["purposes", "items", i, "group"])
    f.distinct(purpose.tags, ["purposes", "items", i, "tags"])
  })

  f.distinctIds(policy.useBeyondPurpose?.exceptions, ["useBeyondPurpose", "exceptions"])
  f.distinctIds(policy.purposeNotice?.exceptions, ["purposeNotice", "exceptions"])
  f.references("purpose", purposes, policy.marketingOptOut?.purposes, ["marketingOptOut", "purposes"])

  const provision = policy.thirdPartyProvision
  if (provision !== undefined) {
    f.distinctIds(provision.exceptions, ["thirdPartyProvision", "exceptions"])
    f.unique("provision ground", provision.otherGrounds, ["thirdPartyProvision", "otherGrounds"])
    f.unique("provision", provision.provisions, ["thirdPartyProvision", "provisions"])
    provision.provisions?.forEach((entry, i) => {
      const path = ["thirdPartyProvision", "provisions", i]
      f.references("data category", categories, entry.categories, [...path, "categories"])
      f.unique("recipient", entry.recipients, [...path, "recipients"])
    })
    // A list of cases names the exceptions and grounds it lists (or all the exceptions, cited as one item).
    const listable = new Set<string>([...provision.exceptions.map((exception) => exception.id), ...(provision.otherGrounds ?? []).map((ground) => ground.id), "statutory-exceptions"])
    provision.caseLists?.forEach((list, i) => f.references("exception or ground", listable, list.cases, ["thirdPartyProvision", "caseLists", i, "cases"]))
    f.references("data category", categories, provision.optOut?.categories, ["thirdPartyProvision", "optOut", "categories"])
    f.date(provision.optOut?.startDate, ["thirdPartyProvision", "optOut", "startDate"])
  }

  policy.jointUses?.forEach((jointUse, i) => {
    f.references("data category", categories, jointUse.categories, ["jointUses", i, "categories"])
    f.references("purpose", purposes, jointUse.purposes, ["jointUses", i, "purposes"])
    f.unique("joint user", jointUse.users, ["jointUses", i, "users"])
    f.unique("responsible party", jointUse.responsibleParties, ["jointUses", i, "responsibleParties"])
  })

  const requestKinds = new Set<string>(policy.requests?.kinds ?? [])
  f.distinct(policy.requests?.kinds, ["requests", "kinds"])
  policy.requests?.handling?.forEach((handling, i) =>
    f.reference("request kind", requestKinds, handling.kind, ["requests", "handling", i, "kind"])
  )
  f.reference("contact window", windows, policy.requests?.submission?.window, ["requests", "submission", "window"])
  f.distinctIds(policy.requests?.refusalGrounds, ["requests", "refusalGrounds"])
  policy.fees?.forEach((fee, i) => f.references("request kind", requestKinds, fee.kinds, ["fees", i, "kinds"]))

  policy.retention?.rules.forEach((rule, i) =>
    f.references("data category", categories, rule.categories, ["retention", "rules", i, "categories"])
  )
  f.reference("contact window", windows, policy.complaints?.window, ["complaints", "window"])

  // The presentation names additional clauses by `clause-<id>`.
  const clauses = new Set((policy.additionalClauses ?? []).map((clause) => `clause-${clause.id}`))
  const sections = (refs: ReadonlyArray<string> | undefined, path: Path) => {
    refs?.forEach((ref, index) => ref.startsWith("clause-") && f.reference("additional clause", clauses, ref, [...path, index]))
    f.distinct(refs, path)
  }
  sections(policy.presentation?.order, ["presentation", "order"])
  policy.presentation?.parts?.forEach((part, i) => sections(part.sections, ["presentation", "parts", i, "sections"]))
  policy.presentation?.headings?.forEach((heading, i) => heading.section.startsWith("clause-") && f.reference("additional clause", clauses, heading.section, ["presentation", "headings", i, "section"]))
  f.date(policy.history?.established, ["history", "established"])
  f.date(policy.history?.effective, ["history", "effective"])
  policy.history?.revisions?.forEach((revision, i) => f.date(revision.date, ["history", "revisions", i, "date"]))
  return f.issues
}
