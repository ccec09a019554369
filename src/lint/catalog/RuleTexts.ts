/**
 * The shape of a language's catalog of the lint rules' texts. The English
 * catalog defines the rule ids and message keys; every other language must
 * have the same (`CatalogLike`), so a message missing in one language is a
 * type error.
 *
 * @since 0.3.0
 */
import type { en } from "./en.ts"

/** One message: the finding and, apart, the advice. Both may use `{placeholders}`. @since 0.3.0 */
export interface MessageText {
  readonly text: string
  readonly help?: string
}

/** What one language says about one rule. @since 0.3.0 */
export interface RuleTexts {
  /** One line: what the rule checks. */
  readonly description: string
  /** Why the findings are errors or warnings (an error: the document breaks the law or contradicts itself). */
  readonly severityReason: string
  /** The law behind the rule in a few sentences. */
  readonly docs: string
  readonly messages: { readonly [key: string]: MessageText }
}

/** The id of every lint rule. @since 0.3.0 */
export type RuleId = keyof typeof en

/** The message keys of one rule. @since 0.3.0 */
export type MessageKey<Id extends RuleId> = keyof (typeof en)[Id]["messages"] & string

/** A catalog with exactly the English catalog's rules and messages. @since 0.3.0 */
export type CatalogLike = {
  readonly [Id in RuleId]: Omit<RuleTexts, "messages"> & { readonly messages: { readonly [K in MessageKey<Id>]: MessageText } }
}
