/**
 * Document parts → CommonMark with GitHub tables. Every piece of text is
 * escaped, so a policy text can neither start a construct (`# `, `- `, `1. `)
 * nor contain one (`*`, `[`, `<script>`, `|`).
 *
 * `ja+en` is interleaved per section: one heading with both titles, the
 * Japanese blocks, then the English blocks.
 *
 * @since 0.1.0
 */
import { catalogs } from "./clauses/index.ts"
import { escapeMarkdown } from "../core/markdown.ts"
import { indent } from "./indent.ts"
import { itemLabel, sectionLabel } from "./labels.ts"
import { type Block, type Cell, type DocumentParts, type FormatOptions, type Lang, type Phrase, type Section, writeInline } from "./parts.ts"
import { JA } from "./japanese.ts"

/** A link target with the characters that would end or break `(…)` percent-encoded. */
const safeHref = (href: string): string => href.replace(/[\s()<>\\]/gu, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)

/** Inline content as Markdown, every text escaped. @since 0.3.0 */
export const markdownInline = writeInline({
  text: (run) => escapeMarkdown(run.text),
  link: (run) => `[${escapeMarkdown(run.text)}](${safeHref(run.href)})`,
  missing: (run, lang) => `\\[${escapeMarkdown(catalogs[lang].labels.untranslated)}: ${escapeMarkdown(run.ja)}\\]`,
  reference: (run) => escapeMarkdown(run.text),
  // A code span cannot escape a backtick; an id never holds one, and a stray one is shown as a quote.
  code: (run) => `\`${run.text.replaceAll("`", "'")}\``,
  strong: (run) => `**${escapeMarkdown(run.text)}**`
})

const fieldSeparator = (lang: Lang) => (lang === "ja" ? JA.colon : ": ")

/** A cell is one line: its blocks flattened with `<br>`, lists keeping their labels. */
const cellText = (cell: Cell, lang: Lang): string => {
  const lines: Array<string> = []
  const walk = (blocks: ReadonlyArray<Block>): void => {
    for (const block of blocks) {
      switch (block.kind) {
        case "paragraph":
          lines.push(markdownInline(block.text[lang], lang))
          break
        case "list":
          block.items.forEach((entry, index) => {
            const label = itemLabel(block.marker, index + 1, lang) ?? (lang === "ja" ? JA.bullet : "•")
            lines.push(`${escapeMarkdown(label)}${lang === "ja" && block.marker === "bullet" ? "" : " "}${markdownInline(entry.text[lang], lang)}`)
            walk(entry.blocks)
          })
          break
        case "fields":
          for (const field of block.fields) {
            lines.push(`${markdownInline(field.label[lang], lang)}${fieldSeparator(lang)}`)
            walk(field.value)
          }
          break
        case "table":
          // Tables are never nested in the parts; flatten defensively.
          for (const row of block.rows) for (const inner of row) walk(inner)
          break
      }
    }
  }
  walk(cell)
  return lines.join("<br>")
}

const blockText = (block: Block, lang: Lang): string => {
  switch (block.kind) {
    case "paragraph":
      // Leading blanks would make an indented code block of the paragraph.
      return markdownInline(block.text[lang], lang).replace(/^[ \t]+/u, "")
    case "list":
      return block.items
        .map((entry, index) => {
          const label = itemLabel(block.marker, index + 1, lang)
          const line = `- ${label === undefined ? "" : `${escapeMarkdown(label)} `}${markdownInline(entry.text[lang], lang)}`
          return entry.blocks.length === 0 ? line : `${line}\n\n${indent(blocksText(entry.blocks, lang), "  ")}`
        })
        .join("\n")
    case "fields":
      return block.fields
        .map((field) => {
          const label = `**${markdownInline(field.label[lang], lang)}**`
          const [only] = field.value
          if (field.value.length === 1 && only?.kind === "paragraph") return `- ${label}${fieldSeparator(lang)}${markdownInline(only.text[lang], lang)}`
          return `- ${label}\n\n${indent(blocksText(field.value, lang), "  ")}`
        })
        .join("\n")
    case "table": {
      const row = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`
      return [
        ...(block.caption === undefined ? [] : [`**${markdownInline(block.caption[lang], lang)}**`, ""]),
        row(block.head.map((head) => markdownInline(head[lang], lang))),
        row(block.head.map(() => "---")),
        ...block.rows.map((cells) => row(cells.map((cell) => cellText(cell, lang))))
      ].join("\n")
    }
  }
}

const blocksText = (blocks: ReadonlyArray<Block>, lang: Lang): string => blocks.map((block) => blockText(block, lang)).join("\n\n")

const languages = (options: FormatOptions): ReadonlyArray<Lang> => (options.lang === "ja+en" ? ["ja", "en"] : [options.lang])

const headingText = (title: Phrase, label: (lang: Lang) => string, options: FormatOptions): string =>
  languages(options)
    .map((lang) => {
      const number = label(lang)
      // Section numbers are generated (1., 1.2, 第3条): nothing to escape, and a heading cannot start a list.
      return `${number === "" ? "" : `${number} `}${markdownInline(title[lang], lang)}`
    })
    .join(" / ")

const section = (value: Section, level: number, options: FormatOptions): ReadonlyArray<string> => [
  `${"#".repeat(level)} ${headingText(value.title, (lang) => sectionLabel(value, options.style, lang), options)}`,
  ...languages(options).flatMap((lang) => (value.blocks.length === 0 ? [] : [blocksText(value.blocks, lang)])),
  ...value.sections.flatMap((sub) => section(sub, level + 1, options))
]

/**
 * Markdown of the whole document.
 *
 * @since 0.1.0
 */
export const partsToMarkdown = (parts: DocumentParts, options: FormatOptions): string => {
  const langs = languages(options)
  const chunks: Array<string> = [`# ${headingText(parts.title, () => "", options)}`]
  if (parts.subtitle !== undefined) chunks.push(`**${headingText(parts.subtitle, () => "", options)}**`)
  if (parts.preamble.title !== undefined) chunks.push(`## ${headingText(parts.preamble.title, () => "", options)}`)
  for (const lang of langs) if (parts.preamble.blocks.length > 0) chunks.push(blocksText(parts.preamble.blocks, lang))
  for (const value of parts.sections) chunks.push(...section(value, 2, options))
  for (const lang of langs) if (parts.signature.length > 0) chunks.push(parts.signature.map((line) => markdownInline(line[lang], lang)).join("\\\n"))
  return `${chunks.join("\n\n")}\n`
}
