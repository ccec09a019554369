/**
 * Whose voice each catalog clause speaks in, which decides what it needs
 * before the renderer may say it:
 *
 * - `commitment`: the company says it does (or does not do) something —
 *   「当社は…します」. Rendered only on a fact of the policy that declares it
 *   (`facts`, the paths of those values), and never where the company's own
 *   text on the same point exists.
 * - `statement`: the catalog states the law or a right in plain words
 *   (「ご本人は…請求することができます」) because the policy declares the
 *   matter it concerns; it also names its facts.
 * - `frame`: connecting words that assert nothing (a lead into a list the
 *   policy gives, reception hours as a line, a reference to another section).
 *
 * @since 0.1.0
 */
import type { ClauseKey } from "./Catalog.ts"

/** @since 0.1.0 */
export type ClauseVoice = "commitment" | "statement" | "frame"

/** The voice of every clause; a new clause is a type error until it has one. @since 0.1.0 */
export const CLAUSE_VOICE = {
  "purposes.intro": "commitment",
  "purposes.change": "commitment",
  "use-beyond-purpose.consent": "commitment",
  "use-beyond-purpose.no-consent": "commitment",
  "purpose-notice.intro": "commitment",
  "voluntariness.voluntary": "statement",
  "voluntariness.required": "statement",
  "marketing-opt-out.stop": "statement",
  "marketing-opt-out.resume": "statement",
  "provision.consent": "commitment",
  "provision.no-consent": "commitment",
  "provision.exceptions-of": "frame",
  "provision.foreign-recipients-possible": "statement",
  "provision.system-based": "statement",
  "provision.system-based-on-request": "commitment",
  "opt-out.intro": "commitment",
  "opt-out.listed": "frame",
  "opt-out.provision-is-purpose": "commitment",
  "opt-out.stop-on-request": "commitment",
  "joint-use.intro": "commitment",
  "joint-use.all-purposes": "frame",
  "outsourcing.used": "commitment",
  "outsourcing.not-used": "commitment",
  "security.intro": "commitment",
  "security.countries": "statement",
  "retention.intro": "commitment",
  "retention.deletion": "commitment",
  "cookies.used": "statement",
  "cookies.not-used": "statement",
  "cookies.no-personal-identification": "statement",
  "logs.collected": "statement",
  "logs.not-collected": "statement",
  "data-flow.sent": "statement",
  "data-flow.received": "statement",
  "requests.intro": "statement",
  "requests.submission": "statement",
  "requests.forms": "statement",
  "requests.delivery": "commitment",
  "requests.refusal": "commitment",
  "fee.charged": "statement",
  "fee.actual-cost": "statement",
  "fee.unspecified": "statement",
  "fee.payment": "statement",
  "fee.postage": "statement",
  "fee.free": "statement",
  "complaints.window": "statement",
  "contact.hours": "frame",
  "contact.closed": "frame",
  "accredited.member": "statement",
  "accredited.none": "statement",
  "changes.statement": "commitment"
} as const satisfies { readonly [K in ClauseKey]: ClauseVoice }

/** Clauses that must name the facts that declare them. @since 0.1.0 */
export type DeclaredClause = { readonly [K in ClauseKey]: (typeof CLAUSE_VOICE)[K] extends "frame" ? never : K }[ClauseKey]
