/**
 * Labels every format shares, so that a list item is (1) in Markdown, HTML
 * and text alike: item labels, section numbers, heading text.
 *
 * @since 0.1.0
 */
import { circled, roman } from "./values.ts"
import type { Lang, ListMarker, Section } from "./parts.ts"
import type { RenderStyle } from "./style.ts"
import { JA } from "./japanese.ts"

/** The label of the `n`th item (1-based), or `undefined` for bullets. @since 0.1.0 */
export const itemLabel = (marker: ListMarker, n: number, lang: Lang): string | undefined => {
  switch (marker) {
    case "parenthesized":
      return `(${n})`
    case "circled":
      return lang === "ja" ? circled(n) : `(${roman(n)})`
    case "decimal":
      return `${n}.`
    case "bullet":
      return undefined
  }
}

/**
 * A section's number as the style writes it: 第3条 / Article 3 and 2. for
 * its subsections in `articles`; 3. and 3.2 in `sections`. Empty for an
 * unnumbered section.
 *
 * @since 0.1.0
 */
export const sectionLabel = (section: Section, style: RenderStyle, lang: Lang): string => {
  const number = section.number
  if (number === undefined) return ""
  const [top, sub] = number
  if (sub !== undefined) return style.numbering === "articles" ? `${sub}.` : `${top}.${sub}`
  if (style.numbering === "articles") return lang === "ja" ? JA.article(top!) : `Article ${top}`
  return `${top}.`
}
