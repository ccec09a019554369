/**
 * What is held and what for: data categories (個人情報の種別), acquisition
 * channels, purposes of use (17条・21条) from lists and tables (a table row
 * is a category and the purposes it serves), the change of purposes, use
 * beyond the purposes and its 18(3) exceptions, the 21(4) grounds, the
 * voluntariness of providing data and the marketing opt-out.
 *
 * @since 0.3.0
 */
import type { Text } from "../draft.ts"
import { isHeading, type Node, type Part, type Table } from "../parse.ts"
import { conceptOfSentence } from "../rules.ts"
import { sentences, tidy } from "../text.ts"
import { type CatalogItem, matchCatalog, MY_NUMBER, NON_NOTIFICATION_GROUNDS, purposeTagsOf, SPECIAL_CARE, USE_EXCEPTIONS, wordingIfDifferent } from "../vocabulary.ts"
import { consumeHeading, type Context, freeText, isFree, itemsOf, ja, put, pushText, regionsOf, stripMarker } from "./common.ts"

type Json = Record<string, unknown>

const sensitivityOf = (name: string): "special-care" | "my-number" | "ordinary" => (MY_NUMBER.test(name) ? "my-number" : SPECIAL_CARE.test(name) ? "special-care" : "ordinary")

/** Adds a data category; returns its id. @since 0.3.0 */
const addCategory = (ctx: Context, name: string, parts: ReadonlyArray<Part>, options: { nonDisclosable?: boolean; items?: ReadonlyArray<{ text: string; part: Part }> } = {}): string => {
  const categories = ctx.draft.list<Json>("dataCategories")
  // A category named again (a table of purposes by category, then a table of disclosure classes) is the same category.
  const same = categories.findIndex((c) => squash(((c["name"] as Json)["ja"] as string)) === squash(name))
  if (same >= 0) return mergeCategory(ctx, same, parts, options)
  const id = ctx.draft.id("category", `category-${categories.length + 1}`)
  const items = options.items ?? []
  const itemSensitivities = items.map((item) => sensitivityOf(item.text))
  const sensitivity = sensitivityOf(name) !== "ordinary" ? sensitivityOf(name) : itemSensitivities.includes("special-care") ? "special-care" : "ordinary"
  const entrusted = options.nonDisclosable === true && /委託|受託/u.test(name)
  const category: Json = { id, name: ja(name) }
  if (items.length > 0) category["items"] = items.map((item, i) => (itemSensitivities[i] === "special-care" && sensitivity === "special-care" && sensitivityOf(name) === "ordinary" ? { ja: tidy(item.text), sensitivity: "special-care" } : { ja: tidy(item.text) }))
  category["disclosure"] = options.nonDisclosable === true ? (entrusted ? { class: "non-disclosable", entrusted: true } : { class: "non-disclosable" }) : { class: "disclosable" }
  category["sensitivity"] = sensitivity
  const index = categories.push(category) - 1
  ctx.draft.place("dataCategories", ["dataCategories", index, "id"], parts, "high")
  ctx.draft.place("dataCategories", ["dataCategories", index, "name", "ja"], parts, "high")
  ctx.draft.place("dataCategories", ["dataCategories", index, "disclosure", "class"], parts, options.nonDisclosable === undefined ? "low" : "high")
  items.forEach((item, i) => ctx.draft.place("dataCategories", ["dataCategories", index, "items", i, "ja"], [item.part], "high"))
  return id
}

const squash = (text: string): string => text.normalize("NFKC").replace(/\s+/gu, "")

/** What a second mention of a category adds: its disclosure class, its items when it had none. */
const mergeCategory = (ctx: Context, index: number, parts: ReadonlyArray<Part>, options: { nonDisclosable?: boolean; items?: ReadonlyArray<{ text: string; part: Part }> }): string => {
  const category = ctx.draft.list<Json>("dataCategories")[index]!
  ctx.draft.place("dataCategories", ["dataCategories", index, "name", "ja"], parts, "high")
  if (options.nonDisclosable !== undefined) {
    category["disclosure"] = options.nonDisclosable ? { class: "non-disclosable" } : { class: "disclosable" }
    ctx.draft.place("dataCategories", ["dataCategories", index, "disclosure", "class"], parts, "high")
  }
  const items = options.items ?? []
  if (category["items"] === undefined && items.length > 0) {
    category["items"] = items.map((item) => ({ ja: tidy(item.text) }))
    items.forEach((item, i) => ctx.draft.place("dataCategories", ["dataCategories", index, "items", i, "ja"], [item.part], "high"))
  }
  return category["id"] as string
}

