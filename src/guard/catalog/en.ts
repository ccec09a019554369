/**
 * The guard's explanations in English, one per decision code (a code
 * without its explanation is a type error).
 *
 * @since 0.3.0
 */
import type { DecisionCode } from "../decisions.ts"

/** @since 0.3.0 */
export const en = {
  "declared-purpose": "the use is within a purpose declared for this category",
  "statutory-exception": "an item of 18(3) or 27(1) applies, so no consent is needed (for a recipient abroad too, 28(1))",
  "my-number-ground": "the provision of My Number data is one the My Number Act 19 lists",
  "use-consent": "the person has consented to the use beyond the purposes",
  "provision-consent": "the person has consented to the provision to a third party",
  "foreign-consent": "the person has consented to provision to a third party in a foreign country",
  "outsourcing": "provision to an outsourcee within the purposes is not third-party provision",
  "joint-use": "the recipient is a joint user of this category, with every matter of the joint use stated",
  "opt-out": "the category is provided under the filed, complete opt-out",
  "business-succession": "provision on a business succession is not third-party provision",
  "anonymized-use": "anonymously processed information is not personal information: 18 does not limit its use (re-identification is forbidden, 43(5))",
  "anonymized-provision": "anonymously processed information whose items and method of provision are published; tell the recipient it is anonymously processed information",
  "invalid-table": "the decision table is not one of this format version: every request is denied",
  "malformed-request": "the request is malformed",
  "unknown-category": "the category is not declared in the policy",
  "unknown-purpose": "the purpose is not declared in the policy; use beyond the purposes needs the person's consent",
  "unknown-exception": "the claimed ground is not an item of the statutory list for this handling",
  "undeclared-exception": "the policy does not declare this academic-research item (whether the operator is an academic research institution cannot be told from the policy, so the guard allows it only where declared)",
  "purpose-not-declared-for-category": "the purpose is not declared for this category",
  "entrusted-data": "data handled on a client's behalf may serve only the client's purpose",
  "my-number-use-restricted": "My Number data may not be used beyond the affairs the My Number Act allows, even with consent (save to protect life, body or property)",
  "my-number-provision-restricted": "My Number data may be provided only in the cases of the My Number Act 19 (not on consent, by opt-out, for joint use, nor on APPI's general 'based on laws' item)",
  "my-number-re-entrustment": "re-entrusting My Number affairs entrusted to the operator needs the permission of the original entrusting party",
  "pseudonymized-use-restricted": "pseudonymously processed information may not be handled beyond its published purposes save as laws require, even with consent",
  "pseudonymized-provision-restricted": "pseudonymously processed personal data may go to a third party only as laws require — not on consent nor by opt-out (outsourcing, succession and joint use remain)",
  "anonymized-not-published": "providing anonymously processed information needs its items and the method of provision published in advance",
  "sensitive-no-opt-out": "special-care data cannot be provided by opt-out",
  "opt-out-acquired-data": "personal data received by opt-out (copies and processed versions included) cannot be provided on by opt-out",
  "opt-out-not-filed": "the opt-out is not filed with the Commission, so it is no ground: provision needs consent",
  "opt-out-incomplete": "the opt-out lacks items the person must be told, so it is no ground: provision needs consent",
  "foreign-recipient-needs-consent": "provision to a third party in a foreign country — outsourcee and joint user included, unless it has a system meeting the standard — needs the person's consent to provision abroad",
  "recipient-location-unknown": "where the recipient is is not known, so whether 28 applies cannot be told: name its country, or declare it in the policy",
  "recipient-location-conflict": "the request's country differs from the country the policy declares for the recipient",
  "joint-user-not-declared": "the recipient is not a joint user the policy declares for this category",
  "joint-use-incomplete": "the joint use lacks matters the person must be told, so sharing is third-party provision that needs consent",
  "outsourcing-not-declared": "the policy does not declare outsourcing (of this category, or to this outsourcee); the law does not require it to, but the guard allows only what the policy declares",
  "outsourcing-excluded": "the policy states this category is never entrusted to others",
  "consent-required": "provision to a third party needs the person's consent"
} as const satisfies { readonly [C in DecisionCode]: string }
