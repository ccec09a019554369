/**
 * A short overview of a policy for terminals and tools (`appi-policy
 * summary`): `policyOverview` gives it as data, `summarize` as lines in one
 * language. The publishable prose is the renderer's job.
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import type { LocalizedText } from "../model/primitives.ts"

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

type Lang = "ja" | "en"

const text = (value: LocalizedText | undefined, lang: Lang): string => (value === undefined ? "—" : lang === "en" ? (value.en ?? value.ja) : value.ja)

/** Row labels and the words of the values, per language. */
const WORDS = {
  operator: { en: "operator", ja: "事業者" },
  address: { en: "address", ja: "住所" },
  dataCategories: { en: "data categories", ja: "個人情報の種別" },
  purposes: { en: "purposes", ja: "利用目的" },
  exceptions: { en: "exceptions", ja: "例外事由" },
  provision: { en: "provision", ja: "第三者提供" },
  jointUse: { en: "joint use", ja: "共同利用" },
  outsourcing: { en: "outsourcing", ja: "委託" },
  requests: { en: "requests", ja: "開示等の請求" },
  fees: { en: "fees", ja: "手数料" },
  contactWindows: { en: "contact windows", ja: "問い合わせ窓口" },
  accredited: { en: "accredited org.", ja: "認定団体" },
  history: { en: "history", ja: "制定・改定" }
} as const satisfies Record<string, Record<Lang, string>>

const PHRASES = {
  en: {
    categories: (o: PolicyOverview["dataCategories"]) => `${o.total} (${o.disclosable} disclosable, ${o.nonDisclosable} non-disclosable, ${o.sensitive} sensitive)`,
    exceptions: (o: PolicyOverview["exceptions"]) => `use ${o.use}, provision ${o.provision}, other grounds ${o.otherGrounds}`,
    provision: (o: NonNullable<PolicyOverview["provision"]>) => `${o.consentRequired ? "consent required" : "consent not required"}${o.optOut ? ", opt-out" : ""}, ${o.arrangements} arrangement(s)`,
    yesNo: (value: boolean) => (value ? "yes" : "no"),
    amount: (amount: number | undefined) => (amount === undefined ? "amount not stated" : `JPY ${amount.toLocaleString("en-US")}`),
    none: "none",
    established: (date: string) => `established ${date}`,
    revised: (date: string) => `revised ${date}`
  },
  ja: {
    categories: (o: PolicyOverview["dataCategories"]) => `${o.total}（開示対象 ${o.disclosable}、非開示 ${o.nonDisclosable}、要配慮等 ${o.sensitive}）`,
    exceptions: (o: PolicyOverview["exceptions"]) => `目的外利用 ${o.use}、第三者提供 ${o.provision}、その他の事由 ${o.otherGrounds}`,
    provision: (o: NonNullable<PolicyOverview["provision"]>) => `${o.consentRequired ? "同意が必要" : "同意を要しない"}${o.optOut ? "、オプトアウトあり" : ""}、提供の内容 ${o.arrangements}件`,
    yesNo: (value: boolean) => (value ? "あり" : "なし"),
    amount: (amount: number | undefined) => (amount === undefined ? "金額の記載なし" : `${amount.toLocaleString("en-US")}円`),
    none: "なし",
    established: (date: string) => `制定 ${date}`,
    revised: (date: string) => `改定 ${date}`
  }
} as const

/** A label padded to one column width (full-width characters count double, as terminals show them). */
const label = (key: keyof typeof WORDS, lang: Lang): string => {
  const word = WORDS[key][lang]
  const width = [...word].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return word + " ".repeat(Math.max(1, 18 - width))
}

/** A concept's lines in the summary, or why it has none. */
type SummaryRows = ((o: PolicyOverview, lang: Lang) => ReadonlyArray<string>) | { readonly none: string }

const list = (items: ReadonlyArray<string>, separator: string): string => items.join(separator) || "—"

const row =
  (key: keyof typeof WORDS, value: (o: PolicyOverview, lang: Lang) => string) =>
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
      `${label("address", lang)}${address === undefined ? "—" : `${address.postalCode === undefined ? "" : `〒${address.postalCode} `}${text(address.text, lang)}`}`
    ]
  },
  preambleTitle: PROSE,
  preamble: PROSE,
  sectionIntros: PROSE,
  principles: PROSE,
  dataCategories: row("dataCategories", (o, lang) => PHRASES[lang].categories(o.dataCategories)),
  acquisitionChannels: PROSE,
  purposes: row("purposes", (o) => String(o.purposes)),
  // The statutory exceptions of use and of provision share one line.
  useBeyondPurpose: row("exceptions", (o, lang) => PHRASES[lang].exceptions(o.exceptions)),
  purposeNotice: PROSE,
  voluntariness: PROSE,
  marketingOptOut: PROSE,
  thirdPartyProvision: row("provision", (o, lang) => (o.provision === undefined ? "—" : PHRASES[lang].provision(o.provision))),
  jointUses: row("jointUse", (o, lang) => `${o.jointUses.count} (${list(o.jointUses.users.map((user) => text(user, lang)), ", ")})`),
  outsourcing: row("outsourcing", (o, lang) => (o.outsourcing === undefined ? "—" : PHRASES[lang].yesNo(o.outsourcing))),
  securityMeasures: PROSE,
  retention: PROSE,
  requests: row("requests", (o) => list(o.requests, ", ")),
  fees: row("fees", (o, lang) => list(o.fees.map((fee) => `${PHRASES[lang].amount(fee.amount)} (${fee.kinds.join(", ")})`), "; ")),
  tracking: PROSE,
  complaints: PROSE,
  contactWindows: row("contactWindows", (o, lang) => list(o.contactWindows.map((window) => text(window, lang)), "; ")),
  accreditedOrganization: row("accredited", (o, lang) =>
    o.accreditedOrganization === undefined ? "—" : o.accreditedOrganization.member ? text(o.accreditedOrganization.name, lang) : PHRASES[lang].none
  ),
  policyChanges: PROSE,
  history: row("history", (o, lang) =>
    list([...(o.history.established === undefined ? [] : [PHRASES[lang].established(o.history.established)]), ...o.history.revisions.map(PHRASES[lang].revised)], ", ")
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
