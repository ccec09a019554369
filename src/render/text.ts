/**
 * Document parts → plain text (for terminals and e-mail): underlined
 * headings, labelled lists with hanging indents, tables as one record per
 * row. Nothing is interpreted, so nothing is escaped; but a policy text's
 * own line breaks continue its block (indented two columns), so that it
 * cannot start a heading, an item or a row of the document, and control and
 * bidi characters are never written (a terminal would act on them).
 *
 * `ja+en` is interleaved per section, as in Markdown.
 *
 * @since 0.1.0
 */
import { catalogs } from "./clauses/index.ts"
import { printable } from "../core/characters.ts"
import { indent } from "./indent.ts"
import { itemLabel, sectionLabel } from "./labels.ts"
import { type Block, type DocumentParts, type FormatOptions, type Lang, type Phrase, type Section, writeInline } from "./parts.ts"
import { JA } from "./japanese.ts"

/** Columns a string takes in a terminal: East Asian wide and full-width characters count two. @since 0.1.0 */
export const displayWidth = (text: string): number => {
  let width = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000
    width += wide ? 2 : 1
  }
  return width
}

/** A text of the policy as it may be printed: control characters replaced, each line after the first indented. */
const policyText = (text: string): string => printable(text).replace(/\n[ \t]*/gu, "\n  ")

/** Inline content as plain text (control characters made visible, continuation lines indented). @since 0.3.0 */
export const textInline = writeInline({
  text: (run) => policyText(run.text),
  // Show where a web link goes; e-mail, phone and in-page links read as their text.
  link: (run) => (/^https?:/u.test(run.href) && run.href !== run.text ? `${policyText(run.text)} <${policyText(run.href)}>` : policyText(run.text)),
  missing: (run, lang) => `[${catalogs[lang].labels.untranslated}: ${policyText(run.ja)}]`,
  reference: (run) => policyText(run.text),
  code: (run) => policyText(run.text),
  strong: (run) => policyText(run.text)
})

const separator = (lang: Lang) => (lang === "ja" ? JA.colon : ": ")
const bullet = (lang: Lang) => (lang === "ja" ? JA.bullet : "- ")

const blockText = (block: Block, lang: Lang): string => {
  switch (block.kind) {
    case "paragraph":
      return textInline(block.text[lang], lang)
    case "list":
      return block.items
        .map((entry, index) => {
          const label = itemLabel(block.marker, index + 1, lang)
          const head = label === undefined ? bullet(lang) : `${label} `
          const line = `${head}${textInline(entry.text[lang], lang)}`
          return entry.blocks.length === 0 ? line : `${line}\n${indent(nestedText(entry.blocks, lang), "    ")}`
        })
        .join("\n")
    case "fields":
      return block.fields
        .map((field) => {
          const label = textInline(field.label[lang], lang)
          const [only] = field.value
          if (field.value.length === 1 && only?.kind === "paragraph") return `${label}${separator(lang)}${textInline(only.text[lang], lang)}`
          return `${label}${separator(lang)}\n${indent(nestedText(field.value, lang), "  ")}`
        })
        .join("\n")
    case "table":
      // One record per row: the first cell as its heading, the others labelled by their column.
      return block.rows
        .map((cells) => {
          const [first, ...rest] = cells
          const heading = `■ ${first === undefined ? "" : nestedText(first, lang).replaceAll("\n", " ")}`
          // Empty cells are left out: a record says only what the row has.
          const body = rest.flatMap((cell, index) => {
            if (cell.length === 0) return []
            const label = `${textInline(block.head[index + 1]?.[lang] ?? [], lang)}${separator(lang)}`
            const content = nestedText(cell, lang)
            return [content.includes("\n") ? `${label}\n${indent(content, "  ")}` : `${label}${content}`]
          })
          return [heading, ...body.map((line) => indent(line, "  "))].join("\n")
        })
        .join("\n\n")
  }
}

/** Blocks at section level, a blank line apart. */
const blocksText = (blocks: ReadonlyArray<Block>, lang: Lang): string => blocks.map((block) => blockText(block, lang)).join("\n\n")

/** Blocks inside a list item, field or cell: one per line, so the nesting stays visible. */
const nestedText = (blocks: ReadonlyArray<Block>, lang: Lang): string => blocks.map((block) => blockText(block, lang)).join("\n")

const languages = (options: FormatOptions): ReadonlyArray<Lang> => (options.lang === "ja+en" ? ["ja", "en"] : [options.lang])

const heading = (title: Phrase, label: (lang: Lang) => string, options: FormatOptions, underline: string): string => {
  const text = languages(options)
    .map((lang) => `${label(lang) === "" ? "" : `${label(lang)} `}${textInline(title[lang], lang)}`)
    .join(" / ")
  return `${text}\n${underline.repeat(displayWidth(text))}`
}

const section = (value: Section, options: FormatOptions): ReadonlyArray<string> => [
  heading(value.title, (lang) => sectionLabel(value, options.style, lang), options, value.number !== undefined && value.number.length > 1 ? "-" : "="),
  ...languages(options).flatMap((lang) => (value.blocks.length === 0 ? [] : [blocksText(value.blocks, lang)])),
  ...value.sections.flatMap((sub) => section(sub, options))
]

/**
 * Plain text of the whole document.
 *
 * @since 0.1.0
 */
export const partsToText = (parts: DocumentParts, options: FormatOptions): string => {
  const langs = languages(options)
  const chunks: Array<string> = [heading(parts.title, () => "", options, "#")]
  if (parts.subtitle !== undefined) chunks.push(langs.map((lang) => textInline(parts.subtitle![lang], lang)).join(" / "))
  if (parts.preamble.title !== undefined) chunks.push(heading(parts.preamble.title, () => "", options, "="))
  for (const lang of langs) if (parts.preamble.blocks.length > 0) chunks.push(blocksText(parts.preamble.blocks, lang))
  for (const value of parts.sections) chunks.push(...section(value, options))
  for (const lang of langs) if (parts.signature.length > 0) chunks.push(parts.signature.map((line) => textInline(line[lang], lang)).join("\n"))
  return `${chunks.join("\n\n")}\n`
}
