/**
 * The decision table: what `compileGuard` produces and `check` reads. Plain
 * JSON (serialisable, CSP-safe: data, never code), versioned by its own
 * format number and by the policy's id, version and content hash.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export const TABLE_FORMAT = "appi-policy/decision-table" as const
/** Bumped on any change a checker of an older version could misread. @since 0.1.0 */
export const TABLE_FORMAT_VERSION = 1 as const

/** One data category, with everything a decision about it needs. @since 0.1.0 */
export interface TableCategory {
  readonly id: string
  /** Indexes into `purposes` of the purposes declared for this category. */
  readonly purposes: ReadonlyArray<number>
  /** Handled on a client's behalf (受託): only the client's purposes. */
  readonly entrusted: boolean
  /** 特定個人情報 (番号法 19, 30). */
  readonly myNumber: boolean
  /** 要配慮個人情報 in the category or any of its items (27(2) forbids opt-out). */
  readonly specialCare: boolean
  /** Covered by the policy's opt-out provision (27(2)). */
  readonly optOut: boolean
  /** Ids of the joint users (27(5)(iii)) declared for this category. */
  readonly jointUsers: ReadonlyArray<string>
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
   * declaration), apart for use beyond purposes (18(3)) and for provision (27(1)):
   * declaring one for use does not make it a ground for provision.
   */
  readonly academicExceptions: { readonly use: ReadonlyArray<string>; readonly provision: ReadonlyArray<string> }
  /** The operator declares outsourcing (委託, 27(5)(i)). */
  readonly outsourcing: boolean
}
