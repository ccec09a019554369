/**
 * The decisions a check can return: one frozen object per code, built once,
 * so a check allocates nothing. Each says what it rests on: the statute
 * (`basis: "law"`, the article) or the policy (`basis: "policy"`, the clause
 * the policy lacks) — the guard allows only what the policy declares, which is
 * sometimes stricter than the law, and it says so rather than cite an article.
 * The grounds and the explanations are data in `catalog/`.
 *
 * @since 0.1.0
 */
import { formatCitations } from "../core/citation.ts"
import { en } from "./catalog/en.ts"
import { type Ground, GROUNDS } from "./catalog/grounds.ts"
import { ja } from "./catalog/ja.ts"
import type { Bilingual } from "../core/Lang.ts"

/** @since 0.1.0 */
export type AllowCode =
  | "declared-purpose"
  | "statutory-exception"
  | "my-number-ground"
  | "use-consent"
  | "provision-consent"
  | "foreign-consent"
  | "outsourcing"
  | "joint-use"
  | "opt-out"
  | "business-succession"
  | "anonymized-use"
  | "anonymized-provision"

/** @since 0.1.0 */
export type DenyCode =
  | "invalid-table"
  | "malformed-request"
  | "unknown-category"
  | "unknown-purpose"
  | "unknown-exception"
  | "undeclared-exception"
  | "purpose-not-declared-for-category"
  | "entrusted-data"
  | "my-number-use-restricted"
  | "my-number-provision-restricted"
  | "my-number-re-entrustment"
  | "pseudonymized-use-restricted"
  | "pseudonymized-provision-restricted"
  | "anonymized-not-published"
  | "sensitive-no-opt-out"
  | "opt-out-acquired-data"
  | "opt-out-not-filed"
  | "opt-out-incomplete"
  | "foreign-recipient-needs-consent"
  | "recipient-location-unknown"
  | "recipient-location-conflict"
  | "joint-user-not-declared"
  | "joint-use-incomplete"
  | "outsourcing-not-declared"
  | "outsourcing-excluded"
  | "consent-required"

/** @since 0.1.0 */
export type DecisionCode = AllowCode | DenyCode

/** @since 0.1.0 */
export interface Decision {
  readonly allowed: boolean
  readonly code: DecisionCode
  /** `law`: the decision is the statute's; `policy`: the guard holds the service to what the policy declares. */
  readonly basis: "law" | "policy"
  /** The provision the decision rests on (e.g. `APPI Art. 28(1)`), or for a policy-based one the policy's clause (e.g. `policy: outsourcing.used`); `-` for a decision on the input itself. */
  readonly article: string
  readonly explain: Bilingual
}

const decide = (code: DecisionCode): Decision => {
  const ground: Ground = GROUNDS[code]
  const article = ground.basis === "policy" ? `policy: ${ground.clause}` : ground.citations.length === 0 ? "-" : formatCitations(ground.citations, "en")
  return Object.freeze({ allowed: ground.allowed, code, basis: ground.basis, article, explain: Object.freeze({ ja: ja[code], en: en[code] }) })
}

/**
 * Every decision, by code, built from its ground (`catalog/grounds.ts`) and
 * the language catalogs.
 *
 * @since 0.1.0
 */
export const DECISIONS: { readonly [C in DecisionCode]: Decision } = Object.freeze(
  Object.fromEntries((Object.keys(GROUNDS) as ReadonlyArray<DecisionCode>).map((code) => [code, decide(code)])) as { readonly [C in DecisionCode]: Decision }
)
