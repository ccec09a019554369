/**
 * Laying out the changelog parts as Markdown or plain text, in Japanese,
 * English or both (each line in Japanese, then in English).
 *
 * @since 0.1.0
 */
import { escapeMarkdown } from "../../core/markdown.ts"
import type { Bilingual, ChangeSet } from "../ChangeSet.ts"
import type { Lang } from "./describe.ts"
import { WORDS } from "./labels.ts"
import { changelogParts, type Inline, type RichText } from "./parts.ts"

/** @since 0.1.0 */
export type ChangelogLang = "ja" | "en" | "ja+en"

/** @since 0.1.0 */
export const CHANGELOG_LANGS: ReadonlyArray<ChangelogLang> = ["ja", "en", "ja+en"]

/** @since 0.1.0 */
export interface ChangelogOptions {
  /** Default `ja+en`. */
  readonly lang?: ChangelogLang
}

const langsOf = (lang: ChangelogLang): ReadonlyArray<Lang> => (lang === "ja+en" ? ["ja", "en"] : [lang])

const heading = (label: Bilingual, lang: ChangelogLang): string => langsOf(lang).map((l) => label[l]).join(" / ")


const markdownInline = (parts: ReadonlyArray<Inline>): string =>
  parts.map((part) => ("code" in part ? `\`${part.code.replaceAll("`", "'")}\`` : "strong" in part ? `**${escapeMarkdown(part.strong)}**` : escapeMarkdown(part.text))).join("")

const textInline = (parts: ReadonlyArray<Inline>): string => parts.map((part) => ("code" in part ? part.code : "strong" in part ? part.strong : part.text)).join("")

/** The lines of a rich text, one per language. */
const rich = (value: RichText, lang: ChangelogLang, inline: (parts: ReadonlyArray<Inline>) => string): ReadonlyArray<string> =>
  langsOf(lang).map((l) => inline(value[l]))

/**
 * The changelog (改定履歴) as Markdown: a heading per concept, a list item per
 * change with its impact, article, explanation and review hints.
 *
 * @example
 * ```ts
 * changelogMarkdown(diff(before, after), { lang: "ja" })
 * // "# 改定履歴\n\n`smilemore`: … \n\n最も高い影響: **本人の同意** …"
 * ```
 * @since 0.1.0
 */
export const changelogMarkdown = (changes: ChangeSet, options?: ChangelogOptions): string => {
  const lang = options?.lang ?? "ja+en"
  const parts = changelogParts(changes)
  const paragraph = (value: RichText): string => rich(value, lang, markdownInline).join("  \n")
  const lines = [`# ${heading(parts.title, lang)}`, "", paragraph(parts.versions), "", paragraph(parts.overall)]
  for (const section of parts.sections) {
    lines.push("", `## ${escapeMarkdown(heading(section.heading, lang))}`, "")
    for (const item of section.items) {
      lines.push(`- ${rich(item.summary, lang, markdownInline).join("  \n  ")}`)
      for (const detail of [item.effect, ...item.hints]) lines.push(`  - ${rich(detail, lang, markdownInline).join("  \n    ")}`)
    }
  }
  return lines.join("\n") + "\n"
}

/**
 * The changelog as plain text, for a revision notice (改定のお知らせ) or a
 * terminal: the same content as the Markdown, without markup.
 *
 * @since 0.1.0
 */
export const changelogText = (changes: ChangeSet, options?: ChangelogOptions): string => {
  const lang = options?.lang ?? "ja+en"
  const parts = changelogParts(changes)
  const lines = [heading(parts.title, lang), ...rich(parts.versions, lang, textInline), ...rich(parts.overall, lang, textInline)]
  for (const section of parts.sections) {
    const words = WORDS[langsOf(lang)[0]!]
    lines.push("", `${words.sectionMark}${heading(section.heading, lang)}`)
    for (const item of section.items) {
      rich(item.summary, lang, textInline).forEach((line, i) => lines.push(`${i === 0 ? words.itemMark : "  "}${line}`))
      for (const detail of [item.effect, ...item.hints]) rich(detail, lang, textInline).forEach((line) => lines.push(`    ${line}`))
    }
  }
  return lines.join("\n") + "\n"
}
