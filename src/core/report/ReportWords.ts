/**
 * The shape of a language's catalog of the words every report the CLI
 * prints shares: the labels of a diagnostic's lines, the totals, and the
 * description of a file that did not load.
 *
 * @since 0.3.0
 */

/** @since 0.3.0 */
export interface ReportWords {
  /** Labels of the indented lines under a finding. */
  readonly at: string
  readonly help: string
  readonly law: string
  /** A file with no findings. */
  readonly clean: string
  /** A file that loaded. */
  readonly valid: string
  readonly validTotals: (params: { readonly valid: number; readonly invalid: number }) => string
  readonly lintTotals: (params: { readonly errors: number; readonly warnings: number; readonly files: number }) => string
  /** The rule a report (SARIF) files a file that did not load under. */
  readonly notLoaded: { readonly short: string; readonly full: string }
}
