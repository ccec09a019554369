/**
 * The shape every language's clause catalog satisfies. Two kinds of entry:
 *
 * - `clauses`: sentences, keyed, each a function of named parameters, each
 *   with its statutory citation in `citations.ts`. Parameters that carry text
 *   (a cross-reference, a policy value) arrive as inline text in the
 *   catalog's own language.
 * - the word lists (headings, labels, enum names, the statutory item lists
 *   ①–④ …): fixed strings keyed by the model's literals, so a new literal in
 *   the model is a type error until every language names it.
 *
 * @since 0.1.0
 */
import type { AcquisitionMethod, DisclosureClass, Sensitivity } from "../../model/DataCategory.ts"
import type { PaymentMethod } from "../../model/Fee.ts"
import type { RequesterKind, RequestKind } from "../../model/Requests.ts"
import type { DisclosureRefusalGroundId, NonNotificationGroundId, ProvisionExceptionId, UseExceptionId } from "../../model/StatutoryException.ts"
import type { Inline } from "../parts.ts"

type Empty = Record<string, never>

/** The named parameters of each clause. @since 0.1.0 */
export interface ClauseParams {
  readonly "purposes.intro": Empty
  readonly "purposes.change": { readonly notice: "notify" | "publish" | "notify-or-publish"; readonly related: boolean }
  readonly "use-beyond-purpose.consent": { readonly purposes: Inline }
  readonly "use-beyond-purpose.no-consent": { readonly purposes: Inline }
  readonly "purpose-notice.intro": Empty
  readonly "voluntariness.voluntary": Empty
  readonly "voluntariness.required": Empty
  readonly "marketing-opt-out.stop": { readonly purposes: Inline | undefined }
  readonly "marketing-opt-out.resume": Empty
  readonly "provision.consent": Empty
  readonly "provision.no-consent": Empty
  readonly "provision.exceptions-of": { readonly section: Inline }
  readonly "provision.foreign-recipients-possible": Empty
  readonly "provision.system-based": Empty
  readonly "provision.system-based-on-request": Empty
  readonly "opt-out.intro": Empty
  readonly "opt-out.listed": Empty
  readonly "opt-out.provision-is-purpose": Empty
  readonly "opt-out.stop-on-request": Empty
  readonly "joint-use.intro": Empty
  readonly "joint-use.all-purposes": { readonly section: Inline }
  readonly "outsourcing.used": { readonly withinPurposes: boolean }
  readonly "outsourcing.not-used": Empty
  readonly "security.intro": Empty
  readonly "security.countries": { readonly countries: Inline }
  readonly "retention.intro": Empty
  readonly "retention.deletion": Empty
  readonly "cookies.used": Empty
  readonly "cookies.not-used": { readonly noWebBeacons: boolean }
  readonly "cookies.no-personal-identification": Empty
  readonly "logs.collected": Empty
  readonly "logs.not-collected": Empty
  readonly "data-flow.sent": { readonly party: Inline }
  readonly "data-flow.received": { readonly party: Inline; readonly linked: boolean }
  readonly "requests.intro": Empty
  readonly "requests.submission": { readonly channels: Inline | undefined; readonly window: Inline | undefined }
  readonly "requests.forms": { readonly forms: Inline }
  readonly "requests.delivery": { readonly methods: Inline }
  readonly "requests.refusal": Empty
  readonly "fee.charged": { readonly kinds: Inline; readonly amount: Inline; readonly unit: "per-request" | "per-item" | undefined }
  readonly "fee.actual-cost": { readonly kinds: Inline; readonly amount: Inline | undefined }
  readonly "fee.unspecified": { readonly kinds: Inline }
  readonly "fee.payment": { readonly methods: Inline }
  readonly "fee.postage": { readonly borneBy: "requester" | "operator" }
  readonly "fee.free": { readonly kinds: Inline }
  readonly "complaints.window": { readonly window: Inline }
  readonly "contact.hours": { readonly days: Inline; readonly times: Inline }
  readonly "contact.closed": { readonly periods: Inline | undefined; readonly holidays: boolean; readonly companyDays: boolean }
  readonly "accredited.member": { readonly name: Inline }
  readonly "accredited.none": Empty
  readonly "changes.statement": { readonly announcement: "website" | "notify" | "website-and-notify"; readonly effectiveFrom: "publication" | "stated-date" }
}

/** @since 0.1.0 */
export type ClauseKey = keyof ClauseParams

/** @since 0.1.0 */
export type Clauses = { readonly [K in ClauseKey]: (params: ClauseParams[K]) => Inline }

/** Section and subsection headings. @since 0.1.0 */
export type HeadingKey =
  | "policy"
  | "principles"
  | "data-categories"
  | "acquisition-channels"
  | "voluntariness"
  | "purposes"
  | "purpose-change"
  | "purpose-notice"
  | "marketing-opt-out"
  | "use-beyond-purpose"
  | "third-party-provision"
  | "provision"
  | "opt-out"
  | "my-number"
  | "joint-use"
  | "outsourcing"
  | "security-measures"
  | "retention"
  | "tracking"
  | "cookies"
  | "logs"
  | "data-flows"
  | "requests"
  | "fees"
  | "complaints"
  | "contact-windows"
  | "operator"
  | "accredited-organization"
  | "policy-changes"
  | "additional-clause"
  | "history"

