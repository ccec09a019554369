/**
 * What a service asks the guard, and the closed lists a request may name.
 * This module is part of `appi-policy/guard`, which imports nothing, not even
 * types from the model (a project that type-checks against the guard alone
 * would load effect's declarations): the lists are literal here, and
 * `request.test.ts` checks them against the model's catalogs.
 *
 * @since 0.1.0
 */
/** Items ①–④ (18(3), 27(1)): law; life, body or property; public health or children; state cooperation. @since 0.2.0 */
export const COMMON_EXCEPTIONS = ["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation"] as const

/** Art. 18(3): the grounds for use beyond the purposes without consent (six items). @since 0.2.0 */
export const USE_EXCEPTIONS = [...COMMON_EXCEPTIONS, "academic-research-institution", "academic-research-provision"] as const

/** Art. 27(1): the grounds for provision without consent (seven items). @since 0.2.0 */
export const PROVISION_EXCEPTIONS = [
  ...COMMON_EXCEPTIONS,
  "academic-research-institution",
  "academic-research-joint",
  "academic-research-provision"
] as const

/** The academic items: claimable only where the policy declares them (a policy-conformance choice, not the statute). @since 0.1.0 */
export const ACADEMIC_EXCEPTIONS = ["academic-research-institution", "academic-research-joint", "academic-research-provision"] as const

/**
 * My Number Act 19 is a closed list: My Number data goes to a third party
 * only in its cases (besides entrustment and succession, which the request
 * expresses by `to`). The grounds a private operator meets:
 * `my-number-affairs` (for 個人番号利用事務 or 個人番号関係事務, e.g. to the tax
 * office), `life-body-property` (to protect a person's life, body or property,
 * with the person's consent or when consent is hard to get) and
 * `legal-proceedings` (court proceedings, criminal investigations and the
 * other cases of that item). APPI's 「法令に基づく場合」 is not one of them.
 *
 * @since 0.2.0
 */
export const MY_NUMBER_GROUNDS = ["my-number-affairs", "life-body-property", "legal-proceedings"] as const

/** @since 0.2.0 */
export type UseException = (typeof USE_EXCEPTIONS)[number]
/** @since 0.2.0 */
export type ProvisionException = (typeof PROVISION_EXCEPTIONS)[number]
/** @since 0.2.0 */
export type MyNumberGround = (typeof MY_NUMBER_GROUNDS)[number]
/** Anything a request may claim. @since 0.1.0 */
export type ExceptionId = UseException | ProvisionException | MyNumberGround

/** Where provided data goes. @since 0.1.0 */
export const RECIPIENT_KINDS = ["third-party", "outsourcee", "joint-user", "successor"] as const
/** @since 0.1.0 */
export type RecipientKind = (typeof RECIPIENT_KINDS)[number]

/**
 * The consents the person has given, each for what the law asks it for:
 * `purpose` — to use the data beyond the purposes (18(1)); `provision` — to
 * provide it to a third party (27(1)); `foreign` — to provide it to a third
 * party in a foreign country, given after the Rule 17(2) information (28(1)).
 * One does not stand for another: a general consent is not the 28(1) one.
 *
 * @since 0.2.0
 */
export interface Consent {
  readonly purpose?: boolean
  readonly provision?: boolean
  readonly foreign?: boolean
}

/** Using data for a purpose (18). @since 0.1.0 */
export interface UseRequest<Category extends string = string, Purpose extends string = string> {
  readonly category: Category
  readonly purpose: Purpose
  readonly exception?: UseException
  readonly consent?: Consent
}

/** Providing data to someone (27, 28). @since 0.1.0 */
export interface ProvideRequest<Category extends string = string, Recipient extends string = string> {
  readonly category: Category
  readonly provide: {
    readonly to: RecipientKind
    /** A recipient the policy declares: a provision's recipient, an outsourcee or a joint user (by the `to` kind); its declared country is used. */
    readonly recipient?: Recipient
    /** ISO 3166-1 alpha-2 country of the recipient, for one the policy does not place. Without either, the provision is denied (`recipient-location-unknown`). */
    readonly country?: string
    /** For re-entrusting My Number data handled for a client: the client has permitted it (番号法 10). */
    readonly entrustorPermission?: boolean
  }
  readonly exception?: ProvisionException | MyNumberGround
  readonly consent?: Consent
}

/** @since 0.1.0 */
export type GuardRequest<Category extends string = string, Purpose extends string = string, Recipient extends string = string> =
  | UseRequest<Category, Purpose>
  | ProvideRequest<Category, Recipient>
