/**
 * Purposes of use and their limits: the purposes (a table when purposes are
 * tied to categories, as seeds 000 and 003 print them; a list otherwise),
 * changes of purpose, the 21(4) grounds for not notifying, the marketing
 * opt-out, and use beyond the purposes with the 18(3) exceptions.
 *
 * @since 0.1.0
 */
import type { DisclosureClass } from "../../model/DataCategory.ts"
import type { CategoryScope, Purpose } from "../../model/Purpose.ts"
import type { JsonPath } from "../../core/Diagnostic.ts"
import { item, list, paragraph, policyParagraphs, table } from "../blocks.ts"
import { clause, word } from "../clauses/index.ts"
import type { Block, Cell, ListItem, Phrase } from "../parts.ts"
import { bilingual, concat, fromPolicy, series } from "../phrase.ts"
import { type Context, type SectionBuilder, type SubsectionDraft, sectionOf } from "./context.ts"

interface Entry {
  readonly purpose: Purpose
  readonly index: number
}

const purposePath = (index: number): JsonPath => ["purposes", "items", index]

/** The purpose's text and its なお書き. */
const purposeBlocks = ({ purpose, index }: Entry): { readonly text: Phrase; readonly notes: ReadonlyArray<Block> } => ({
  text: fromPolicy(purpose.text, [...purposePath(index), "text"]),
  notes: policyParagraphs(purpose.notes, [...purposePath(index), "notes"])
})

const scopeKey = (scope: CategoryScope): string => (scope === "all" ? "all" : scope.join("\u0000"))

/** Consecutive purposes that serve the same categories share a row (seed 003 lists ①–⑩ in one cell). */
const rowsByScope = (entries: ReadonlyArray<Entry>): ReadonlyArray<ReadonlyArray<Entry>> => {
  const rows: Array<Array<Entry>> = []
  for (const entry of entries) {
    const last = rows[rows.length - 1]
    if (last !== undefined && scopeKey(last[0]!.purpose.categories) === scopeKey(entry.purpose.categories)) last.push(entry)
    else rows.push([entry])
  }
  return rows
}

const classPhrase = (classes: ReadonlySet<DisclosureClass>): Phrase => {
  const [only] = classes
  return classes.size === 1 && only !== undefined ? word((c) => c.disclosureClasses[only]) : word((c) => c.labels["classes-differ"])
}

const purposeTable = (context: Context, entries: ReadonlyArray<Entry>): ReadonlyArray<Block> => {
  const allClasses = new Set(context.policy.dataCategories.map((category) => category.disclosure.class))
  const rows = rowsByScope(entries).map((row): ReadonlyArray<Cell> => {
    const scope = row[0]!.purpose.categories
    const categoryCell: Cell =
      scope === "all"
        ? [paragraph(word((c) => c.labels["all-categories"]))]
        : scope.flatMap((id) => {
            const entry = context.categories.get(id)
            return entry === undefined ? [] : [paragraph(fromPolicy(entry.category.name, ["dataCategories", entry.index, "name"]))]
          })
    const classes = scope === "all" ? allClasses : new Set(scope.flatMap((id) => context.categories.get(id)?.category.disclosure.class ?? []))
    const purposeCell: Cell =
      row.length === 1
        ? (() => {
            const { text, notes } = purposeBlocks(row[0]!)
            return [paragraph(text), ...notes]
          })()
        : list(
            context.itemMarker,
            row.map((entry) => {
              const { text, notes } = purposeBlocks(entry)
              return item(text, notes)
            })
          )
    return [categoryCell, purposeCell, [paragraph(classPhrase(classes))]]
  })
  return table([word((c) => c.labels.category), word((c) => c.labels.purpose), word((c) => c.labels["disclosure-class"])], rows)
}

const purposeList = (context: Context, entries: ReadonlyArray<Entry>): ReadonlyArray<Block> =>
  list(
    context.itemMarker,
    entries.map((entry): ListItem => {
      const { text, notes } = purposeBlocks(entry)
      return item(text, notes)
    })
  )

