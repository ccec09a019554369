/**
 * Policy → document parts, once, for every language and format. Which
 * sections exist is decided first, so that each section knows every other
 * section's number and cross-references are generated, never written by hand.
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import type { LocalizedText } from "../model/primitives.ts"
import { word } from "./clauses/index.ts"
import { gregorianJapaneseDate, japaneseEraDate, longEnglishDate } from "./values.ts"
import type { DocumentParts, Phrase, Section } from "./parts.ts"
import { bilingual, fromPolicy } from "./phrase.ts"
import { paragraph } from "./blocks.ts"
import { additionalClause, historyBlocks, policyChanges } from "./sections/closing.ts"
import { accreditedOrganization, complaints, contactWindows, operator, signature } from "./sections/contact.ts"
import { type Context, SECTION_ORDER, type SectionBuilder, type SectionDraft, type SectionKey } from "./sections/context.ts"
import { acquisitionChannels, dataCategories, principles, voluntariness } from "./sections/data.ts"
import { jointUses, outsourcing, thirdPartyProvision } from "./sections/provision.ts"
import { marketingOptOut, purposeNotice, purposes, useBeyondPurpose } from "./sections/purposes.ts"
import { fees, requests } from "./sections/requests.ts"
import { retention, securityMeasures, tracking } from "./sections/safeguards.ts"
import { relativeReference, resolveReferences } from "./references.ts"
import { DEFAULT_STYLE, type RenderStyle } from "./style.ts"

const BUILDERS: { readonly [K in SectionKey]: SectionBuilder } = {
  principles,
  "data-categories": dataCategories,
  "acquisition-channels": acquisitionChannels,
  voluntariness,
  purposes,
  "purpose-notice": purposeNotice,
  "marketing-opt-out": marketingOptOut,
  "use-beyond-purpose": useBeyondPurpose,
  "third-party-provision": thirdPartyProvision,
  "joint-use": jointUses,
  outsourcing,
  "security-measures": securityMeasures,
  retention,
  tracking,
  requests,
  fees,
  complaints,
  "contact-windows": contactWindows,
  operator,
  "accredited-organization": accreditedOrganization,
  "policy-changes": policyChanges
}

/** A link from section `here` to the top-level section `target`, as the style words it. */
const crossReference = (style: RenderStyle, here: number, target: number, anchor: string): Phrase => {
  const href = `#${anchor}`
  return {
    ja: [{ kind: "link", text: relativeReference(style, here, [target], "ja"), href }],
    en: [{ kind: "link", text: relativeReference(style, here, [target], "en"), href }]
  }
}

const datePhrase =
  (style: RenderStyle) =>
  (iso: string): Phrase =>
    bilingual(style.calendar === "japanese" ? japaneseEraDate(iso) : gregorianJapaneseDate(iso), style.englishDates === "iso" ? iso : longEnglishDate(iso))

/** @since 0.1.0 */
export interface BuildOptions {
  /**
   * Use the catalog's statutory wording for statutory statements (the
   * exceptions ①–④, the 21(4) and 33(2) lists, the consent, joint-use,
   * outsourcing, opt-out, rights and fee statements, a change of purpose)
   * even where the policy words them itself. Company text (purposes,
   * categories, names, addresses, notes) is unaffected.
   */
  readonly statutoryWording?: boolean
}

interface Planned {
  readonly anchor: string
  readonly key: SectionKey | undefined
  readonly build: (context: Context) => SectionDraft
}

/**
 * The style a policy is rendered in: the defaults, then the policy's own
 * `presentation`, then what the caller asks for.
 * @since 0.1.0
 */
export const resolveStyle = (policy: Policy, overrides: Partial<RenderStyle> = {}): RenderStyle => {
  const presentation = policy.presentation ?? {}
  const own: Partial<RenderStyle> = Object.fromEntries((Object.keys(DEFAULT_STYLE) as Array<keyof RenderStyle>).flatMap((key) => (presentation[key] === undefined ? [] : [[key, presentation[key]]])))
  return { ...DEFAULT_STYLE, ...own, ...overrides }
}

