/**
 * The shape of a language's catalog of the lint rules' texts. The English
 * catalog defines the rule ids and message keys; every other language must
 * have the same (`CatalogLike`), so a message missing in one language is a
 * type error.
 *
 * @since 0.3.0
 */
import type { RequestKind } from "../../model/Requests.ts"
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

/**
 * Words the rules put into their messages' placeholders, in one language:
 * the names of the opt-out's items, request kinds, exception lists and roles,
 * and the details a few messages compose.
 *
 * @since 0.3.0
 */
export interface LintTerms {
  readonly optOutItems: { readonly [K in OptOutItemKey]: string }
  readonly requestKinds: { readonly [K in RequestKind]: string }
  readonly exceptionLists: { readonly "18(3)": string; readonly "21(4)": string; readonly "33(2)": string }
  readonly recipientRoles: { readonly recipient: string; readonly entrustee: string; readonly "joint-user": string }
  readonly outsourcingEvidence: {
    readonly provisionGround: string
    readonly purpose: string
    readonly field: (params: { readonly field: string }) => string
  }
  readonly hoursContradiction: {
    readonly excludedDay: (params: { readonly day: string }) => string
    readonly ranges: (params: { readonly given: ReadonlyArray<string>; readonly windows: ReadonlyArray<string> }) => string
  }
  /** Use beyond the purposes on the person's consent. */
  readonly consent: string
  /** How special-care data is acquired other than from the person: automatically, from third parties, or both. */
  readonly indirectAcquisition: (methods: ReadonlyArray<"automatic" | "third-party">) => string

}

/** The opt-out items of 27(2)(ii)–(viii) (and Rule 11(4)) that `opt-out-incomplete` names. @since 0.3.0 */
export type OptOutItemKey = "provisionIsPurpose" | "items" | "acquisitionMethod" | "provisionMethod" | "stopOnRequest" | "requestMethod" | "updateMethod" | "startDate"

/** The lint reference's own words (`docs/rules.md`), in one language. @since 0.3.0 */
export interface ReferenceWords {
  /** What an error and a warning mean: the line every rule's severity is judged by. */
  readonly severityLine: string
  /** What the rules check against, the label of a rule's severity reason, the language's name. */
  readonly docs: { readonly intro: string; readonly severityReason: string; readonly language: string }
  /** The law behind each rule in a few sentences. */
  readonly rules: { readonly [Id in RuleId]: string }
}
