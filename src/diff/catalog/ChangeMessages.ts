/**
 * The shape of a language's catalog of the diff's messages.
 *
 * @since 0.3.0
 */
import type { ChangeId } from "../rules.ts"

/** Why a kind of change has its impact, and what a reviewer should check. @since 0.3.0 */
export interface ChangeMessage {
  readonly explain: string
  readonly hint?: string
}

/** One message per kind of change. @since 0.3.0 */
export type ChangeMessages = { readonly [K in ChangeId]: ChangeMessage }
