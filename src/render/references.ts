/**
 * Resolving the placeholders of policy texts once every section has its
 * number: `{ref:key}` and `{num:key}` become links to the section, `{fee:id}`
 * the fee's amount. What cannot be resolved is reported, never printed as is.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { Fee } from "../model/Fee.ts"
import { yen } from "./values.ts"
import { sectionLabel } from "./labels.ts"
import type { Block, Inline, Lang, Phrase, Run, Section } from "./parts.ts"
import type { RenderStyle } from "./style.ts"
import { JA } from "./japanese.ts"

/** A placeholder that names nothing the rendering has (the diagnostic's words come from `catalog/`). @since 0.1.0 */
export interface UnresolvedReference {
  /** The path of the policy text that holds it. */
  readonly path: JsonPath
  readonly placeholder: string
  /** `{fee:id}` naming no fee or a fee without an amount, `{ref:key}` naming no section. */
  readonly reason: "no-such-fee" | "fee-without-amount" | "no-such-section"
  /** What it could have named: the fee placeholders, or the section keys (none for `fee-without-amount`). */
  readonly candidates: ReadonlyArray<string>
}

/**
 * A reference from the top-level section numbered `here` (0 before the
 * first) to `target`: 前条 / 本条 / 第5条 / 第5条第2項 in articles, 上記3. /
 * 下記3.2 in sections.
 * @since 0.1.0
 */
export const relativeReference = (style: RenderStyle, here: number, target: ReadonlyArray<number>, lang: Lang): string => {
  const [top, sub] = target as readonly [number, number | undefined]
  if (style.numbering === "articles") {
    const article = lang === "ja" ? (top === here - 1 ? JA.precedingArticle : top === here ? JA.thisArticle : JA.article(top)) : top === here - 1 ? "the preceding Article" : top === here ? "this Article" : `Article ${top}`
    if (sub === undefined) return article
    return lang === "ja" ? `${article}${JA.paragraph(sub)}` : `${article === `Article ${top}` ? article : `Article ${top}`}(${sub})`
  }
  const number = sub === undefined ? `${top}` : `${top}.${sub}`
  if (top === here && sub === undefined) return lang === "ja" ? JA.thisSection : "this Section"
  // A subsection of the section speaking comes after its text: below.
  return lang === "ja" ? `${top < here ? JA.above : JA.below}${number}.` : `Section ${number} ${top < here ? "above" : "below"}`
}

interface Target {
  readonly section: Section
  readonly number: ReadonlyArray<number>
}

const targetsOf = (sections: ReadonlyArray<Section>): ReadonlyMap<string, Target> => {
  const targets = new Map<string, Target>()
  const walk = (list: ReadonlyArray<Section>) => {
    for (const section of list) {
      if (section.number !== undefined) targets.set(section.id, { section, number: section.number })
      walk(section.sections)
    }
  }
  walk(sections)
  return targets
}

/**
 * Every placeholder of `sections`, preamble and signature resolved. Top-level
 * sections are numbered from 1; the preamble counts as 0.
 * @since 0.1.0
 */
export const resolveReferences = (
  parts: { readonly preamble: ReadonlyArray<Block>; readonly sections: ReadonlyArray<Section> },
  fees: ReadonlyArray<Fee>,
  style: RenderStyle
): { readonly preamble: ReadonlyArray<Block>; readonly sections: ReadonlyArray<Section>; readonly unresolved: ReadonlyArray<UnresolvedReference> } => {
  const targets = targetsOf(parts.sections)
  const feesById = new Map(fees.map((fee) => [fee.id, fee]))
  const unresolved: Array<UnresolvedReference> = []
  const seen = new Set<string>()
  const report = (run: Extract<Run, { kind: "reference" }>, reason: UnresolvedReference["reason"], candidates: ReadonlyArray<string>) => {
    const path = run.source?.kind === "policy" ? run.source.path : []
    const key = `${path.join("/")}|${run.text}`
    if (!seen.has(key)) unresolved.push({ path, placeholder: run.text, reason, candidates })
    seen.add(key)
  }

  const resolveRun = (run: Run, here: number, lang: Lang): Run => {
    if (run.kind !== "reference") return run
    if (run.form === "fee" || run.form === "amount") {
      const fee = feesById.get(run.target)
      if (fee?.amount === undefined) {
        if (fee === undefined) report(run, "no-such-fee", [...feesById.keys()].map((id) => `{fee: ${id}}`))
        else report(run, "fee-without-amount", [])
        return { kind: "text", text: run.text, ...(run.source === undefined ? {} : { source: run.source }) }
      }
      return { kind: "text", text: yen(fee.amount, run.form === "fee" ? fee.taxIncluded : undefined)[lang], ...(run.source === undefined ? {} : { source: run.source }) }
    }
    const target = targets.get(run.target)
    if (target === undefined) {
      report(run, "no-such-section", [...targets.keys()])
      return { kind: "text", text: run.text, ...(run.source === undefined ? {} : { source: run.source }) }
    }
    const text = run.form === "num" ? sectionLabel(target.section, style, lang) : relativeReference(style, here, target.number, lang)
    return { kind: "link", text, href: `#${run.target}`, ...(run.source === undefined ? {} : { source: run.source }) }
  }

  const inline = (content: Inline, here: number, lang: Lang): Inline => (content.some((run) => run.kind === "reference") ? content.map((run) => resolveRun(run, here, lang)) : content)
  const phrase = (value: Phrase, here: number): Phrase => ({ ja: inline(value.ja, here, "ja"), en: inline(value.en, here, "en") })
  const blocks = (values: ReadonlyArray<Block>, here: number): ReadonlyArray<Block> =>
    values.map((block): Block => {
      switch (block.kind) {
        case "paragraph":
          return { ...block, text: phrase(block.text, here) }
        case "list":
          return { ...block, items: block.items.map((item) => ({ text: phrase(item.text, here), blocks: blocks(item.blocks, here) })) }
        case "fields":
          return { ...block, fields: block.fields.map((field) => ({ label: phrase(field.label, here), value: blocks(field.value, here) })) }
        case "table":
          return {
            ...block,
            caption: block.caption === undefined ? undefined : phrase(block.caption, here),
            head: block.head.map((cell) => phrase(cell, here)),
            rows: block.rows.map((row) => row.map((cell) => blocks(cell, here)))
          }
      }
    })
  // An unnumbered section (a part, the history) speaks from where its content stands.
  const section = (value: Section, inherited: number): Section => {
    const here = value.number?.[0] ?? inherited
    return { ...value, title: phrase(value.title, here), blocks: blocks(value.blocks, here), sections: value.sections.map((sub) => section(sub, here)) }
  }
  return {
    preamble: blocks(parts.preamble, 0),
    sections: parts.sections.map((value) => section(value, Number.MAX_SAFE_INTEGER)),
    unresolved
  }
}