/** Labels of fields, table columns and list introductions. @since 0.1.0 */
export type LabelKey =
  | "category"
  | "category-items"
  | "sensitivity"
  | "disclosure-class"
  | "acquisition"
  | "purpose"
  | "entrusted"
  | "all-categories"
  | "how-to-request"
  | "classes-differ"
  | "channel"
  | "channel-examples"
  | "channel-obtained"
  | "recipients"
  | "recipient-country"
  | "recipient-country-system"
  | "recipient-measures"
  | "recipient-purposes"
  | "recipient-items"
  | "provision-purposes"
  | "provision-items"
  | "provision-method"
  | "joint-use-items"
  | "joint-use-users"
  | "joint-use-purposes"
  | "joint-use-responsible"
  | "joint-use-acquisition"
  | "selection-criteria"
  | "contract-clauses"
  | "supervision"
  | "re-entrustment"
  | "as-contractor"
  | "basic-policy"
  | "handling-rules"
  | "organizational"
  | "human"
  | "physical"
  | "technical"
  | "external-environment"
  | "retention-subject"
  | "retention-period"
  | "retention-deletion"
  | "retention-exceptions"
  | "cookie-purposes"
  | "cookie-tools"
  | "cookie-opt-out"
  | "log-items"
  | "log-purposes"
  | "log-not-used-for"
  | "flow-sent-to"
  | "flow-received-from"
  | "flow-items"
  | "flow-purposes"
  | "flow-opt-out"
  | "rights"
  | "procedure"
  | "identity"
  | "response-time"
  | "refusal"
  | "requests-notes"
  | "complaint-steps"
  | "external-desks"
  | "address"
  | "phone"
  | "fax"
  | "email"
  | "form"
  | "other-channels"
  | "reception-hours"
  | "manager"
  | "department"
  | "window-roles"
  | "name"
  | "representative"
  | "country"
  | "website"
  | "complaint-desk"
  | "established"
  | "revised"
  | "effective"
  | "untranslated"
  | "table-of-contents"
  | "opt-out-items"
  | "not-third-party"
  | "responsible-for"

/** The 27(2) items the person is told before opt-out provision (the 8th expanded by the PPC rules). @since 0.1.0 */
export type OptOutItemKey =
  | "operator"
  | "provision-is-purpose"
  | "items"
  | "acquisition-method"
  | "provision-method"
  | "stop-on-request"
  | "request-method"
  | "update-method"
  | "start-date"

/** @since 0.1.0 */
export type RequesterKey = typeof RequesterKind.Type
/** @since 0.1.0 */
export type SubmissionChannel = "post" | "email" | "phone" | "web-form" | "in-person"
/** @since 0.1.0 */
export type WeekdayKey = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | "holiday"

/** Everything one language says. @since 0.1.0 */
export interface Catalog {
  readonly clauses: Clauses
  readonly headings: { readonly [K in HeadingKey]: string }
  readonly labels: { readonly [K in LabelKey]: string }
  /** Art. 18(3) items, for use beyond the purposes. */
  readonly useExceptions: { readonly [K in UseExceptionId]: string }
  /** Art. 27(1) items, for provision without consent (①–④ worded as in 18(3)). */
  readonly provisionExceptions: { readonly [K in ProvisionExceptionId]: string }
  /** Art. 21(4) items: a different list. */
  readonly nonNotificationGrounds: { readonly [K in NonNotificationGroundId]: string }
  /** Art. 33(2) items: a different list again. */
  readonly refusalGrounds: { readonly [K in DisclosureRefusalGroundId]: string }
  readonly optOutItems: { readonly [K in OptOutItemKey]: string }
  /** The right behind each kind of request, as the rights list states it. */
  readonly rights: { readonly [K in RequestKind]: string }
  /** Short names of request kinds, for series (「開示及び訂正」). */
  readonly requestKinds: { readonly [K in RequestKind]: string }
  readonly requesters: { readonly [K in RequesterKey]: string }
  readonly submissionChannels: { readonly [K in SubmissionChannel]: string }
  readonly deliveryMethods: { readonly paper: string; readonly electronic: string; readonly other: string }
  readonly paymentMethods: { readonly [K in typeof PaymentMethod.Type]: string }
  readonly sensitivities: { readonly [K in Sensitivity]: string }
  readonly disclosureClasses: { readonly [K in DisclosureClass]: string }
  readonly acquisitionMethods: { readonly [K in typeof AcquisitionMethod.Type]: string }
  readonly weekdays: { readonly [K in WeekdayKey]: string }
  readonly windowRoles: { readonly inquiries: string; readonly requests: string; readonly complaints: string }
}