const purposesSection = (ctx: Context): Json => ctx.draft.section<Json>("purposes", () => ({ items: [] }))

/** Adds a purpose (a trailing なお書き becomes a note, a marketing opt-out besides); returns its id. */
const addPurpose = (ctx: Context, text: string, parts: ReadonlyArray<Part>, categories: ReadonlyArray<string> | "all", group: string | undefined, confidence: "high" | "medium" | "low", notes: ReadonlyArray<{ text: string; parts: ReadonlyArray<Part> }> = [], en?: string): string => {
  const section = purposesSection(ctx)
  const items = section["items"] as Array<Json>
  const split = sentences(text)
  const trailing = split.length > 1 && /^(?:なお|尚)[、,]/u.test(split[split.length - 1]!) ? split[split.length - 1]! : undefined
  const body = trailing === undefined ? text : split.slice(0, -1).join("")
  const tags = purposeTagsOf(body)
  const id = ctx.draft.id("purpose", tags[0] ?? "purpose")
  const purpose: Json = { id, text: ja(body, trailing === undefined ? en : undefined) }
  if (group !== undefined) purpose["group"] = group
  purpose["categories"] = categories
  if (tags.length > 0) purpose["tags"] = tags
  const allNotes = [...(trailing === undefined ? [] : [{ text: trailing, parts }]), ...notes]
  if (allNotes.length > 0) purpose["notes"] = allNotes.map((note) => ja(note.text))
  const index = items.push(purpose) - 1
  ctx.draft.place("purposes", ["purposes", "items", index, "id"], parts, confidence)
  ctx.draft.place("purposes", ["purposes", "items", index, "text", "ja"], parts, confidence)
  if (tags.length > 0) ctx.draft.place("purposes", ["purposes", "items", index, "tags"], parts, "low")
  allNotes.forEach((note, i) => ctx.draft.place("purposes", ["purposes", "items", index, "notes", i, "ja"], note.parts, "medium"))
  if (trailing !== undefined && conceptOfSentence(trailing) === "marketingOptOut" && ctx.draft.doc["marketingOptOut"] === undefined) {
    const method = /^(?:なお|尚)[、,]?(?:お客様|ご本人|本人|利用者)?(?:は)?[、,]?(.{2,40}?(?:により|ことで|によって))/u.exec(trailing)?.[1]
    ctx.draft.doc["marketingOptOut"] = { purposes: [id], canResume: /再開/u.test(trailing), ...(method === undefined ? {} : { method: ja(method) }), text: ja(trailing) }
    ctx.draft.place("marketingOptOut", ["marketingOptOut", "text", "ja"], parts, "medium")
  }
  return id
}

/** The pieces of a text numbered inside a line or a cell: `①… ②…` → two. */
const circledPieces = (parts: ReadonlyArray<Part>): ReadonlyArray<{ text: string; part: Part }> => {
  const pieces: Array<{ text: string; part: Part }> = []
  for (const part of parts) {
    const split = part.text.split(/(?=[\u2460-\u2473])/u)
    split.forEach((piece, i) => {
      const text = tidy(piece.replace(/^[\u2460-\u2473][\s\u3000]*/u, ""))
      if (text === "") return
      if (i === 0 && !/^[\u2460-\u2473]/u.test(piece) && pieces.length > 0) pieces[pieces.length - 1]!.text = tidy(pieces[pieces.length - 1]!.text + text)
      else pieces.push({ text, part })
    })
  }
  return pieces
}

const columnOf = (header: ReadonlyArray<string>, pattern: RegExp, not?: RegExp): number => header.findIndex((label) => pattern.test(label) && !(not?.test(label) ?? false))

