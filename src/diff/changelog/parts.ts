/**
 * The changelog (改定履歴) as parts, built once from a ChangeSet, in the
 * renderer's inline content (`Run`, `Phrase`); the layouts only arrange the
 * parts and write the runs with the renderer's inline formatters, so they
 * cannot disagree about content or escaping (DESIGN §6).
 *
 * @since 0.1.0
 */
import type { Inline, Phrase, Run } from "../../render/parts.ts"
import type { Bilingual, Change, ChangeSet, PolicyVersion } from "../ChangeSet.ts"
import { compareImpact, type Impact, IMPACTS } from "../Impact.ts"
import { describeValue, formatDate, type Lang } from "./describe.ts"
import { conceptLabel, fieldLabel, IMPACT_LABELS, KIND_LABELS, WORDS } from "./labels.ts"

/** A line in each language: the renderer's `Phrase`. @since 0.1.0 */
export type RichText = Phrase

/** @since 0.1.0 */
export interface ChangelogItem {
  readonly impact: Impact
  readonly summary: RichText
  readonly effect: RichText
  readonly hints: ReadonlyArray<RichText>
}

/** @since 0.1.0 */
export interface ChangelogSection {
  readonly heading: Bilingual
  readonly items: ReadonlyArray<ChangelogItem>
}

/** @since 0.1.0 */
export interface ChangelogParts {
  readonly title: Bilingual
  readonly versions: RichText
  readonly overall: RichText
  readonly sections: ReadonlyArray<ChangelogSection>
}

const text = (value: string): Run => ({ kind: "text", text: value })
const code = (value: string): Run => ({ kind: "code", text: value })
const strong = (value: string): Run => ({ kind: "strong", text: value })
const both = (build: (lang: Lang) => Inline): RichText => ({ ja: build("ja"), en: build("en") })

const date = formatDate

const versionLabel = (version: PolicyVersion, lang: Lang, side: "from" | "to"): string => {
  const words = WORDS[lang]
  const parts: Array<string> = []
  if (version.version !== undefined) parts.push(words.version({ version: version.version }))
  if (side === "to" && version.effective !== undefined) parts.push(words.effective({ date: date(version.effective, lang) }))
  else if (version.revised !== undefined) parts.push(words.revised({ date: date(version.revised, lang) }))
  const named = parts.join(words.versionSeparator)
  if (named !== "") return named
  return side === "from" ? words.before : words.after
}

const versions = (changes: ChangeSet): RichText =>
  both((lang) => {
    const id = changes.from.id === changes.to.id ? [code(changes.from.id)] : [code(changes.from.id), text(" → "), code(changes.to.id)]
    return [...id, text(`: ${versionLabel(changes.from, lang, "from")} → ${versionLabel(changes.to, lang, "to")}`)]
  })

const overall = (changes: ChangeSet): RichText => {
  const impact = changes.impact
  if (impact === null) return both((lang) => [text(WORDS[lang].noChanges)])
  const counts = [...IMPACTS]
    .reverse()
    .map((impact) => ({ impact, count: changes.changes.filter((change) => change.impact === impact).length }))
    .filter(({ count }) => count > 0)
  return both((lang) => [
    text(WORDS[lang].highestImpact),
    strong(IMPACT_LABELS[impact][lang]),
    text(WORDS[lang].counts({ total: changes.changes.length, counts: counts.map(({ impact, count }) => ({ label: IMPACT_LABELS[impact][lang], count })) }))
  ])
}

const other = (lang: Lang): Lang => (lang === "ja" ? "en" : "ja")

const clipName = (name: string): string => (name.length > 60 ? `${name.slice(0, 59)}…` : name)

/** `追加: `ad-delivery` 「広告配信」`, `変更: `disclosure-fee` › 金額: 1,000 → 1,200`. */
const summary = (change: Change): RichText =>
  both((lang) => {
    const parts: Array<Run> = [text(`${KIND_LABELS[change.kind][lang]}: `)]
    if (change.entry !== undefined) {
      parts.push(code(change.entry))
      const name = change.name === undefined ? undefined : lang === "en" && change.name.en !== undefined ? change.name.en : change.name.ja
      if (name !== undefined) parts.push(text(WORDS[lang].entryName({ name: clipName(name) })))
    }
    const field = change.field?.split(".") ?? []
    field.forEach((segment, i) => {
      if (i > 0 || change.entry !== undefined) parts.push(text(" › "))
      const label = fieldLabel(segment)
      parts.push(label === undefined ? code(segment) : text(label[lang]))
    })
    if (change.entry === undefined && field.length === 0) parts.push(text(conceptLabel(change.concept)[lang]))
    const whole = change.field === undefined && change.entry !== undefined
    if (change.kind === "changed") {
      // A text changed only in the other language reads the same in this one: show the language that changed.
      const shown = describeValue(change.before, lang) === describeValue(change.after, lang) ? other(lang) : lang
      parts.push(text(`: ${describeValue(change.before, shown)} → ${describeValue(change.after, shown)}`))
    }
    else if (change.kind === "added" && !whole) parts.push(text(`: ${describeValue(change.after, lang)}`))
    else if (change.kind === "removed" && !whole) parts.push(text(`: ${describeValue(change.before, lang)}`))
    return parts
  })

/** A library message: `backticked` runs are code. */
const message = (value: string): Inline => value.split("`").map((run, i) => (i % 2 === 1 ? code(run) : text(run)))

const item = (change: Change): ChangelogItem => ({
  impact: change.impact,
  summary: summary(change),
  effect: both((lang) => [
    strong(IMPACT_LABELS[change.impact][lang]),
    ...(change.unlawful === true ? [strong(WORDS[lang].unlawful)] : []),
    text(WORDS[lang].effect({ article: change.article[lang] })),
    ...message(change.explain[lang])
  ]),
  hints: change.hints.map((hint) => both((lang) => [text(WORDS[lang].review), ...message(hint[lang])]))
})

/**
 * The changelog's parts: title, versions, the overall impact, and the changes
 * grouped by concept in document order.
 *
 * @since 0.1.0
 */
export const changelogParts = (changes: ChangeSet): ChangelogParts => {
  const sections = new Map<string, Array<ChangelogItem>>()
  for (const change of changes.changes) {
    const items = sections.get(change.concept)
    if (items === undefined) sections.set(change.concept, [item(change)])
    else items.push(item(change))
  }
  return {
    title: { ja: WORDS.ja.title, en: WORDS.en.title },
    versions: versions(changes),
    overall: overall(changes),
    sections: [...sections].map(([concept, items]) => ({ heading: conceptLabel(concept), items }))
  }
}

/** Orders items by impact, highest first (for readers who triage). @since 0.1.0 */
export const byImpact = (a: ChangelogItem, b: ChangelogItem): number => compareImpact(b.impact, a.impact)
