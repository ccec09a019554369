/**
 * Policy → document parts, once, for every language and format. Which
 * sections exist is decided first, so that each section knows every other
 * section's number and cross-references are generated, never written by hand.
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import { word } from "./clauses/index.ts"
import { gregorianJapaneseDate, japaneseEraDate, longEnglishDate } from "./format.ts"
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

/**
 * A reference from section `here` to section `target`: 前条 / 第5条 in
 * articles, 上記3. / 下記8. in sections; a link to the target's anchor.
 */
const crossReference = (style: RenderStyle, here: number, target: number, anchor: string): Phrase => {
  const articles = style.numbering === "articles"
  const ja = articles ? (target === here - 1 ? "前条" : target === here ? "本条" : `第${target}条`) : target === here ? `本項` : `${target < here ? "上記" : "下記"}${target}.`
  const en = articles
    ? target === here - 1
      ? "the preceding Article"
      : target === here
        ? "this Article"
        : `Article ${target}`
    : target === here
      ? "this Section"
      : `Section ${target} ${target < here ? "above" : "below"}`
  const href = `#${anchor}`
  return { ja: [{ kind: "link", text: ja, href }], en: [{ kind: "link", text: en, href }] }
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
 * The document parts of a policy: numbered sections in a fixed order (only
 * those the policy has something for), the preamble, the history and the
 * signature. Pure and deterministic.
 *
 * @example
 * ```ts
 * const parts = buildParts(policy, { ...DEFAULT_STYLE, numbering: "articles" })
 * parts.sections.map((section) => section.number) // [[1], [2], …]
 * ```
 * @since 0.1.0
 */
export const buildParts = (policy: Policy, style: RenderStyle = DEFAULT_STYLE, options: BuildOptions = {}): DocumentParts => {
  const planned: ReadonlyArray<Planned> = [
    ...SECTION_ORDER.filter((key) => BUILDERS[key].present(policy)).map((key) => ({ anchor: key, key, build: BUILDERS[key].build })),
    ...(policy.additionalClauses ?? []).map((entry, index) => ({ anchor: `clause-${entry.id}`, key: undefined, build: () => additionalClause(entry, index) }))
  ]
  const numberOf = new Map<SectionKey, number>()
  planned.forEach((entry, index) => {
    if (entry.key !== undefined) numberOf.set(entry.key, index + 1)
  })
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
  const sections: Array<Section> = planned.map((entry, index) => {
    const here = index + 1
    const context: Context = {
      ...base,
      ref: (target) => {
        const number = numberOf.get(target)
        return number === undefined ? undefined : crossReference(style, here, number, target)
      }
    }
    const draft = entry.build(context)
    return {
      id: entry.anchor,
      number: [here],
      title: draft.title,
      blocks: draft.blocks,
      sections: (draft.subsections ?? []).map((sub, subIndex) => ({ id: sub.id, number: [here, subIndex + 1], title: sub.title, blocks: sub.blocks, sections: [] }))
    }
  })
  const closingContext: Context = { ...base, ref: () => undefined }
  const history = historyBlocks(closingContext)
  if (history.length > 0) sections.push({ id: "history", number: undefined, title: word((c) => c.headings.history), blocks: history, sections: [] })
  return {
    title: policy.title === undefined ? word((c) => c.headings.policy) : fromPolicy(policy.title, ["title"]),
    subtitle: policy.subtitle === undefined ? undefined : fromPolicy(policy.subtitle, ["subtitle"]),
    preamble: {
      title: policy.preambleTitle === undefined ? undefined : fromPolicy(policy.preambleTitle, ["preambleTitle"]),
      blocks: (policy.preamble ?? []).map((text, index) => paragraph(fromPolicy(text, ["preamble", index])))
    },
    sections,
    signature: signature(closingContext)
  }
}
