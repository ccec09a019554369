/**
 * What a service asks the guard.
 *
 * @since 0.1.0
 */

/** The statutory exceptions a request may claim (18(3), 27(1)). @since 0.1.0 */
export const STATUTORY_EXCEPTIONS = ["laws-and-regulations", "life-body-property", "public-health-children", "state-cooperation"] as const
/** Academic-research exceptions: claimable only where the policy declares them. @since 0.1.0 */
export const ACADEMIC_EXCEPTIONS = ["academic-research-institution", "academic-research-provision", "academic-research-joint"] as const
/** @since 0.1.0 */
export type ExceptionId = (typeof STATUTORY_EXCEPTIONS)[number] | (typeof ACADEMIC_EXCEPTIONS)[number]

/** Where provided data goes. @since 0.1.0 */
export type RecipientKind = "third-party" | "outsourcee" | "joint-user" | "successor"

/** Using data for a purpose (18(1)). @since 0.1.0 */
export interface UseRequest<Category extends string = string, Purpose extends string = string> {
  readonly category: Category
  readonly purpose: Purpose
  readonly exception?: ExceptionId
  readonly consent?: boolean
}

/** Providing data to someone (27, 28). @since 0.1.0 */
export interface ProvideRequest<Category extends string = string> {
  readonly category: Category
  readonly provide: {
    readonly to: RecipientKind
    /** The recipient's id (a joint user's id for `joint-user`). */
    readonly recipient?: string
    /** ISO 3166-1 alpha-2 country of the recipient; anything but `JP` is foreign. */
    readonly country?: string
  }
  readonly exception?: ExceptionId
  readonly consent?: boolean
}

/** @since 0.1.0 */
export type GuardRequest<Category extends string = string, Purpose extends string = string> = UseRequest<Category, Purpose> | ProvideRequest<Category>

/**
 * Countries the PPC recognises as having a system equivalent to Japan's
 * (EEA members and the United Kingdom, 施行規則 15条 告示): provision there is
 * treated like domestic provision, not as foreign transfer under 28(1).
 *
 * @since 0.1.0
 */
export const EQUIVALENT_COUNTRIES: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  "IS", "LI", "NO", "GB"
])