/** A table of categories and their purposes: one category and its purposes per row. */
const purposeTable = (ctx: Context, table: Table, group: string | undefined): void => {
  const header = table.header ?? []
  const purposeColumn = Math.max(0, columnOf(header, /目的/u))
  const disclosureColumn = columnOf(header, /開示/u, /目的/u)
  let categoryColumn = columnOf(header, /種別|種類|項目|対象|区分|情報|名称/u, /目的|開示/u)
  if (categoryColumn < 0) categoryColumn = purposeColumn === 0 ? -1 : 0
  for (const row of table.rows) {
    const purposeCell = row.cells[purposeColumn]
    if (purposeCell === undefined || purposeCell.text === "") continue
    const categoryCell = categoryColumn >= 0 ? row.cells[categoryColumn] : undefined
    const disclosure = disclosureColumn >= 0 ? row.cells[disclosureColumn]?.text : undefined
    const nonDisclosable = disclosure === undefined ? undefined : /非開示|対象外|開示しない/u.test(disclosure)
    const categories: Array<string> = []
    if (categoryCell !== undefined && categoryCell.text !== "") {
      categories.push(addCategory(ctx, categoryCell.text, categoryCell.parts, nonDisclosable === undefined ? {} : { nonDisclosable }))
      if (disclosureColumn >= 0) ctx.draft.consume(row.cells[disclosureColumn]!.parts)
    }
    const pieces = circledPieces(purposeCell.parts)
    for (const piece of pieces.length > 1 ? pieces : [{ text: purposeCell.text, part: purposeCell.parts[0]! }]) {
      // 「また、健康診断結果は、…」: a further purpose for special-care data named in the row.
      const split = sentences(piece.text)
      const topical = split.findIndex((s, i) => i > 0 && /^(?:また|なお)[、,]/u.test(s) && SPECIAL_CARE.test(/^(?:また|なお)[、,](.{1,20}?)は[、,]/u.exec(s)?.[1] ?? ""))
      if (topical > 0) {
        addPurpose(ctx, split.slice(0, topical).join(""), [piece.part], categories.length > 0 ? categories : "all", group, "high")
        const rest = split.slice(topical).join("").replace(/^(?:また|なお)[、,]/u, "")
        const topic = /^(.{1,20}?)は[、,]/u.exec(rest)![1]!
        const special = addCategory(ctx, topic, [piece.part], nonDisclosable === undefined ? {} : { nonDisclosable })
        addPurpose(ctx, rest, [piece.part], [special], group, "medium")
      } else addPurpose(ctx, piece.text, [piece.part], categories.length > 0 ? categories : "all", group, "high")
    }
    ctx.draft.consume(purposeCell.parts)
  }
}

const INTRO = /(?:以下|次|下記)の|とおり|[:：]$/u

/** Text of an item and its sub-items, for notes. */
const notesOf = (n: Node): ReadonlyArray<{ text: string; parts: ReadonlyArray<Part> }> =>
  n.children.flatMap((child) => [{ text: child.text, parts: child.parts }, ...notesOf(child)]).filter((note) => note.text !== "")