/** The sections to render, in the policy's order where it gives one, grouped in its parts (one part without `parts`). */
const plan = (policy: Policy): ReadonlyArray<{ readonly title: LocalizedText | undefined; readonly index: number | undefined; readonly sections: ReadonlyArray<Planned> }> => {
  const canonical: ReadonlyArray<Planned> = [
    ...SECTION_ORDER.filter((key) => BUILDERS[key].present(policy)).map((key) => ({ anchor: key, key, build: BUILDERS[key].build })),
    ...(policy.additionalClauses ?? []).map((entry, index) => ({ anchor: `clause-${entry.id}`, key: undefined, build: () => additionalClause(entry, index) }))
  ]
  const byAnchor = new Map(canonical.map((entry) => [entry.anchor, entry]))
  const ordered = [...new Set([...(policy.presentation?.order ?? []).filter((anchor) => byAnchor.has(anchor)), ...byAnchor.keys()])].map((anchor) => byAnchor.get(anchor)!)
  const parts = policy.presentation?.parts
  if (parts === undefined) return [{ title: undefined, index: undefined, sections: ordered }]
  const placed = new Set(parts.flatMap((part) => part.sections))
  return parts.map((part, index) => ({
    title: part.title,
    index,
    sections: [
      ...part.sections.flatMap((anchor) => (byAnchor.has(anchor) ? [byAnchor.get(anchor)!] : [])),
      ...(index === parts.length - 1 ? ordered.filter((entry) => !placed.has(entry.anchor)) : [])
    ]
  }))
}

/**
 * The document parts of a policy: numbered sections (only those the policy
 * has something for) in the canonical order or the policy's `presentation`,
 * the preamble, the history and the signature. Pure and deterministic.
 *
 * @example
 * ```ts
 * const parts = buildParts(policy, { ...DEFAULT_STYLE, numbering: "articles" })
 * parts.sections.map((section) => section.number) // [[1], [2], …]
 * ```
 * @since 0.1.0
 */
export const buildParts = (policy: Policy, style: RenderStyle = resolveStyle(policy), options: BuildOptions = {}): DocumentParts => {
  const layout = plan(policy)
  const numberOf = new Map<SectionKey, number>()
  for (const part of layout) {
    part.sections.forEach((entry, index) => {
      if (entry.key !== undefined) numberOf.set(entry.key, index + 1)
    })
  }
  const headings = new Map((policy.presentation?.headings ?? []).map((entry, index) => [entry.section, { title: entry.title, index }]))
  const base = {
    policy,
    style,
    date: datePhrase(style),
    itemMarker: style.items,
    statutoryMarker: style.exceptions,
    categories: new Map(policy.dataCategories.map((category, index) => [category.id, { category, index }])),
    purposes: new Map(policy.purposes.items.map((purpose, index) => [purpose.id, { purpose, index }])),
    windows: new Map(policy.contactWindows.map((window, index) => [window.id, { window, index }])),
    own: <T>(wording: T | undefined): T | undefined => (options.statutoryWording === true ? undefined : wording)
  } as const
  const buildSection = (entry: Planned, here: number): Section => {
    const context: Context = {
      ...base,
      ref: (target) => {
        const number = numberOf.get(target)
        return number === undefined ? undefined : crossReference(style, here, number, target)
      }
    }
    const draft = entry.build(context)
    const heading = headings.get(entry.anchor)
    return {
      id: entry.anchor,
      number: [here],
      title: heading === undefined ? draft.title : fromPolicy(heading.title, ["presentation", "headings", heading.index, "title"]),
      blocks: draft.blocks,
      sections: (draft.subsections ?? []).map((sub, subIndex) => ({ id: sub.id, number: [here, subIndex + 1], title: sub.title, blocks: sub.blocks, sections: [] }))
    }
  }
  const sections: Array<Section> = layout.flatMap((part): ReadonlyArray<Section> => {
    const built = part.sections.map((entry, index) => buildSection(entry, index + 1))
    // A part with a heading is an unnumbered section holding its numbered ones.
    return part.index === undefined || part.title === undefined
      ? built
      : [
          {
            id: `part-${part.index + 1}`,
            number: undefined,
            title: fromPolicy(part.title, ["presentation", "parts", part.index, "title"]),
            blocks: [],
            sections: built
          }
        ]
  })
  const closingContext: Context = { ...base, ref: () => undefined }
  const history = historyBlocks(closingContext)
  if (history.length > 0) sections.push({ id: "history", number: undefined, title: word((c) => c.headings.history), blocks: history, sections: [] })
  const resolved = resolveReferences(
    { preamble: (policy.preamble ?? []).map((text, index) => paragraph(fromPolicy(text, ["preamble", index]))), sections },
    policy.fees ?? [],
    style
  )
  return {
    title: policy.title === undefined ? word((c) => c.headings.policy) : fromPolicy(policy.title, ["title"]),
    subtitle: policy.subtitle === undefined ? undefined : fromPolicy(policy.subtitle, ["subtitle"]),
    preamble: {
      title: policy.preambleTitle === undefined ? undefined : fromPolicy(policy.preambleTitle, ["preambleTitle"]),
      blocks: resolved.preamble
    },
    sections: resolved.sections,
    signature: signature(closingContext),
    unresolved: resolved.unresolved
  }
}
