/**
 * Laying out the changelog parts as Markdown, HTML or plain text, in
 * Japanese, English or both (each line in Japanese, then in English); the
 * runs are written by the renderer's inline formatters.
 *
 * @since 0.1.0
 */
import { escapeMarkdown } from "../../core/markdown.ts"
import type { Bilingual, ChangeSet } from "../ChangeSet.ts"
import type { Lang } from "./describe.ts"
import { WORDS } from "./labels.ts"
import type { Inline } from "../../render/parts.ts"
import { escapeHtml, htmlInline, pageHead } from "../../render/html.ts"
import { markdownInline } from "../../render/markdown.ts"
import { textInline } from "../../render/text.ts"
import { changelogParts, type RichText } from "./parts.ts"

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


/** The lines of a rich text, one per language, written by one of the renderer's inline formatters. */
const rich = (value: RichText, lang: ChangelogLang, inline: (content: Inline, lang: Lang) => string): ReadonlyArray<string> =>
  langsOf(lang).map((l) => inline(value[l], l))

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

/** Each language's line as an element of its own, marked with its language. */
const richHtml = (value: RichText, lang: ChangelogLang, element: string): string =>
  langsOf(lang)
    .map((l) => `<${element} lang="${l}">${htmlInline(value[l], l)}</${element}>`)
    .join("")

/**
 * The changelog as a standalone HTML page: the same content as the Markdown,
 * every text escaped by the renderer's HTML formatter, each line marked with
 * its language; no script, no external resource (a Content-Security-Policy
 * allowing none).
 *
 * @since 0.3.0
 */
export const changelogHtml = (changes: ChangeSet, options?: ChangelogOptions): string => {
  const lang = options?.lang ?? "ja+en"
  const parts = changelogParts(changes)
  const title = escapeHtml(heading(parts.title, lang))
  const body = [`<h1>${title}</h1>`, richHtml(parts.versions, lang, "p"), richHtml(parts.overall, lang, "p")]
  for (const section of parts.sections) {
    body.push(`<section>`, `<h2>${escapeHtml(heading(section.heading, lang))}</h2>`, "<ul>")
    for (const item of section.items) {
      const details = [item.effect, ...item.hints].map((detail) => `<li>${richHtml(detail, lang, "div")}</li>`).join("")
      body.push(`<li>${richHtml(item.summary, lang, "div")}<ul>${details}</ul></li>`)
    }
    body.push("</ul>", "</section>")
  }
  return [
    ...pageHead(lang === "en" ? "en" : "ja", title),
    "<body>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    ""
  ].join("\n")
}