/** @since 0.3.0 */
export const buildPurposes = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "purposes")) {
    consumeHeading(ctx, "purposes", region.root)
    let group: string | undefined
    let found = false
    const inRegion = new Set(region.nodes)
    const loose: Array<Node> = []
    const introduce = (n: Node): void => {
      const section = purposesSection(ctx)
      const intro = (section["intro"] as Array<Text> | undefined) ?? []
      section["intro"] = intro
      pushText(ctx, "purposes", intro, ["purposes", "intro"], n, "medium")
    }
    const groupOf = (name: Node | undefined, intro: Node | undefined): string => {
      const section = purposesSection(ctx)
      const groups = (section["groups"] as Array<Json> | undefined) ?? []
      section["groups"] = groups
      const id = ctx.draft.id("group", `group-${groups.length + 1}`)
      const entry: Json = { id }
      const index = groups.push(entry) - 1
      ctx.draft.place("purposes", ["purposes", "groups", index, "id"], (name ?? intro)?.parts ?? [], "medium")
      if (name !== undefined) {
        entry["name"] = ja(name.text, name.en)
        put(ctx, "purposes", ["purposes", "groups", index, "name", "ja"], name, "high")
      }
      if (intro !== undefined) {
        entry["intro"] = [ja(intro.text)]
        put(ctx, "purposes", ["purposes", "groups", index, "intro", 0, "ja"], intro, "high")
      }
      return id
    }
    for (const n of region.nodes) {
      if (n === region.root && isHeading(n)) continue
      if (!isFree(ctx, n) && n.type !== "table") continue
      if (isHeading(n)) {
        const table = n.children.find((c) => c.type === "table")
        group = groupOf(n, undefined)
        if (table !== undefined) found = true
        continue
      }
      if (n.type === "table") {
        const previous = n.parent?.children[n.parent.children.indexOf(n) - 1]
        if (previous?.type === "para" && inRegion.has(previous) && !ctx.draft.isPlaced(previous.parts[0]!) && previous !== region.root) {
          group = groupOf(undefined, previous)
        } else if (group === undefined && ((purposesSection(ctx)["items"] as Array<Json>).length > 0 || region.nodes.filter((x) => x.type === "table").length > 1)) {
          group = groupOf(undefined, undefined)
        }
        purposeTable(ctx, n.table!, group)
        ctx.draft.consume(n.parts)
        found = true
        group = undefined
        continue
      }
      // A sub-item of a purpose is one of its notes (taken with it).
      if (n.parent !== undefined && isPurposeItem(n.parent, inRegion)) continue
      if (n.type === "item" && isPurposeItem(n, inRegion)) {
        addPurpose(ctx, freeText(ctx, n), n.parts, "all", group, "high", notesOf(n), n.en)
        for (const note of notesOf(n)) ctx.draft.consume(note.parts)
        found = true
        continue
      }
      if (n.type === "para" && n.parent !== undefined && n.parent.type === "item" && isPurposeItem(n.parent, inRegion)) continue
      // 「…次のとおりです。①商品の発送 ②お問い合わせへの対応」: purposes numbered inside a sentence.
      const inline = inlineList(n.text)
      if (inline !== undefined) {
        if (inline.intro !== "") {
          const section = purposesSection(ctx)
          const intro = (section["intro"] as Array<Text> | undefined) ?? []
          section["intro"] = intro
          pushText(ctx, "purposes", intro, ["purposes", "intro"], n, "medium", ja(inline.intro))
        }
        for (const piece of inline.items) addPurpose(ctx, piece, n.parts, "all", group, "medium")
        ctx.draft.consume(n.parts)
        found = true
        continue
      }
      if (!found && (INTRO.test(n.text) || n === region.root || itemsOf(n).length > 0)) introduce(n)
      else loose.push(n)
    }
    // A purposes section with no list: its sentences are the purposes.
    for (const n of loose) {
      if (!isFree(ctx, n)) continue
      if (found) introduce(n)
      else addPurpose(ctx, freeText(ctx, n), n.parts, "all", group, "medium")
    }
  }
}

/** A list numbered inside one text (①…②…, (1)…(2)…): the words before it, and its entries; undefined when the text holds no such list. @since 0.3.0 */
export const inlineList = (text: string): { readonly intro: string; readonly items: ReadonlyArray<string> } | undefined => {
  for (const marker of [/[\u2460-\u2473]/gu, /[(（][0-9０-９]{1,2}[)）]/gu]) {
    const found = [...text.matchAll(marker)]
    if (found.length < 2 || found[0]!.index === undefined) continue
    const values = found.map((m) => (m[0].length === 1 ? m[0].codePointAt(0)! - 0x245f : Number(m[0].normalize("NFKC").slice(1, -1))))
    if (values.some((v, i) => v !== i + 1)) continue
    const intro = tidy(text.slice(0, found[0]!.index))
    const items = found.map((m, i) => tidy(text.slice(m.index! + m[0].length, found[i + 1]?.index ?? text.length)).replace(/[、，,]$/u, "")).filter((item) => item !== "")
    return { intro, items }
  }
  return undefined
}

/** An item that is one purpose: a list entry with no list of its own, or one whose sub-items are its notes. */
const isPurposeItem = (n: Node, inRegion: ReadonlySet<Node>): boolean => {
  if (n.type !== "item" || !inRegion.has(n) || INTRO.test(n.text)) return false
  const items = itemsOf(n)
  if (n.children.some((c) => c.type === "table")) return false
  if (items.length === 0) return true
  // An item that introduces a list of its own is an intro, unless it is itself an entry of a list.
  const siblings = n.parent === undefined ? [] : itemsOf(n.parent)
  return siblings.length > 1 && !INTRO.test(n.text)
}

/** @since 0.3.0 */
export const buildPurposeChange = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "purposeChange")) {
    const n = region.root
    if (!isFree(ctx, n)) continue
    const text = freeText(ctx, n)
    const notify = /通知/u.test(text)
    const publish = /公表|掲載|ホームページ|ウェブサイト/u.test(text)
    purposesSection(ctx)["change"] = {
      withinReasonableRelation: /関連性|合理的/u.test(text),
      notice: notify && publish ? "notify-or-publish" : publish ? "publish" : "notify",
      text: ja(text)
    }
    put(ctx, "purposeChange", ["purposes", "change", "text", "ja"], n, "high")
    for (const other of region.nodes.slice(1)) if (isFree(ctx, other)) put(ctx, "purposeChange", ["purposes", "change", "text", "ja"], other, "low")
  }
}