/** 利用目的. Grouped purposes: a named group is a subsection, an unnamed one a lead paragraph. @since 0.1.0 */
export const purposes: SectionBuilder = {
  present: () => true,
  build: (context) => {
    const section = context.policy.purposes
    const entries = section.items.map((purpose, index) => ({ purpose, index }))
    // A table only when purposes are tied to particular categories; otherwise the category column says nothing.
    const tabular = context.policy.dataCategories.length > 0 && entries.some(({ purpose }) => purpose.categories !== "all")
    const present = (group: ReadonlyArray<Entry>) => (tabular ? purposeTable(context, group) : purposeList(context, group))
    const groups = section.groups ?? []
    const known = new Set(groups.map((group) => group.id))
    const ungrouped = entries.filter(({ purpose }) => purpose.group === undefined || !known.has(purpose.group))
    const blocks: Array<Block> = [
      ...(section.intro !== undefined
        ? policyParagraphs(section.intro, ["purposes", "intro"])
        : section.items.length > 0
          ? [paragraph(clause("purposes.intro", {}, [["purposes", "items"]]))]
          : []),
      ...present(ungrouped)
    ]
    const subsections: Array<SubsectionDraft> = []
    groups.forEach((group, index) => {
      const members = entries.filter(({ purpose }) => purpose.group === group.id)
      const groupBlocks = [...policyParagraphs(group.intro, ["purposes", "groups", index, "intro"]), ...present(members)]
      if (group.name === undefined) blocks.push(...groupBlocks)
      else subsections.push({ id: `purposes-${group.id}`, title: fromPolicy(group.name, ["purposes", "groups", index, "name"]), blocks: groupBlocks })
    })
    const change = section.change
    if (change !== undefined) {
      subsections.push({
        id: "purpose-change",
        title: word((c) => c.headings["purpose-change"]),
        blocks: [
          paragraph(
            context.own(change.text) === undefined
              ? clause("purposes.change", { notice: change.notice, related: change.withinReasonableRelation }, [
                  ["purposes", "change", "notice"],
                  ["purposes", "change", "withinReasonableRelation"]
                ])
              : fromPolicy(change.text!, ["purposes", "change", "text"])
          )
        ]
      })
    }
    return { title: word((c) => c.headings.purposes), blocks, subsections }
  }
}

/** 21(4): when a purpose is not notified or published. A list of its own, not the 18(3) one. @since 0.1.0 */
export const purposeNotice = sectionOf("purposeNotice", (notice, { statutoryMarker, own }) => {
  return {
    title: word((c) => c.headings["purpose-notice"]),
    blocks: [
      paragraph(own(notice.text) === undefined ? clause("purpose-notice.intro", {}, [["purposeNotice", "exceptions"]]) : fromPolicy(notice.text!, ["purposeNotice", "text"])),
      ...list(
        statutoryMarker,
        notice.exceptions.map((ground, index) =>
          own(ground.wording) === undefined
            ? word((c) => c.nonNotificationGrounds[ground.id], [["purposeNotice", "exceptions", index, "id"]])
            : fromPolicy(ground.wording!, ["purposeNotice", "exceptions", index, "wording"])
        )
      )
    ]
  }
})

/** The purposes a scope names, each purpose's text in quotes; `undefined` for all of them. @since 0.1.0 */
export const purposesOfScope = (context: Context, scope: "all" | ReadonlyArray<string>): Phrase | undefined =>
  scope === "all"
    ? undefined
    : series(
        scope.flatMap((id) => {
          const entry = context.purposes.get(id)
          return entry === undefined ? [] : [concat(bilingual("「", "“"), fromPolicy(entry.purpose.text, [...purposePath(entry.index), "text"]), bilingual("」", "”"))]
        })
      )

/** 利用停止の申出: the person can stop (and resume) marketing use. @since 0.1.0 */
export const marketingOptOut = sectionOf("marketingOptOut", (optOut, context, path) => {
  const blocks =
    optOut.text !== undefined
      ? [paragraph(fromPolicy(optOut.text, [...path, "text"]))]
      : [
          paragraph(
            concat(
              clause("marketing-opt-out.stop", { purposes: purposesOfScope(context, optOut.purposes) }, [[...path, "purposes"]]),
              ...(optOut.canResume ? [clause("marketing-opt-out.resume", {}, [[...path, "canResume"]])] : [])
            )
          ),
          ...(optOut.method === undefined ? [] : [paragraph(fromPolicy(optOut.method, [...path, "method"]))])
        ]
  return { title: word((c) => c.headings["marketing-opt-out"]), blocks }
})

/** 18(1),(3): no use beyond the purposes without consent, save the listed exceptions. @since 0.1.0 */
export const useBeyondPurpose = sectionOf("useBeyondPurpose", (use, context) => {
  const purposesRef = context.ref("purposes") ?? word((c) => c.headings.purposes)
  const intro =
    context.own(use.text) !== undefined
      ? fromPolicy(use.text!, ["useBeyondPurpose", "text"])
      : clause(use.consentRequired ? "use-beyond-purpose.consent" : "use-beyond-purpose.no-consent", { purposes: purposesRef }, [["useBeyondPurpose", "consentRequired"]])
  return {
    title: word((c) => c.headings["use-beyond-purpose"]),
    blocks: [
      paragraph(intro),
      ...list(
        context.statutoryMarker,
        use.exceptions.map((exception, index) =>
          context.own(exception.wording) === undefined
            ? word((c) => c.useExceptions[exception.id], [["useBeyondPurpose", "exceptions", index, "id"]])
            : fromPolicy(exception.wording!, ["useBeyondPurpose", "exceptions", index, "wording"])
        )
      )
    ]
  }
})
