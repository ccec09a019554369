/**
 * A short overview of a policy for terminals and tools (`appi-policy
 * summary`): `policyOverview` gives it as data, `summarize` as lines in one
 * language. The publishable prose is the renderer's job.
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import type { LocalizedText } from "../model/primitives.ts"
import { en } from "./summary/en.ts"
import { ja } from "./summary/ja.ts"
import type { SummaryWords } from "./summary/SummaryWords.ts"
import type { Lang } from "../core/Lang.ts"

/**
 * What `summary` reports, language-neutral: texts keep both languages.
 *
 * @since 0.2.0
 */
export interface PolicyOverview {
  readonly id: string
  readonly schemaVersion: number
  readonly title?: LocalizedText
  readonly operator: {
    readonly name?: LocalizedText
    readonly representatives: ReadonlyArray<{ readonly title: LocalizedText; readonly name?: LocalizedText }>
    readonly address?: { readonly postalCode?: string; readonly text: LocalizedText }
  }
  readonly dataCategories: { readonly total: number; readonly disclosable: number; readonly nonDisclosable: number; readonly sensitive: number }
  readonly purposes: number
  readonly exceptions: { readonly use: number; readonly provision: number; readonly otherGrounds: number }
  readonly provision?: { readonly consentRequired: boolean; readonly optOut: boolean; readonly arrangements: number }
  readonly jointUses: { readonly count: number; readonly users: ReadonlyArray<LocalizedText> }
  readonly outsourcing?: boolean
  readonly requests: ReadonlyArray<string>
  readonly fees: ReadonlyArray<{ readonly amount?: number; readonly kinds: ReadonlyArray<string> }>
  readonly contactWindows: ReadonlyArray<LocalizedText>
  readonly accreditedOrganization?: { readonly member: boolean; readonly name?: LocalizedText }
  readonly history: { readonly established?: string; readonly revisions: ReadonlyArray<string> }
}

const count = <T>(items: ReadonlyArray<T> | undefined, predicate: (item: T) => boolean = () => true): number => (items ?? []).filter(predicate).length

/**
 * The overview of a policy as data (what `appi-policy summary --format json` prints).
 *
 * @example
 * ```ts
 * policyOverview(policy).dataCategories // { total: 13, disclosable: 9, nonDisclosable: 4, sensitive: 1 }
 * ```
 * @since 0.2.0
 */
export const policyOverview = (policy: Policy): PolicyOverview => {
  const operator = policy.operator
  const categories = policy.dataCategories
  const provision = policy.thirdPartyProvision
  const accredited = policy.accreditedOrganization
  return {
    id: policy.id,
    schemaVersion: policy.schemaVersion,
    ...(policy.title === undefined ? {} : { title: policy.title }),
    operator: {
      ...(operator.name === undefined ? {} : { name: operator.name }),
      representatives: (operator.representatives ?? []).map((person) => ({ title: person.title, ...(person.name === undefined ? {} : { name: person.name }) })),
      ...(operator.address === undefined
        ? {}
        : {
            address: {
              ...(operator.address.postalCode === undefined ? {} : { postalCode: operator.address.postalCode }),
              text: { ja: operator.address.ja, ...(operator.address.en === undefined ? {} : { en: operator.address.en }) }
            }
          })
    },
    dataCategories: {
      total: categories.length,
      disclosable: count(categories, (c) => c.disclosure.class === "disclosable"),
      nonDisclosable: count(categories, (c) => c.disclosure.class === "non-disclosable"),
      sensitive: count(categories, (c) => c.sensitivity !== "ordinary")
    },
    purposes: policy.purposes.items.length,
    exceptions: { use: count(policy.useBeyondPurpose?.exceptions), provision: count(provision?.exceptions), otherGrounds: count(provision?.otherGrounds) },
    ...(provision === undefined ? {} : { provision: { consentRequired: provision.consentRequired, optOut: provision.optOut !== undefined, arrangements: count(provision.provisions) } }),
    jointUses: { count: count(policy.jointUses), users: (policy.jointUses ?? []).flatMap((jointUse) => jointUse.users.map((user) => user.name)) },
    ...(policy.outsourcing === undefined ? {} : { outsourcing: policy.outsourcing.used }),
    requests: policy.requests?.kinds ?? [],
    fees: (policy.fees ?? []).map((fee) => ({ ...(fee.amount === undefined ? {} : { amount: fee.amount }), kinds: fee.kinds })),
    contactWindows: policy.contactWindows.map((window) => window.name),
    ...(accredited === undefined ? {} : { accreditedOrganization: { member: accredited.member, ...(accredited.name === undefined ? {} : { name: accredited.name }) } }),
    history: { ...(policy.history?.established === undefined ? {} : { established: policy.history.established }), revisions: (policy.history?.revisions ?? []).map((revision) => revision.date) }
  }
}


