/**
 * Sections about what the operator holds and how it gets it: the basic
 * policy, data categories, acquisition channels, voluntariness.
 *
 * @since 0.1.0
 */
import type { DataCategory } from "../../model/DataCategory.ts"
import { item, list, paragraph, policyParagraphs, table } from "../blocks.ts"
import { clause, word } from "../clauses/index.ts"
import type { Block, Cell, Phrase } from "../parts.ts"
import { concat, fromPolicy, joinWith } from "../phrase.ts"
import { type SectionBuilder, sectionOf } from "./context.ts"
import { JA } from "../japanese.ts"

/** 基本方針: titled commitments become subsections, untitled ones a list. @since 0.1.0 */
export const principles = sectionOf("principles", (section, { itemMarker }, path) => {
  const title = section.title === undefined ? word((c) => c.headings.principles) : fromPolicy(section.title, [...path, "title"])
  const intro = policyParagraphs(section.intro, [...path, "intro"])
  const itemPath = (index: number) => [...path, "items", index]
  if (section.items.length > 0 && section.items.every((principle) => principle.title !== undefined)) {
    return {
      title,
      blocks: intro,
      subsections: section.items.map((principle, index) => ({
        id: `principle-${principle.id}`,
        title: fromPolicy(principle.title!, [...itemPath(index), "title"]),
        blocks: [paragraph(fromPolicy(principle.text, [...itemPath(index), "text"]))]
      }))
    }
  }
  const items = section.items.map((principle, index) =>
    principle.title === undefined
      ? item(fromPolicy(principle.text, [...itemPath(index), "text"]))
      : item(fromPolicy(principle.title, [...itemPath(index), "title"]), [paragraph(fromPolicy(principle.text, [...itemPath(index), "text"]))])
  )
  return { title, blocks: [...intro, ...list(itemMarker, items)] }
})

const sensitivityCell = (category: DataCategory): Phrase => word((c) => c.sensitivities[category.sensitivity])

const disclosureCell = (category: DataCategory, index: number): Cell => [
  paragraph(word((c) => c.disclosureClasses[category.disclosure.class])),
  ...(category.disclosure.entrusted === true ? [paragraph(word((c) => c.labels.entrusted))] : []),
  ...(category.disclosure.reason === undefined ? [] : [paragraph(fromPolicy(category.disclosure.reason, ["dataCategories", index, "disclosure", "reason"]))])
]

/** 取得する個人情報: one row per category, columns that no category fills are left out. @since 0.1.0 */
export const dataCategories: SectionBuilder = {
  present: (policy) => policy.dataCategories.length > 0,
  build: ({ policy }) => {
    const channelNames = new Map((policy.acquisitionChannels ?? []).map((channel, index) => [channel.id, fromPolicy(channel.channel, ["acquisitionChannels", index, "channel"])]))
    const rows = policy.dataCategories.map((category, index) => {
      const path = ["dataCategories", index]
      const acquisition = category.acquisition
      const itemCell: Cell = list(
        "bullet",
        (category.items ?? []).map((dataItem, itemIndex) => {
          const text = fromPolicy(dataItem, [...path, "items", itemIndex])
          const sensitivity = dataItem.sensitivity
          return sensitivity === undefined || sensitivity === category.sensitivity
            ? text
            : concat(text, word((c) => `${JA.open}${c.sensitivities[sensitivity]}${JA.close}`))
        })
      )
      const acquisitionCell: Cell = [
        ...(acquisition?.methods ?? []).map((method) => paragraph(word((c) => c.acquisitionMethods[method]))),
        ...list(
          "bullet",
          (acquisition?.channels ?? []).flatMap((id) => {
            const name = channelNames.get(id)
            return name === undefined ? [] : [name]
          })
        ),
        ...(acquisition?.note === undefined ? [] : [paragraph(fromPolicy(acquisition.note, [...path, "acquisition", "note"]))])
      ]
      const nameCell: Cell = [
        paragraph(fromPolicy(category.name, [...path, "name"])),
        ...(category.description === undefined ? [] : [paragraph(fromPolicy(category.description, [...path, "description"]))])
      ]
      return { nameCell, itemCell, sensitivity: sensitivityCell(category), disclosure: disclosureCell(category, index), acquisitionCell }
    })
    const showItems = rows.some((row) => row.itemCell.length > 0)
    const showSensitivity = policy.dataCategories.some(
      (category) => category.sensitivity !== "ordinary" || (category.items ?? []).some((dataItem) => dataItem.sensitivity !== undefined)
    )
    const showAcquisition = rows.some((row) => row.acquisitionCell.length > 0)
    const columns: ReadonlyArray<readonly [Phrase, (row: (typeof rows)[number]) => Cell | Phrase, boolean]> = [
      [word((c) => c.labels.category), (row) => row.nameCell, true],
      [word((c) => c.labels["category-items"]), (row) => row.itemCell, showItems],
      [word((c) => c.labels.sensitivity), (row) => row.sensitivity, showSensitivity],
      [word((c) => c.labels["disclosure-class"]), (row) => row.disclosure, true],
      [word((c) => c.labels.acquisition), (row) => row.acquisitionCell, showAcquisition]
    ]
    const shown = columns.filter(([, , show]) => show)
    return {
      title: word((c) => c.headings["data-categories"]),
      blocks: [
        ...policyParagraphs(policy.sectionIntros?.dataCategories, ["sectionIntros", "dataCategories"]),
        ...table(
          shown.map(([head]) => head),
          rows.map((row) => shown.map(([, cell]) => cell(row)))
        )
      ]
    }
  }
}

/** 取得方法: channel, examples, what is obtained (seed 002's table). @since 0.1.0 */
export const acquisitionChannels: SectionBuilder = {
  present: (policy) => (policy.acquisitionChannels ?? []).length > 0,
  build: ({ policy }) => {
    const separator = { ja: "、", en: ", " }
    const rows = policy.acquisitionChannels!.map((channel, index) => {
      const path = ["acquisitionChannels", index]
      return [
        fromPolicy(channel.channel, [...path, "channel"]),
        joinWith(
          channel.examples.map((example, i) => fromPolicy(example, [...path, "examples", i])),
          separator
        ),
        joinWith(
          channel.obtained.map((obtained, i) => fromPolicy(obtained, [...path, "obtained", i])),
          separator
        )
      ]
    })
    return {
      title: word((c) => c.headings["acquisition-channels"]),
      blocks: [
        ...policyParagraphs(policy.sectionIntros?.acquisitionChannels, ["sectionIntros", "acquisitionChannels"]),
        ...table([word((c) => c.labels.channel), word((c) => c.labels["channel-examples"]), word((c) => c.labels["channel-obtained"])], rows)
      ]
    }
  }
}

/** 提供の任意性: the policy's sentence when it has one, the catalog's otherwise. @since 0.1.0 */
export const voluntariness = sectionOf("voluntariness", ({ voluntary, consequence }) => {
  const own: ReadonlyArray<Block> = consequence === undefined ? [] : [paragraph(fromPolicy(consequence, ["voluntariness", "consequence"]))]
  const blocks = [paragraph(clause(voluntary ? "voluntariness.voluntary" : "voluntariness.required", {}, [["voluntariness", "voluntary"]])), ...own]
  return { title: word((c) => c.headings.voluntariness), blocks }
})
