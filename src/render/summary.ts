/**
 * A short plain-text overview of a policy, for terminals (the demo and
 * `appi-policy summary`). The publishable prose is the renderer's job.
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import type { LocalizedText } from "../model/primitives.ts"

const text = (value: LocalizedText | undefined, lang: "ja" | "en"): string => (value === undefined ? "—" : lang === "en" ? (value.en ?? value.ja) : value.ja)

/** Row labels of the overview, per language. */
const LABELS = {
  "operator": { en: "operator", ja: "事業者" },
  "address": { en: "address", ja: "住所" },
  "data categories": { en: "data categories", ja: "個人情報の種別" },
  "purposes": { en: "purposes", ja: "利用目的" },
  "exceptions": { en: "exceptions", ja: "例外事由" },
  "provision": { en: "provision", ja: "第三者提供" },
  "joint use": { en: "joint use", ja: "共同利用" },
  "outsourcing": { en: "outsourcing", ja: "委託" },
  "requests": { en: "requests", ja: "開示等の請求" },
  "fees": { en: "fees", ja: "手数料" },
  "contact windows": { en: "contact windows", ja: "問い合わせ窓口" },
  "accredited org.": { en: "accredited org.", ja: "認定団体" },
  "history": { en: "history", ja: "制定・改定" },
} as const

/** A label padded to one column width (full-width characters count double, as terminals show them). */
const label = (key: keyof typeof LABELS, lang: "ja" | "en"): string => {
  const text = LABELS[key][lang]
  const width = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return text + " ".repeat(Math.max(1, 18 - width))
}

const count = <T>(items: ReadonlyArray<T> | undefined, predicate: (item: T) => boolean = () => true): number => (items ?? []).filter(predicate).length

/**
 * Lines summarising a policy in one language (`ja` or `en`).
 *
 * @since 0.1.0
 */
export const summarize = (policy: Policy, lang: "ja" | "en" = "en"): ReadonlyArray<string> => {
  const op = policy.operator
  const reps = (op.representatives ?? []).map((r) => `${text(r.title, lang)} ${text(r.name, lang)}`).join(", ")
  const categories = policy.dataCategories
  const provision = policy.thirdPartyProvision
  const history = policy.history
  const lines = [
    `${text(policy.title, lang)}  (${policy.id}, schemaVersion ${policy.schemaVersion})`,
    `${label("operator", lang)}${text(op.name, lang)}${reps === "" ? "" : ` — ${reps}`}`,
    `${label("address", lang)}${op.address === undefined ? "—" : `${op.address.postalCode === undefined ? "" : `〒${op.address.postalCode} `}${lang === "en" ? (op.address.en ?? op.address.ja) : op.address.ja}`}`,
    `${label("data categories", lang)}${categories.length} (${count(categories, (c) => c.disclosure.class === "disclosable")} disclosable, ${count(categories, (c) => c.disclosure.class === "non-disclosable")} non-disclosable, ${count(categories, (c) => c.sensitivity !== "ordinary")} sensitive)`,
    `${label("purposes", lang)}${policy.purposes.items.length}`,
    `${label("exceptions", lang)}use ${count(policy.useBeyondPurpose?.exceptions)}, provision ${count(provision?.exceptions)}, other grounds ${count(provision?.otherGrounds)}`,
    `${label("provision", lang)}${provision === undefined ? "—" : `${provision.consentRequired ? "consent required" : "consent not required"}${provision.optOut === undefined ? "" : ", opt-out"}, ${count(provision.provisions)} arrangement(s)`}`,
    `${label("joint use", lang)}${count(policy.jointUses)} (${(policy.jointUses ?? []).flatMap((j) => j.users.map((u) => text(u.name, lang))).join(", ") || "—"})`,
    `${label("outsourcing", lang)}${policy.outsourcing === undefined ? "—" : policy.outsourcing.used ? "yes" : "no"}`,
    `${label("requests", lang)}${(policy.requests?.kinds ?? []).join(", ") || "—"}`,
    `${label("fees", lang)}${(policy.fees ?? []).map((f) => `${f.amount === undefined ? "amount not stated" : `JPY ${f.amount.toLocaleString("en-US")}`} (${f.kinds.join(", ")})`).join("; ") || "—"}`,
    `${label("contact windows", lang)}${policy.contactWindows.map((w) => text(w.name, lang)).join("; ") || "—"}`,
    `${label("accredited org.", lang)}${policy.accreditedOrganization === undefined ? "—" : policy.accreditedOrganization.member ? text(policy.accreditedOrganization.name, lang) : "none"}`,
    `${label("history", lang)}${history === undefined ? "—" : [history.established === undefined ? undefined : `established ${history.established}`, ...(history.revisions ?? []).map((r) => `revised ${r.date}`)].filter((x) => x !== undefined).join(", ")}`
  ]
  return lines
}