/** The catalog refs of the entries of a statutory list, with the company's wording where it is its own. @since 0.3.0 */
export const catalogRefs = <Id extends string>(ctx: Context, concept: "useBeyondPurpose" | "purposeNotice" | "thirdPartyProvision" | "requests", catalog: ReadonlyArray<CatalogItem<Id>>, nodes: ReadonlyArray<Node>, path: ReadonlyArray<string | number>, into: Array<{ id: Id; wording?: Text }>): void => {
  for (const n of nodes) {
    if (!isFree(ctx, n)) continue
    const text = freeText(ctx, n)
    const item = matchCatalog(catalog, text)
    if (item === undefined || into.some((ref) => ref.id === item.id)) continue
    const wording = wordingIfDifferent(text, item.statute)
    const index = into.push(wording === undefined ? { id: item.id } : { id: item.id, wording: ja(wording) }) - 1
    put(ctx, concept, [...path, index, "id"], n, "high")
  }
}

/** Use beyond the purposes (18条): the sentence and its listed exceptions. @since 0.3.0 */
export const buildUseBeyond = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "useBeyondPurpose")) {
    const existing = ctx.draft.doc["useBeyondPurpose"] as Json | undefined
    const exceptions = (existing?.["exceptions"] as Array<{ id: (typeof USE_EXCEPTIONS)[number]["id"]; wording?: Text }> | undefined) ?? []
    const out: Json = existing ?? { consentRequired: true, exceptions }
    ctx.draft.doc["useBeyondPurpose"] = out
    consumeHeading(ctx, "useBeyondPurpose", region.root)
    const lead = region.nodes.find((n) => !isHeading(n) && isFree(ctx, n))
    if (lead !== undefined && out["text"] === undefined && matchCatalog(USE_EXCEPTIONS, lead.text) === undefined) {
      out["text"] = ja(freeText(ctx, lead))
      ctx.draft.place("useBeyondPurpose", ["useBeyondPurpose", "consentRequired"], lead.parts, /同意/u.test(lead.text) ? "high" : "medium")
      put(ctx, "useBeyondPurpose", ["useBeyondPurpose", "text", "ja"], lead, "high")
    }
    catalogRefs(ctx, "useBeyondPurpose", USE_EXCEPTIONS, region.nodes.filter((n) => n.type === "item"), ["useBeyondPurpose", "exceptions"], exceptions)
  }
}

/** The 21(4) grounds for not notifying a purpose. @since 0.3.0 */
export const buildPurposeNotice = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "purposeNotice")) {
    const existing = ctx.draft.doc["purposeNotice"] as Json | undefined
    const exceptions = (existing?.["exceptions"] as Array<{ id: (typeof NON_NOTIFICATION_GROUNDS)[number]["id"]; wording?: Text }> | undefined) ?? []
    const out: Json = existing ?? { exceptions }
    ctx.draft.doc["purposeNotice"] = out
    consumeHeading(ctx, "purposeNotice", region.root)
    const lead = region.nodes.find((n) => !isHeading(n) && isFree(ctx, n))
    if (lead !== undefined && out["text"] === undefined && (lead.children.length > 0 || matchCatalog(NON_NOTIFICATION_GROUNDS, lead.text) === undefined)) {
      out["text"] = ja(freeText(ctx, lead))
      put(ctx, "purposeNotice", ["purposeNotice", "text", "ja"], lead, "high")
    }
    catalogRefs(ctx, "purposeNotice", NON_NOTIFICATION_GROUNDS, region.nodes.filter((n) => n.type === "item" || n.type === "para"), ["purposeNotice", "exceptions"], exceptions)
  }
}

/** Providing data is voluntary (提供の任意性) and what follows when it is not provided. @since 0.3.0 */
export const buildVoluntariness = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "voluntariness")) {
    consumeHeading(ctx, "voluntariness", region.root)
    const body = region.nodes.filter((n) => !isHeading(n) && isFree(ctx, n))
    if (body.length === 0 || ctx.draft.doc["voluntariness"] !== undefined) continue
    const text = body.map((n) => freeText(ctx, n)).join("")
    ctx.draft.doc["voluntariness"] = { voluntary: !/必須(?!ではありません)/u.test(text) || /任意/u.test(text), consequence: ja(text) }
    ctx.draft.place("voluntariness", ["voluntariness", "voluntary"], body.flatMap((n) => n.parts), "medium")
    body.forEach((n) => put(ctx, "voluntariness", ["voluntariness", "consequence", "ja"], n, "high"))
  }
}

