/**
 * The shape of a language's catalog of the summary's words.
 *
 * @since 0.3.0
 */
import type { PolicyOverview } from "../summary.ts"

/** @since 0.3.0 */
export interface SummaryWords {
  readonly labels: {
    readonly operator: string
    readonly address: string
    readonly dataCategories: string
    readonly purposes: string
    readonly exceptions: string
    readonly provision: string
    readonly jointUse: string
    readonly outsourcing: string
    readonly requests: string
    readonly fees: string
    readonly contactWindows: string
    readonly accredited: string
    readonly history: string
  }
  readonly categories: (o: PolicyOverview["dataCategories"]) => string
  readonly exceptions: (o: PolicyOverview["exceptions"]) => string
  readonly provision: (o: NonNullable<PolicyOverview["provision"]>) => string
  readonly yesNo: (value: boolean) => string
  readonly amount: (amount: number | undefined) => string
  readonly none: string
  readonly established: (date: string) => string
  readonly revised: (date: string) => string
  readonly postalCode: (code: string) => string
}
