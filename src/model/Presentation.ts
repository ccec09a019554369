/**
 * How a company lays out its policy, as an optional part of the document:
 * numbering and list styles, the order of sections, their headings, and a
 * layout in parts (a signed 個人情報保護方針 followed by 個人情報の取扱いについて).
 * None of it changes what the policy says; without it the rendering is
 * canonical.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { LocalizedText } from "./primitives.ts"

/** The sections a rendering may have, in their canonical order. @since 0.1.0 */
export const SECTION_KEYS = [
  "principles",
  "data-categories",
  "acquisition-channels",
  "voluntariness",
  "purposes",
  "purpose-notice",
  "marketing-opt-out",
  "use-beyond-purpose",
  "third-party-provision",
  "joint-use",
  "outsourcing",
  "security-measures",
  "retention",
  "tracking",
  "requests",
  "fees",
  "complaints",
  "contact-windows",
  "operator",
  "accredited-organization",
  "policy-changes"
] as const

/** @since 0.1.0 */
export type SectionKey = (typeof SECTION_KEYS)[number]

/**
 * A section: one of `SECTION_KEYS`, or `clause-<id>` for an additional clause.
 *
 * @since 0.1.0
 */
export const SectionRef = Schema.String.check(
  Schema.isPattern(new RegExp(`^(?:${SECTION_KEYS.join("|")}|clause-[a-z0-9]+(?:-[a-z0-9]+)*)$`, "u"), {
    expected: `a section (${SECTION_KEYS.join(", ")}) or \`clause-<id>\` for an additional clause`
  })
).annotate({ identifier: "SectionRef", title: "Section (節)" })

/** A part of a document laid out in parts, with its own heading and numbering. @since 0.1.0 */
export const PresentationPart = Schema.Struct({
  title: Schema.optionalKey(LocalizedText.annotateKey({ description: "The part's heading, e.g. 個人情報の取扱いについて." })),
  sections: Schema.Array(SectionRef).check(Schema.isMinLength(1)).annotate({ description: "The sections of the part, in order; numbering starts again in each part." })
}).annotate({ identifier: "PresentationPart", title: "Part (部)" })

/** @since 0.1.0 */
export const Presentation = Schema.Struct({
  numbering: Schema.optionalKey(Schema.Literals(["sections", "articles"]).annotate({ description: "`sections`: 1. and 1.1; `articles`: 第1条 / Article 1." })),
  items: Schema.optionalKey(Schema.Literals(["parenthesized", "circled"]).annotate({ description: "Item lists: (1) or ①." })),
  exceptions: Schema.optionalKey(Schema.Literals(["circled", "parenthesized"]).annotate({ description: "The statutory lists (各号): ① or (1)." })),
  calendar: Schema.optionalKey(Schema.Literals(["japanese", "gregorian"]).annotate({ description: "Japanese dates: 令和4年4月1日 or 2022年4月1日." })),
  englishDates: Schema.optionalKey(Schema.Literals(["long", "iso"]).annotate({ description: "English dates: 1 April 2022 or 2022-04-01." })),
  order: Schema.optionalKey(
    Schema.Array(SectionRef).annotate({ description: "The sections in the company's order; those not listed follow in the canonical order." })
  ),
  headings: Schema.optionalKey(
    Schema.Array(Schema.Struct({ section: SectionRef, title: LocalizedText }).annotate({ identifier: "SectionHeading", title: "Section heading (見出し)" })).annotate({
      description: "Headings as the company words them, in place of the catalog's."
    })
  ),
  parts: Schema.optionalKey(
    Schema.Array(PresentationPart).check(Schema.isMinLength(1)).annotate({ description: "A layout in parts; sections no part lists go to the last." })
  )
}).annotate({ identifier: "Presentation", title: "Presentation (体裁)", description: "How the company lays out its policy. It never changes what the policy says." })
/** @since 0.1.0 */
export type Presentation = typeof Presentation.Type
