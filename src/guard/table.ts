/**
 * The decision table: what `compileGuard` produces and `check` reads. Plain
 * JSON (serialisable, CSP-safe: data, never code), versioned by its own
 * format number and by the policy's id, version and content hash. It carries
 * the legal facts it was compiled under (the Rule 15 countries), so a
 * checker has no list of its own to fall out of date.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export const TABLE_FORMAT = "appi-policy/decision-table" as const
/** Bumped on any change a checker of an older version could misread. @since 0.1.0 */
export const TABLE_FORMAT_VERSION = 3 as const

/** A category's legal kind: what the statute does with it. @since 0.2.0 */
export type CategoryKind = "ordinary" | "special-care" | "my-number" | "pseudonymized" | "anonymized"

/**
 * Whether the category may go by opt-out (27(2)), or why not: not covered
 * by the declared opt-out; the opt-out is not filed or is incomplete; the
 * category is special-care, My Number, pseudonymized or anonymized data, or
 * itself received by opt-out.
 *
 * @since 0.2.0
 */
export type OptOutState = "lawful" | "not-covered" | "not-filed" | "incomplete" | "special-care" | "my-number" | "pseudonymized" | "acquired-by-opt-out"

/** Where a declared recipient is (Art. 28). @since 0.2.0 */
export interface TableLocation {
  /** ISO 3166-1 alpha-2; absent when the policy does not say. */
  readonly country?: string
  /** A system meeting the Commission's standard (28(1), Rule 16): Art. 27 applies, not the 28(1) consent. */
  readonly systemBased: boolean
}

/** A declared recipient and where it is. @since 0.2.0 */
export interface TableRecipient extends TableLocation {
  readonly id: string
}

/** A joint user declared for a category. @since 0.2.0 */
export interface TableJointUser extends TableRecipient {
  /** Its joint use states all five matters of 27(5)(iii); otherwise sharing is a 27(1) provision. */
  readonly complete: boolean
}

/** One data category, with everything a decision about it needs. @since 0.1.0 */
export interface TableCategory {
  readonly id: string
  /** Indexes into `purposes` of the purposes declared for this category. */
  readonly purposes: ReadonlyArray<number>
  readonly kind: CategoryKind
  /** Handled on a client's behalf (受託): only the client's purposes. */
  readonly entrusted: boolean
  readonly optOut: OptOutState
  /** 匿名加工情報 whose items and method of provision are published (43(4)). */
  readonly anonymizedProvision: boolean
  readonly jointUsers: ReadonlyArray<TableJointUser>
  /** Ids of the declared outsourcees this category may go to; `null` when the policy names none for it (any outsourcee, placed by the request's country). */
  readonly entrustees: ReadonlyArray<string> | null
  /** The policy states the category is never entrusted to others. */
  readonly outsourcingExcluded: boolean
}

/** @since 0.1.0 */
export interface DecisionTable {
  readonly format: typeof TABLE_FORMAT
  readonly formatVersion: typeof TABLE_FORMAT_VERSION
  readonly policy: {
    readonly id: string
    readonly version?: string
    /** `sha256:` + hex digest of the policy's canonical JSON. */
    readonly hash: string
  }
  readonly purposes: ReadonlyArray<string>
  readonly categories: ReadonlyArray<TableCategory>
  /**
   * Academic-research exceptions the policy declares (the ①–④ need no
   * declaration), apart for use beyond purposes (18(3)) and for provision (27(1)).
   */
  readonly academicExceptions: { readonly use: ReadonlyArray<string>; readonly provision: ReadonlyArray<string> }
  /** The operator declares outsourcing (委託). */
  readonly outsourcing: boolean
  /** Declared recipients of provision and outsourcees, with their location. */
  readonly recipients: { readonly thirdParty: ReadonlyArray<TableRecipient>; readonly outsourcee: ReadonlyArray<TableRecipient> }
  /** Countries recognised as equivalent under Enforcement Rules 15 (EEA, UK) when the table was compiled. */
  readonly equivalentCountries: ReadonlyArray<string>
}
