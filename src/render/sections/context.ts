/**
 * What a section builder gets (the policy, the style, lookups, dates and
 * cross-references to other sections) and what it returns.
 *
 * @since 0.1.0
 */
import type { ContactWindow } from "../../model/ContactWindow.ts"
import type { DataCategory } from "../../model/DataCategory.ts"
import type { Policy } from "../../model/Policy.ts"
import type { Purpose } from "../../model/Purpose.ts"
import { SECTION_KEYS, type SectionKey } from "../../model/Presentation.ts"
import type { RolePerson } from "../../model/primitives.ts"
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { Block, ListMarker, Phrase } from "../parts.ts"
import { fromName, fromPolicy, inParentheses, joinWith } from "../phrase.ts"
import type { RenderStyle } from "../style.ts"
import { JA } from "../japanese.ts"

/** The top-level sections, in their canonical order (the model's, which a policy's `presentation` may change). @since 0.1.0 */
export const SECTION_ORDER = SECTION_KEYS

/** @since 0.1.0 */
export type { SectionKey }

/** @since 0.1.0 */
export interface Context {
  readonly policy: Policy
  readonly style: RenderStyle
  /** A reference from the section being built to `target` (前条, 第5条, 上記3.), or `undefined` when it is not rendered. */
  readonly ref: (target: SectionKey) => Phrase | undefined
  /** A date as the style writes it. */
  readonly date: (iso: string) => Phrase
  readonly itemMarker: ListMarker
  readonly statutoryMarker: ListMarker
  readonly categories: ReadonlyMap<string, { readonly category: DataCategory; readonly index: number }>
  readonly purposes: ReadonlyMap<string, { readonly purpose: Purpose; readonly index: number }>
  readonly windows: ReadonlyMap<string, { readonly window: ContactWindow; readonly index: number }>
  /**
   * The policy's own wording of a statutory statement (an exception, the
   * consent sentence, the fee sentence …), or `undefined` when the rendering
   * asks for the statutory wording, so that the catalog's clause is used instead.
   */
  readonly own: <T>(wording: T | undefined) => T | undefined
}

/** A subsection as a builder drafts it; the renderer numbers it. @since 0.1.0 */
export interface SubsectionDraft {
  readonly id: string
  readonly title: Phrase
  readonly blocks: ReadonlyArray<Block>
}

/** A top-level section as a builder drafts it. @since 0.1.0 */
export interface SectionDraft {
  readonly title: Phrase
  readonly blocks: ReadonlyArray<Block>
  readonly subsections?: ReadonlyArray<SubsectionDraft>
}

/**
 * One top-level section: whether the policy has anything for it (decided
 * before building, so every section's number is known to the others'
 * cross-references) and how to build it.
 *
 * @since 0.1.0
 */
export interface SectionBuilder {
  readonly present: (policy: Policy) => boolean
  readonly build: (context: Context) => SectionDraft
}

/**
 * The builder of a section that stands when the policy states `key`: `build`
 * gets the stated value, the context and the path to the value.
 *
 * @since 0.3.0
 */
export const sectionOf = <K extends keyof Policy>(
  key: K,
  build: (value: NonNullable<Policy[K]>, context: Context, path: JsonPath) => SectionDraft
): SectionBuilder => ({
  present: (policy) => policy[key] !== undefined,
  // `present` has held: the value is there.
  build: (context) => build(context.policy[key]!, context, [key])
})

/** 代表取締役 坂口 聡隆 / Representative Director …; position and department when given. @since 0.1.0 */
export const personPhrase = (person: RolePerson, path: JsonPath): Phrase =>
  joinWith(
    [
      ...(person.department === undefined ? [] : [fromPolicy(person.department, [...path, "department"])]),
      ...(person.position === undefined ? [] : [fromPolicy(person.position, [...path, "position"])]),
      fromPolicy(person.title, [...path, "title"]),
      ...(person.name === undefined ? [] : [fromName(person.name, [...path, "name"])])
    ],
    { ja: " ", en: " " }
  )

/** A list of people, joined with 「・」 / ", ". @since 0.1.0 */
export const peoplePhrase = (people: ReadonlyArray<RolePerson>, path: JsonPath): Phrase =>
  joinWith(
    people.map((person, index) => personPhrase(person, [...path, index])),
    { ja: JA.bullet, en: ", " }
  )

/** A name followed by its people in parentheses: 株式会社X（代表取締役 A・B）. @since 0.1.0 */
export const nameWithPeople = (name: Phrase, people: ReadonlyArray<RolePerson> | undefined, path: JsonPath): Phrase =>
  people === undefined || people.length === 0 ? name : inParentheses(name, peoplePhrase(people, path))
