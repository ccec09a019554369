/**
 * What the guard's tooling (the static scan of a service) says, in one
 * language, worded from data: English and Japanese have the same entries, so
 * a message missing in one language is a type error.
 *
 * @since 0.3.0
 */

/**
 * Why the request of a guard call is not known before run time. `field` is
 * the request's field at fault (`provide.country`), absent for the request itself.
 *
 * @since 0.3.0
 */
export type NotKnownWhy =
  | { readonly kind: "no-request-argument" }
  | { readonly kind: "not-an-object" }
  | { readonly kind: "spread"; readonly field?: string }
  | { readonly kind: "computed-key"; readonly field?: string }
  | { readonly kind: "not-constant"; readonly field?: string; readonly type: string }

/** Why a project cannot be scanned. @since 0.3.0 */
export type ScanProblem = { readonly kind: "no-tsconfig"; readonly path: string } | { readonly kind: "unreadable-tsconfig"; readonly path: string; readonly cause: string }

/** @since 0.3.0 */
export interface ToolingWords {
  readonly notKnown: (why: NotKnownWhy) => string
  readonly scanProblem: (problem: ScanProblem) => string
}
