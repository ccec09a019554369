/**
 * Document parts → one standalone HTML page: `lang` on the root and on every
 * passage in the other language, numbered headings with an anchor per
 * section, a table of contents, real table markup, print-friendly CSS inline
 * and no external resource (a Content-Security-Policy forbids any). Every
 * text is escaped; links keep only `https:`, `http:`, `mailto:`, `tel:` and
 * in-page targets.
 *
 * `ja+en` puts the two languages of each section side by side on a wider page
 * (stacked on narrow screens), under one heading that carries both titles.
 * The page never scrolls sideways: long words and addresses wrap, and a table
 * too wide for a phone scrolls in its own box (test/full/renderedPages.test.ts
 * checks every committed page in Chromium).
 *
 * @since 0.1.0
 */
import { formatPath } from "../core/Diagnostic.ts"
import { catalogs } from "./clauses/index.ts"
import { itemLabel, sectionLabel } from "./labels.ts"
import { type Block, type DocumentParts, type FormatOptions, type Lang, type Phrase, type Section, writeInline } from "./parts.ts"
import { plainText } from "./phrase.ts"
import { printable } from "../core/characters.ts"

/** Escapes text for element content and double-quoted attributes; control and bidi characters become U+FFFD. @since 0.1.0 */
export const escapeHtml = (text: string): string =>
  printable(text).replace(/[&<>"']/gu, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&#39;"))

