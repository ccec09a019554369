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

/** Hints the diff adds to a change whose entry looks renamed (its content stands under another id). @since 0.3.0 */
export interface RenameHints {
  /** An added entry with the content of the removed `id`. */
  readonly sameAsRemoved: (params: { readonly id: string }) => string
  /** A removed entry whose content the added `id` has. */
  readonly sameAsAdded: (params: { readonly id: string }) => string
}
