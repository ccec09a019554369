/**
 * What the renderer says when it cannot render a policy, in one language:
 * each diagnostic worded from its data. English and Japanese have the same
 * entries, so a message missing in one language is a type error.
 *
 * @since 0.3.0
 */

import type { UnresolvedReference } from "../references.ts"

/** A diagnostic's words: what is wrong and, apart, what to do. @since 0.3.0 */
export interface Worded {
  readonly message: string
  readonly help?: string
}

/** The option `render` rejects: its language, its format, a style option or an unknown style option's name. @since 0.3.0 */
export type RenderOptionName = { readonly kind: "language" | "format" | "style-name" } | { readonly kind: "style"; readonly key: string }

/** @since 0.3.0 */
export interface RenderMessages {
  /** A policy text with no `en`, in an English rendering; `found` is its Japanese, shortened, in backticks. */
  readonly missingTranslation: (params: { readonly found: string }) => Worded & { readonly help: string }
  /**
   * A placeholder that names nothing: `{fee:id}` naming no fee (`candidates`: the fee placeholders that would; none: the
   * policy has no fee) or a fee without `amount`, `{ref:key}` or `{num:key}` naming no section (`candidates`: the keys).
   */
  readonly unresolvedReference: (reference: UnresolvedReference) => Worded & { readonly expected: string }
  /** A fee's text that writes its amount itself (`amount`) instead of `{fee: feeId}`. */
  readonly feeAmountInText: (params: { readonly amount: string; readonly feeId: string }) => Worded & { readonly help: string }
  /** An option value `render` does not know (JavaScript callers; TypeScript rejects it before). */
  readonly invalidOption: (params: { readonly option: RenderOptionName; readonly value: string; readonly allowed: ReadonlyArray<string> }) => Worded & { readonly expected: string }
}
