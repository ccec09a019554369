/**
 * Placeholders in policy texts: `{ref:joint-use}` and `{num:purposes}` for
 * the generated number of a section, `{fee:disclosure-fee}` for a fee's
 * amount with its tax note (1,000円（税込）), `{amount:disclosure-fee}` for
 * the bare amount (1,000円分の切手). A company text that cites its own articles (「第5条に掲げる場合」)
 * would point at the wrong place once numbering is generated; a fee amount
 * typed into a sentence could disagree with the `amount` field. Anything else
 * in braces is ordinary text. Write them without a space after the colon:
 * `{ref: x}` is accepted too, but in a YAML plain scalar ": " starts a
 * mapping, so that form needs the text quoted.
 *
 * @since 0.1.0
 */
import type { Inline, ReferenceForm, Run, Source } from "./parts.ts"

const PLACEHOLDER = /\{(ref|num|fee|amount):\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}/gu

/** A policy text as runs: its words, with each placeholder as a `reference` run. @since 0.1.0 */
export const parsePlaceholders = (text: string, source: Source): Inline => {
  const runs: Array<Run> = []
  let from = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > from) runs.push({ kind: "text", text: text.slice(from, match.index), source })
    runs.push({ kind: "reference", form: match[1] as ReferenceForm, target: match[2]!, text: match[0], source })
    from = match.index + match[0].length
  }
  if (from < text.length || runs.length === 0) runs.push({ kind: "text", text: text.slice(from), source })
  return runs
}

/** The placeholders a text contains, for checks that do not render. @since 0.1.0 */
export const placeholdersIn = (text: string): ReadonlyArray<{ readonly form: ReferenceForm; readonly target: string }> =>
  [...text.matchAll(PLACEHOLDER)].map((match) => ({ form: match[1] as ReferenceForm, target: match[2]! }))