const text = (value: LocalizedText | undefined, lang: Lang): string => (value === undefined ? "—" : lang === "en" ? (value.en ?? value.ja) : value.ja)

const WORDS = { ja, en } as const

/** A label padded to one column width (full-width characters count double, as terminals show them). */
const label = (key: keyof SummaryWords["labels"], lang: Lang): string => {
  const word = WORDS[lang].labels[key]
  const width = [...word].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return word + " ".repeat(Math.max(1, 18 - width))
}

/** A concept's lines in the summary, or why it has none. */
type SummaryRows = ((o: PolicyOverview, lang: Lang) => ReadonlyArray<string>) | { readonly none: string }

const list = (items: ReadonlyArray<string>, separator: string): string => items.join(separator) || "—"

const row =
  (key: keyof SummaryWords["labels"], value: (o: PolicyOverview, lang: Lang) => string) =>
  (o: PolicyOverview, lang: Lang): ReadonlyArray<string> => [`${label(key, lang)}${value(o, lang)}`]

const PROSE = { none: "prose: read it in the rendered policy (`render`)" } as const

/**
 * What the summary prints for each top-level key of the model, in this order.
 * Typed against the model's keys: a field added to `Policy` without a line
 * here (or the reason it has none) is a type error.
 */
const SUMMARY = {
  $schema: { none: "tooling: where editors find the JSON Schema" },
  schemaVersion: { none: "on the title line" },
  id: { none: "on the title line" },
  version: { none: "the document's own label; the dates are on the history line" },
  title: (o, lang) => [`${text(o.title, lang)}  (${o.id}, schemaVersion ${o.schemaVersion})`],
  subtitle: PROSE,
  operator: (o, lang) => {
    const reps = o.operator.representatives.map((r) => `${text(r.title, lang)} ${text(r.name, lang)}`).join(", ")
    const address = o.operator.address
    return [
      `${label("operator", lang)}${text(o.operator.name, lang)}${reps === "" ? "" : ` — ${reps}`}`,
      `${label("address", lang)}${address === undefined ? "—" : `${address.postalCode === undefined ? "" : WORDS[lang].postalCode(address.postalCode)}${text(address.text, lang)}`}`
    ]
  },
  preambleTitle: PROSE,
  preamble: PROSE,
  sectionIntros: PROSE,
  principles: PROSE,
  dataCategories: row("dataCategories", (o, lang) => WORDS[lang].categories(o.dataCategories)),
  acquisitionChannels: PROSE,
  purposes: row("purposes", (o) => String(o.purposes)),
  // The statutory exceptions of use and of provision share one line.
  useBeyondPurpose: row("exceptions", (o, lang) => WORDS[lang].exceptions(o.exceptions)),
  purposeNotice: PROSE,
  voluntariness: PROSE,
  marketingOptOut: PROSE,
  thirdPartyProvision: row("provision", (o, lang) => (o.provision === undefined ? "—" : WORDS[lang].provision(o.provision))),
  jointUses: row("jointUse", (o, lang) => `${o.jointUses.count} (${list(o.jointUses.users.map((user) => text(user, lang)), ", ")})`),
  outsourcing: row("outsourcing", (o, lang) => (o.outsourcing === undefined ? "—" : WORDS[lang].yesNo(o.outsourcing))),
  securityMeasures: PROSE,
  retention: PROSE,
  requests: row("requests", (o) => list(o.requests, ", ")),
  fees: row("fees", (o, lang) => list(o.fees.map((fee) => `${WORDS[lang].amount(fee.amount)} (${fee.kinds.join(", ")})`), "; ")),
  tracking: PROSE,
  complaints: PROSE,
  contactWindows: row("contactWindows", (o, lang) => list(o.contactWindows.map((window) => text(window, lang)), "; ")),
  accreditedOrganization: row("accredited", (o, lang) =>
    o.accreditedOrganization === undefined ? "—" : o.accreditedOrganization.member ? text(o.accreditedOrganization.name, lang) : WORDS[lang].none
  ),
  policyChanges: PROSE,
  history: row("history", (o, lang) =>
    list([...(o.history.established === undefined ? [] : [WORDS[lang].established(o.history.established)]), ...o.history.revisions.map(WORDS[lang].revised)], ", ")
  ),
  additionalClauses: PROSE,
  presentation: { none: "layout of the rendered policy" }
} as const satisfies { readonly [K in keyof Policy]-?: SummaryRows }

/**
 * Lines summarising a policy in one language (`ja` or `en`): one or more per
 * concept that has a summary line, in the model's order.
 *
 * @since 0.1.0
 */
export const summarize = (policy: Policy, lang: Lang = "en"): ReadonlyArray<string> => {
  const o = policyOverview(policy)
  return Object.values(SUMMARY).flatMap((rows: SummaryRows) => (typeof rows === "function" ? rows(o, lang) : []))
}