/** Categories from a section that lists them: sub-headings with their items, or a table, or items. @since 0.3.0 */
export const buildCategories = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "dataCategories")) {
    consumeHeading(ctx, "dataCategories", region.root)
    const inRegion = new Set(region.nodes)
    for (const n of region.nodes) {
      if (n === region.root && isHeading(n)) continue
      if (!isFree(ctx, n) && n.type !== "table") continue
      if (isHeading(n)) {
        const items = n.children.filter((c) => c.type === "item" && inRegion.has(c))
        addCategory(ctx, n.text, n.parts, { items: items.map((item) => ({ text: item.text, part: item.parts[0]! })) })
        items.forEach((item) => ctx.draft.consume(item.parts))
        continue
      }
      if (n.type === "table" && n.table !== undefined) {
        for (const row of n.table.rows) {
          const [name, items] = row.cells
          if (name === undefined || name.text === "") continue
          addCategory(ctx, name.text, name.parts, { items: (items?.text ?? "").split(/[、,，]/u).filter((t) => t.trim() !== "").map((text) => ({ text, part: items!.parts[0]! })) })
          row.cells.forEach((cell) => ctx.draft.consume(cell.parts))
        }
        ctx.draft.consume(n.parts)
        continue
      }
      if (n.type === "item" && isHeading(n.parent!) && n.parent !== region.root) continue
      if (n.type === "item") {
        addCategory(ctx, stripMarker(n.text), n.parts)
        continue
      }
      const intros = ctx.draft.section<Json>("sectionIntros", () => ({}))
      const list = (intros["dataCategories"] as Array<Text> | undefined) ?? []
      intros["dataCategories"] = list
      pushText(ctx, "dataCategories", list, ["sectionIntros", "dataCategories"], n, "medium")
    }
  }
}

const splitList = (text: string): ReadonlyArray<string> => text.split(/[、,，]/u).map((t) => tidy(t)).filter((t) => t !== "")

/** Acquisition channels (取得方法): a table of channel, examples and what is obtained, or a list. @since 0.3.0 */
export const buildChannels = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "acquisitionChannels")) {
    consumeHeading(ctx, "acquisitionChannels", region.root)
    const channels = ctx.draft.list<Json>("acquisitionChannels")
    for (const n of region.nodes) {
      if (n === region.root && isHeading(n)) continue
      if (n.type === "table" && n.table !== undefined) {
        for (const row of n.table.rows) {
          const [channel, examples, obtained] = row.cells
          if (channel === undefined || channel.text === "") continue
          const index = channels.push({ id: ctx.draft.id("channel", `channel-${channels.length + 1}`), channel: ja(channel.text), examples: splitList(examples?.text ?? "").map((t) => ja(t)), obtained: splitList(obtained?.text ?? "").map((t) => ja(t)) }) - 1
          ctx.draft.place("acquisitionChannels", ["acquisitionChannels", index, "channel", "ja"], channel.parts, "high")
          if (examples !== undefined) ctx.draft.place("acquisitionChannels", ["acquisitionChannels", index, "examples"], examples.parts, "medium")
          if (obtained !== undefined) ctx.draft.place("acquisitionChannels", ["acquisitionChannels", index, "obtained"], obtained.parts, "medium")
        }
        ctx.draft.consume(n.parts)
        continue
      }
      if (!isFree(ctx, n) || isHeading(n)) continue
      if (n.type === "item") {
        const index = channels.push({ id: ctx.draft.id("channel", `channel-${channels.length + 1}`), channel: ja(n.text), examples: [], obtained: [] }) - 1
        put(ctx, "acquisitionChannels", ["acquisitionChannels", index, "channel", "ja"], n, "medium")
        continue
      }
      const intros = ctx.draft.section<Json>("sectionIntros", () => ({}))
      const list = (intros["acquisitionChannels"] as Array<Text> | undefined) ?? []
      intros["acquisitionChannels"] = list
      pushText(ctx, "acquisitionChannels", list, ["sectionIntros", "acquisitionChannels"], n, "medium")
    }
    if (channels.length === 0) delete ctx.draft.doc["acquisitionChannels"]
  }
}

