/**
 * A short plain-text overview of a policy, for terminals (the demo and
 * `appi-policy summary`). The publishable prose is the renderer's job.
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import type { LocalizedText } from "../model/primitives.ts"

const text = (value: LocalizedText | undefined, lang: "ja" | "en"): string => (value === undefined ? "—" : lang === "en" ? (value.en ?? value.ja) : value.ja)

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
    `operator          ${text(op.name, lang)}${reps === "" ? "" : ` — ${reps}`}`,
    `address           ${op.address === undefined ? "—" : `${op.address.postalCode === undefined ? "" : `〒${op.address.postalCode} `}${lang === "en" ? (op.address.en ?? op.address.ja) : op.address.ja}`}`,
    `data categories   ${categories.length} (${count(categories, (c) => c.disclosure.class === "disclosable")} disclosable, ${count(categories, (c) => c.disclosure.class === "non-disclosable")} non-disclosable, ${count(categories, (c) => c.sensitivity !== "ordinary")} sensitive)`,
    `purposes          ${policy.purposes.items.length}`,
    `exceptions        use ${count(policy.useBeyondPurpose?.exceptions)}, provision ${count(provision?.exceptions)}, other grounds ${count(provision?.otherGrounds)}`,
    `provision         ${provision === undefined ? "—" : `${provision.consentRequired ? "consent required" : "consent not required"}${provision.optOut === undefined ? "" : ", opt-out"}, ${count(provision.provisions)} arrangement(s)`}`,
    `joint use         ${count(policy.jointUses)} (${(policy.jointUses ?? []).flatMap((j) => j.users.map((u) => text(u.name, lang))).join(", ") || "—"})`,
    `outsourcing       ${policy.outsourcing === undefined ? "—" : policy.outsourcing.used ? "yes" : "no"}`,
    `requests          ${(policy.requests?.kinds ?? []).join(", ") || "—"}`,
    `fees              ${(policy.fees ?? []).map((f) => `${f.amount === undefined ? "amount not stated" : `JPY ${f.amount.toLocaleString("en-US")}`} (${f.kinds.join(", ")})`).join("; ") || "—"}`,
    `contact windows   ${policy.contactWindows.map((w) => text(w.name, lang)).join("; ") || "—"}`,
    `accredited org.   ${policy.accreditedOrganization === undefined ? "—" : policy.accreditedOrganization.member ? text(policy.accreditedOrganization.name, lang) : "none"}`,
    `history           ${history === undefined ? "—" : [history.established === undefined ? undefined : `established ${history.established}`, ...(history.revisions ?? []).map((r) => `revised ${r.date}`)].filter((x) => x !== undefined).join(", ")}`
  ]
  return lines
}