const SAFE_HREF = /^(?:https?:\/\/|mailto:|tel:|#)/u

/** Inline content as HTML, every text escaped. @since 0.3.0 */
export const htmlInline = writeInline({
  text: (run) => escapeHtml(run.text).replaceAll("\n", "<br>"),
  link: (run) => (SAFE_HREF.test(run.href) ? `<a href="${escapeHtml(run.href)}">${escapeHtml(run.text)}</a>` : escapeHtml(run.text)),
  missing: (run, lang) =>
    `<mark class="untranslated" title="${escapeHtml(formatPath(run.path))}"><span class="tag">${escapeHtml(catalogs[lang].labels.untranslated)}</span> <span lang="ja">${escapeHtml(run.ja)}</span></mark>`,
  reference: (run) => escapeHtml(run.text),
  code: (run) => `<code>${escapeHtml(run.text)}</code>`,
  strong: (run) => `<strong>${escapeHtml(run.text)}</strong>`
})

const blocks = (values: ReadonlyArray<Block>, lang: Lang): string => values.map((block) => blockHtml(block, lang)).join("\n")

const blockHtml = (block: Block, lang: Lang): string => {
  switch (block.kind) {
    case "paragraph":
      return `<p>${htmlInline(block.text[lang], lang)}</p>`
    case "list": {
      if (block.marker === "bullet") {
        return `<ul>\n${block.items.map((entry) => `<li>${htmlInline(entry.text[lang], lang)}${entry.blocks.length === 0 ? "" : `\n${blocks(entry.blocks, lang)}\n`}</li>`).join("\n")}\n</ul>`
      }
      const items = block.items.map((entry, index) => {
        const label = itemLabel(block.marker, index + 1, lang) ?? ""
        const body = `${htmlInline(entry.text[lang], lang)}${entry.blocks.length === 0 ? "" : `\n${blocks(entry.blocks, lang)}\n`}`
        return `<li><span class="label">${escapeHtml(label)}</span><div>${body}</div></li>`
      })
      return `<ol class="labelled">\n${items.join("\n")}\n</ol>`
    }
    case "fields":
      return `<dl>\n${block.fields.map((field) => `<div class="field"><dt>${htmlInline(field.label[lang], lang)}</dt><dd>${blocks(field.value, lang)}</dd></div>`).join("\n")}\n</dl>`
    case "table": {
      const head = block.head.map((cell) => `<th scope="col">${htmlInline(cell[lang], lang)}</th>`).join("")
      const rows = block.rows.map((cells) => `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${blocks(cell, lang)}</th>` : `<td>${blocks(cell, lang)}</td>`)).join("")}</tr>`)
      const caption = block.caption === undefined ? "" : `<caption>${htmlInline(block.caption[lang], lang)}</caption>`
      return `<div class="table-wrap"><table>${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table></div>`
    }
  }
}

const languages = (options: FormatOptions): ReadonlyArray<Lang> => (options.lang === "ja+en" ? ["ja", "en"] : [options.lang])

/** The page's language: Japanese for `ja` and `ja+en`. */
const rootLang = (options: FormatOptions): Lang => (options.lang === "en" ? "en" : "ja")

/** A text in each shown language; spans with their own `lang` where it differs from the page's. */
const titled = (title: Phrase, label: (lang: Lang) => string, options: FormatOptions): string =>
  languages(options)
    .map((lang) => {
      const number = label(lang)
      const text = `${number === "" ? "" : `<span class="number">${escapeHtml(number)}</span> `}${htmlInline(title[lang], lang)}`
      return options.lang === "ja+en" ? `<span lang="${lang}">${text}</span>` : text
    })
    .join('<span class="separator"> / </span>')

/** Blocks in each shown language: side by side for `ja+en`. */
const content = (values: ReadonlyArray<Block>, options: FormatOptions): string => {
  if (values.length === 0) return ""
  if (options.lang !== "ja+en") return blocks(values, options.lang)
  return `<div class="bilingual">\n<div lang="ja">\n${blocks(values, "ja")}\n</div>\n<div lang="en">\n${blocks(values, "en")}\n</div>\n</div>`
}

const sectionHtml = (value: Section, level: number, options: FormatOptions): string => {
  const heading = `<h${level} id="${escapeHtml(value.id)}-heading">${titled(value.title, (lang) => sectionLabel(value, options.style, lang), options)}</h${level}>`
  const body = [heading, content(value.blocks, options), ...value.sections.map((sub) => sectionHtml(sub, level + 1, options))].filter((part) => part !== "")
  return `<section id="${escapeHtml(value.id)}" aria-labelledby="${escapeHtml(value.id)}-heading">\n${body.join("\n")}\n</section>`
}

const toc = (parts: DocumentParts, options: FormatOptions): string => {
  const entry = (value: Section): string => {
    const nested = value.sections.length === 0 ? "" : `\n<ol>\n${value.sections.map(entry).join("\n")}\n</ol>\n`
    return `<li><a href="#${escapeHtml(value.id)}">${titled(value.title, (lang) => sectionLabel(value, options.style, lang), options)}</a>${nested}</li>`
  }
  const title = titled({ ja: [{ kind: "text", text: catalogs.ja.labels["table-of-contents"] }], en: [{ kind: "text", text: catalogs.en.labels["table-of-contents"] }] }, () => "", options)
  return `<nav class="toc" aria-labelledby="toc-heading">\n<h2 id="toc-heading">${title}</h2>\n<ol>\n${parts.sections.map(entry).join("\n")}\n</ol>\n</nav>`
}

/** Print-friendly, no web fonts (the CSP forbids loading any): the reader's Japanese fonts. */
const CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --head: #f2f2f2; --accent: #1d4f91; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.25rem 4rem; color: var(--ink); background: #fff;
  font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", Meiryo, system-ui, sans-serif;
  font-size: 1rem; line-height: 1.8; overflow-wrap: anywhere; }
:lang(en) { line-height: 1.6; }
h1 { font-size: 1.75rem; line-height: 1.4; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; line-height: 1.5; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
.subtitle { font-size: 1.15rem; color: var(--muted); margin: 0 0 1rem; }
.number { font-variant-numeric: tabular-nums; }
.separator { color: var(--muted); }
a { color: var(--accent); }
:target { scroll-margin-top: 1rem; }
section:target > h2, section:target > h3 { background: #fff7d6; }
p { margin: 0.5rem 0; }
ul, ol { margin: 0.5rem 0; padding-left: 1.5rem; }
ol.labelled { list-style: none; padding-left: 0; }
ol.labelled > li { display: grid; grid-template-columns: minmax(2.25em, auto) 1fr; column-gap: 0.4em; margin: 0.25rem 0; }
ol.labelled > li > .label { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
dl { margin: 0.75rem 0; }
.field { display: grid; grid-template-columns: minmax(8em, 14em) 1fr; column-gap: 1em; padding: 0.25rem 0; border-top: 1px solid var(--rule); }
.field:last-child { border-bottom: 1px solid var(--rule); }
dt { font-weight: 600; }
dd { margin: 0; }
dd > p:first-child, td > p:first-child, th > p:first-child { margin-top: 0; }
dd > p:last-child, td > p:last-child, th > p:last-child { margin-bottom: 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--rule); padding: 0.5rem 0.65rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: var(--head); word-break: keep-all; word-break: auto-phrase; }
tbody th { font-weight: 600; }
td ol.labelled > li { grid-template-columns: minmax(1.5em, auto) 1fr; }
.toc { border: 1px solid var(--rule); padding: 0.75rem 1.25rem; margin: 1.5rem 0 2rem; }
.toc h2 { font-size: 1.1rem; margin: 0; border: 0; }
.toc ol { list-style: none; padding-left: 0; margin: 0.25rem 0; }
.toc ol ol { padding-left: 1.5rem; }
body.side-by-side { max-width: 84rem; }
.bilingual { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.bilingual > *, .field > *, ol.labelled > li > div { min-width: 0; }
mark.untranslated { background: #ffe1e1; outline: 2px dashed #b00020; padding: 0 0.2em; }
mark.untranslated .tag { font-size: 0.75em; font-weight: 700; color: #b00020; text-transform: uppercase; }
.signature { margin-top: 3rem; text-align: right; }
.signature p { margin: 0; }
@media (max-width: 48rem) {
  .bilingual { grid-template-columns: 1fr; }
  .field { grid-template-columns: 1fr; }
  body { padding: 1.25rem 0.75rem 3rem; }
  h1 { font-size: 1.4rem; }
  table { font-size: 0.9rem; }
  th, td { padding: 0.35rem 0.4rem; }
}
@media print {
  body, body.side-by-side { max-width: none; padding: 0; font-size: 10.5pt; }
  .toc { display: none; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.9em; }
  h2, h3 { break-after: avoid; }
  tr, .field, li { break-inside: avoid; }
  thead { display: table-header-group; }
  mark.untranslated { outline-style: solid; }
}
@page { margin: 18mm 16mm; }
`.trim()

/**
 * The opening of a standalone page up to `</head>`: its language, an escaped
 * title, and a Content-Security-Policy that allows nothing external (and
 * inline style only when the page has `css`).
 *
 * @since 0.3.0
 */
export const pageHead = (lang: string, escapedTitle: string, css?: string): ReadonlyArray<string> => [
  "<!DOCTYPE html>",
  `<html lang="${lang}">`,
  "<head>",
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'${css === undefined ? "" : "; style-src 'unsafe-inline'"}">`,
  '<meta name="generator" content="appi-policy">',
  `<title>${escapedTitle}</title>`,
  ...(css === undefined ? [] : [`<style>\n${css}\n</style>`]),
  "</head>"
]

/**
 * The whole document as a standalone HTML page.
 *
 * @since 0.1.0
 */
export const partsToHtml = (parts: DocumentParts, options: FormatOptions): string => {
  const langs = languages(options)
  const pageTitle = langs.map((lang) => escapeHtml(plainText(parts.title[lang]))).join(" / ")
  const header = [
    `<h1>${titled(parts.title, () => "", options)}</h1>`,
    ...(parts.subtitle === undefined ? [] : [`<p class="subtitle">${titled(parts.subtitle, () => "", options)}</p>`])
  ]
  const preamble =
    parts.preamble.title === undefined && parts.preamble.blocks.length === 0
      ? []
      : [
          parts.preamble.title === undefined
            ? `<section class="preamble">\n${content(parts.preamble.blocks, options)}\n</section>`
            : `<section class="preamble" aria-labelledby="preamble-heading">\n<h2 id="preamble-heading">${titled(parts.preamble.title, () => "", options)}</h2>\n${content(parts.preamble.blocks, options)}\n</section>`
        ]
  const signature =
    parts.signature.length === 0
      ? []
      : [`<footer class="signature">\n${langs.map((lang) => `<div lang="${lang}">${parts.signature.map((line) => `<p>${htmlInline(line[lang], lang)}</p>`).join("")}</div>`).join("\n")}\n</footer>`]
  return [
    ...pageHead(rootLang(options), pageTitle, CSS),
    options.lang === "ja+en" ? '<body class="side-by-side">' : "<body>",
    `<header>\n${header.join("\n")}\n</header>`,
    toc(parts, options),
    "<main>",
    ...preamble,
    ...parts.sections.map((value) => sectionHtml(value, 2, options)),
    "</main>",
    ...signature,
    "</body>",
    "</html>",
    ""
  ].join("\n")
}
