/**
 * The shape of a language's catalog of the changelog's words.
 *
 * @since 0.3.0
 */
import type { Impact } from "../../Impact.ts"
import type { PolicyShape } from "../../PolicyShape.ts"
import type { EditKind } from "../../structural.ts"
import type { en } from "./en.ts"

/** @since 0.3.0 */
export interface ChangelogWords {
  readonly title: string
  readonly impacts: { readonly [I in Impact]: string }
  readonly kinds: { readonly [K in EditKind]: string }
  /** Nested concepts (`purposes.items`, a shape of the model: a misspelt one is a type error) and the whole document; the top-level ones are the model's registry. */
  readonly concepts: { readonly [K in PolicyShape | "document"]?: string }
  /** Field names the changelog translates; any other is shown as the model spells it. */
  readonly fields: { readonly [field: string]: string }
  readonly noChanges: string
  readonly highestImpact: string
  readonly counts: (params: { readonly total: number; readonly counts: ReadonlyArray<{ readonly label: string; readonly count: number }> }) => string
  readonly version: (params: { readonly version: string }) => string
  readonly effective: (params: { readonly date: string }) => string
  readonly revised: (params: { readonly date: string }) => string
  readonly versionSeparator: string
  /** The side of a comparison whose version has no label. */
  readonly before: string
  readonly after: string
  /** An entry's name after its key. */
  readonly entryName: (params: { readonly name: string }) => string
  readonly unlawful: string
  /** Between the impact and the explanation, with the article. */
  readonly effect: (params: { readonly article: string }) => string
  readonly review: string
  readonly none: string
  readonly yes: string
  readonly no: string
  readonly listSeparator: string
  readonly postalAddress: (params: { readonly postalCode: string; readonly address: string }) => string
  /** The plain-text layout's marks before a section heading and an item. */
  readonly sectionMark: string
  readonly itemMark: string
}

/** The English catalog's concept and field keys, which every language must have. @since 0.3.0 */
export interface SameKeys {
  readonly concepts: { readonly [K in keyof typeof en.concepts]: string }
  readonly fields: { readonly [K in keyof typeof en.fields]: string }
}
