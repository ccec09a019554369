/**
 * The provision each clause rests on. Kept beside, not inside, the language
 * catalogs: a citation does not depend on the language, and `satisfies`
 * makes a clause without a citation a type error.
 *
 * @since 0.1.0
 */
import type { RequestKind } from "../../model/Requests.ts"
import type { DisclosureRefusalGroundId, NonNotificationGroundId, ProvisionExceptionId, UseExceptionId } from "../../model/StatutoryException.ts"
import { appi, appiOrder, appiRules, type Citation, telecommunicationsBusinessAct } from "../../core/citation.ts"
import type { ClauseKey, OptOutItemKey } from "./Catalog.ts"

const order = appiOrder
const rules = appiRules

/** @since 0.1.0 */
export const citations = {
  clauses: {
    "purposes.intro": [appi(17, 1), appi(18, 1)],
    "purposes.change": [appi(17, 2), appi(21, 3)],
    "use-beyond-purpose.consent": [appi(18, 1), appi(18, 3)],
    "use-beyond-purpose.no-consent": [appi(18, 3)],
    "purpose-notice.intro": [appi(21, 4)],
    // Voluntariness and the marketing opt-out are commitments, not statutory duties.
    "voluntariness.voluntary": [],
    "voluntariness.required": [],
    "marketing-opt-out.stop": [],
    "marketing-opt-out.resume": [],
    "provision.consent": [appi(27, 1)],
    "provision.no-consent": [appi(27, 1)],
    "provision.exceptions-of": [appi(27, 1)],
    "provision.foreign-recipients-possible": [appi(28, 1), appi(28, 2)],
    "provision.system-based": [appi(28, 1)],
    "provision.system-based-on-request": [appi(28, 3)],
    "opt-out.intro": [appi(27, 2)],
    "opt-out.listed": [appi(27, 2)],
    "opt-out.provision-is-purpose": [appi(27, 2, 2)],
    "opt-out.stop-on-request": [appi(27, 2, 6)],
    "joint-use.intro": [appi(27, 5, 3)],
    "joint-use.all-purposes": [appi(27, 5, 3)],
    "outsourcing.used": [appi(25), appi(27, 5, 1)],
    "outsourcing.not-used": [appi(27, 5, 1)],
    "security.intro": [appi(23), order(10, undefined, 1)],
    "security.countries": [order(10, undefined, 1)],
    // Art. 22 asks only for an effort to delete data no longer needed; the sentence says what the company declares.
    "retention.intro": [appi(22)],
    "retention.deletion": [appi(22)],
    "cookies.used": [],
    "cookies.not-used": [],
    "cookies.no-personal-identification": [],
    "logs.collected": [],
    "logs.not-collected": [],
    "data-flow.sent": [telecommunicationsBusinessAct("27-12")],
    "data-flow.received": [appi(31, 1)],
    "requests.intro": [appi(32, 2), appi(33, 1), appi(34, 1), appi(35, 1)],
    "requests.submission": [appi(37, 1)],
    "requests.forms": [appi(37, 1)],
    "requests.delivery": [appi(33, 1)],
    "requests.refusal": [appi(33, 2), appi(33, 3)],
    "fee.charged": [appi(38, 1), appi(38, 2)],
    "fee.actual-cost": [appi(38, 1), appi(38, 2)],
    "fee.unspecified": [appi(38, 1)],
    "fee.payment": [appi(32, 1, 3)],
    "fee.postage": [],
    "fee.free": [appi(38, 1)],
    "complaints.window": [appi(32, 1, 4), order(10, undefined, 2)],
    "contact.hours": [],
    "contact.closed": [],
    "accredited.member": [order(10, undefined, 3)],
    "accredited.none": [order(10, undefined, 3)],
    "changes.statement": []
  } satisfies { readonly [K in ClauseKey]: ReadonlyArray<Citation> },
  useExceptions: {
    "laws-and-regulations": [appi(18, 3, 1)],
    "life-body-property": [appi(18, 3, 2)],
    "public-health-children": [appi(18, 3, 3)],
    "state-cooperation": [appi(18, 3, 4)],
    "academic-research-institution": [appi(18, 3, 5)],
    "academic-research-provision": [appi(18, 3, 6)]
  } satisfies { readonly [K in UseExceptionId]: ReadonlyArray<Citation> },
  provisionExceptions: {
    "laws-and-regulations": [appi(27, 1, 1)],
    "life-body-property": [appi(27, 1, 2)],
    "public-health-children": [appi(27, 1, 3)],
    "state-cooperation": [appi(27, 1, 4)],
    "academic-research-institution": [appi(27, 1, 5)],
    "academic-research-provision": [appi(27, 1, 7)],
    "academic-research-joint": [appi(27, 1, 6)]
  } satisfies { readonly [K in ProvisionExceptionId]: ReadonlyArray<Citation> },
  nonNotificationGrounds: {
    "harm-to-person-or-third-party": [appi(21, 4, 1)],
    "harm-to-operator": [appi(21, 4, 2)],
    "state-cooperation": [appi(21, 4, 3)],
    "obvious-from-circumstances": [appi(21, 4, 4)]
  } satisfies { readonly [K in NonNotificationGroundId]: ReadonlyArray<Citation> },
  refusalGrounds: {
    "harm-to-person-or-third-party": [appi(33, 2, 1)],
    "serious-business-hindrance": [appi(33, 2, 2)],
    "violates-other-law": [appi(33, 2, 3)]
  } satisfies { readonly [K in DisclosureRefusalGroundId]: ReadonlyArray<Citation> },
  optOutItems: {
    operator: [appi(27, 2, 1)],
    "provision-is-purpose": [appi(27, 2, 2)],
    items: [appi(27, 2, 3)],
    "acquisition-method": [appi(27, 2, 4)],
    "provision-method": [appi(27, 2, 5)],
    "stop-on-request": [appi(27, 2, 6)],
    "request-method": [appi(27, 2, 7)],
    "update-method": [appi(27, 2, 8), rules(11, 4, 1)],
    "start-date": [appi(27, 2, 8), rules(11, 4, 2)]
  } satisfies { readonly [K in OptOutItemKey]: ReadonlyArray<Citation> },
  rights: {
    "purpose-notification": [appi(32, 2)],
    disclosure: [appi(33, 1)],
    "provision-record-disclosure": [appi(33, 5)],
    correction: [appi(34, 1)],
    "use-stop": [appi(35, 1), appi(35, 5)],
    "provision-stop": [appi(35, 3), appi(35, 5)]
  } satisfies { readonly [K in RequestKind]: ReadonlyArray<Citation> }
} as const
