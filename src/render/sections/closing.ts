/**
 * The end of the document: how the policy changes, clauses that fit no
 * concept, and its history (制定・改定).
 *
 * @since 0.1.0
 */
import type { AdditionalClause } from "../../model/Notices.ts"
import { fields, list, paragraph, policyParagraphs } from "../blocks.ts"
import { clause, word } from "../clauses/index.ts"
import type { Block } from "../parts.ts"
import { fromPolicy, inParentheses } from "../phrase.ts"
import { type Context, type SectionDraft, sectionOf } from "./context.ts"

/** 改定・通知. @since 0.1.0 */
export const policyChanges = sectionOf("policyChanges", (changes) => {
  return {
    title: word((c) => c.headings["policy-changes"]),
    blocks:
      changes.text === undefined
        ? [
            paragraph(
              clause("changes.statement", { announcement: changes.announcement, effectiveFrom: changes.effectiveFrom }, [
                ["policyChanges", "announcement"],
                ["policyChanges", "effectiveFrom"]
              ])
            )
          ]
        : policyParagraphs(changes.text, ["policyChanges", "text"])
  }
})

/** A free-text clause, the last resort of the model: its own section. @since 0.1.0 */
export const additionalClause = (entry: typeof AdditionalClause.Type, index: number): SectionDraft => ({
  title: entry.title === undefined ? word((c) => c.headings["additional-clause"]) : fromPolicy(entry.title, ["additionalClauses", index, "title"]),
  blocks: policyParagraphs(entry.text, ["additionalClauses", index, "text"])
})

/** 制定・改定・施行: each date as the style writes it; a revision's summary beside its date. @since 0.1.0 */
export const historyBlocks = (context: Context): ReadonlyArray<Block> => {
  const history = context.policy.history
  if (history === undefined) return []
  const revisions = history.revisions ?? []
  const revision = (index: number) => {
    const entry = revisions[index]!
    return entry.summary === undefined
      ? context.date(entry.date)
      : inParentheses(context.date(entry.date), fromPolicy(entry.summary, ["history", "revisions", index, "summary"]))
  }
  return fields([
    [word((c) => c.labels.established), history.established === undefined ? undefined : context.date(history.established)],
    [word((c) => c.labels.revised), revisions.length === 1 ? revision(0) : list("bullet", revisions.map((_, index) => revision(index)))],
    [word((c) => c.labels.effective), history.effective === undefined ? undefined : context.date(history.effective)]
  ])
}
