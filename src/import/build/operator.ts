/**
 * The document's frame: title, preamble, the operator (name, address,
 * representatives: 32条1項1号) and the history (制定・改定・施行), read
 * from wherever a policy prints them — the opening sentence (「…（以下「当社」）」),
 * a signature block, or a section of its own.
 *
 * @since 0.3.0
 */
import type { Text } from "../draft.ts"
import { companyIn, dateRole, datesIn, entityTypeOf, managerIn, type ManagerFact, postalCodesIn, representativesIn, urlsIn, looksLikeAddress } from "../extract.ts"
import { descendants, isHeading, type Node, type Part } from "../parse.ts"
import { isPolicyTitle } from "../rules.ts"
import { tidy } from "../text.ts"
import { type Context, ja, regionsOf, stripMarker, textOf } from "./common.ts"

/** The title, subtitle or preamble title, from the title nodes. @since 0.3.0 */
export const buildTitles = (ctx: Context, root: Node): void => {
  const titles = root.children.filter((n) => n.type === "title")
  titles.forEach((title, index) => {
    const key = index === 0 ? (isPolicyTitle(title.text) || title.children.length === 0 || title.marker !== undefined ? "title" : "preambleTitle") : index === 1 ? "subtitle" : undefined
    if (key === undefined || ctx.draft.doc[key] !== undefined) return
    ctx.draft.doc[key] = textOf(title)
    ctx.draft.place("title", [key, "ja"], title.parts, isPolicyTitle(title.text) ? "high" : "medium")
  })
}

/** The paragraphs before the first placed section: the preamble. @since 0.3.0 */
export const buildPreamble = (ctx: Context, root: Node): void => {
  const preamble: Array<Text> = []
  const all = descendants(root)
  const firstPlaced = all.findIndex((n) => ctx.concepts.get(n) !== undefined)
  all.forEach((n, index) => {
    if ((n.type !== "para" && n.type !== "item") || ctx.concepts.get(n) !== undefined) return
    // Before the first section, or right under a title (a part of the policy that opens with a sentence).
    const underTitle = n.parent?.type === "title" || n.parent?.type === "root"
    if (!(firstPlaced < 0 || index < firstPlaced || underTitle)) return
    if (n.parts.every((part) => ctx.draft.isPlaced(part))) return
    const at = preamble.push(ja(n.text)) - 1
    ctx.draft.place("preamble", ["preamble", at, "ja"], n.parts, "medium")
  })
  if (preamble.length > 0) ctx.draft.doc["preamble"] = preamble
}

const REPRESENTATIVE_LINE = /^(?:代表取締役(?:社長|会長)?|代表執行役(?:社長)?|代表社員|代表理事|理事長|代表者|代表)[\s\u3000:：]/u

/** What the operator is, gathered from the whole document. */
interface OperatorFacts {
  name?: { text: string; parts: ReadonlyArray<Part>; confidence: "high" | "medium"; cited?: true }
  representatives: Array<{ title: string; name: string | undefined; part: Part }>
  address?: { postalCode?: string; text: string; parts: ReadonlyArray<Part> }
  website?: { url: string; part: Part }
}

/** Privacy officers named outside a contact section, for the contact window to take. @since 0.3.0 */
export interface LooseManager {
  readonly fact: ManagerFact
  readonly part: Part
}

/**
 * The lines that stand alone wherever they are: dated lines (制定 平成17年5月13日),
 * the signature (株式会社… / 代表取締役 …) and privacy officers. Returns the officers.
 *
 * @since 0.3.0
 */
export const buildLineFacts = (ctx: Context, root: Node): ReadonlyArray<LooseManager> => {
  const operator: OperatorFacts = { representatives: [] }
  const managers: Array<LooseManager> = []
  const history: { established?: [string, Part]; revisions: Array<[string, Part]>; effective?: [string, Part] } = { revisions: [] }
  // Dash items too (`- 制定：2020年9月1日`, `- 代表取締役 …` as Markdown and HTML lists print them), for the dated and signature lines only.
  const nodes = descendants(root).filter((n) => n.type === "para" || n.type === "item")
  for (const n of nodes) {
    const dash = n.type === "item" && n.marker?.kind === "dash"
    n.parts.forEach((part, index) => {
      const line = tidy(stripMarker(part.text))
      const dates = datesIn(line)
      const role = dateRole(line) ?? (dates.length === 1 ? dateRole(line.slice(line.search(/日/u) + 1)) : undefined)
      if (dates.length >= 1 && role !== undefined && line.length <= 40) {
        if (role === "established" && history.established === undefined) history.established = [dates[0]!.iso, part]
        else if (role === "effective") history.effective = [dates[0]!.iso, part]
        else history.revisions.push([dates[0]!.iso, part])
        return
      }
      if (REPRESENTATIVE_LINE.test(line) && line.length <= 40 && !/[。、]/u.test(line)) {
        for (const r of representativesIn(line)) operator.representatives.push({ ...r, part })
        return
      }
      if (dash) return
      const manager = managerIn(line)
      if (manager !== undefined && line.length <= 40) {
        managers.push({ fact: manager, part })
        return
      }
      const company = companyIn(line)
      const neighbours = [n.parts[index - 1], n.parts[index + 1]].filter((p): p is Part => p !== undefined).map((p) => tidy(stripMarker(p.text)))
      if (company !== undefined && company === line && (neighbours.some((t) => REPRESENTATIVE_LINE.test(t)) || n.parts.length === 1 || neighbours.some((t) => datesIn(t).length > 0))) {
        if (operator.name === undefined) operator.name = { text: company, parts: [part], confidence: "medium" }
        else if (operator.name.text.replace(/\s/gu, "") === company.replace(/\s/gu, "")) ctx.draft.place("operator", ["operator", "name", "ja"], [part], "high")
        else return
        ctx.draft.consume([part])
      }
    })
  }
  placeOperator(ctx, root, operator)
  placeHistory(ctx, history)
  return managers
}

/** The opening sentence's 「X（以下「当社」）」. */
const DEFINED_AS_US = /^(.{2,40}?)[\s\u3000]*[(（][\s\u3000]*以下[、,]?[\s\u3000]*「[\s\u3000]*(?:当社|弊社|当法人|当院|当行|当組合|私たち)/u

const placeOperator = (ctx: Context, root: Node, facts: OperatorFacts): void => {
  const { draft } = ctx
  // The company that calls itself 当社.
  for (const n of descendants(root)) {
    if (n.type !== "para" && n.type !== "item") continue
    const match = DEFINED_AS_US.exec(n.text)
    const company = match === null ? undefined : companyIn(match[1]!)
    if (company !== undefined) {
      // The sentence is the preamble's (or its section's): the name is cited from it, the line is not taken.
      facts.name = { text: company, parts: [n.parts[0]!], confidence: "high", cited: true }
      break
    }
  }
  // An operator section: name, address, representatives.
  for (const region of regionsOf(ctx, "operator")) {
    for (const n of region.nodes) {
      if (isHeading(n)) {
        draft.place("operator", ["operator"], n.parts, "high")
        continue
      }
      n.parts.forEach((part, index) => {
        const line = tidy(stripMarker(part.text))
        const postal = postalCodesIn(line)[0]
        if (postal !== undefined) {
          const address = postal.address !== "" ? postal.address : tidy(n.parts[index + 1]?.text ?? "")
          facts.address = { postalCode: postal.postalCode, text: address, parts: postal.address !== "" ? [part] : [part, n.parts[index + 1]!].filter((p) => p !== undefined) }
          return
        }
        if (facts.address === undefined && looksLikeAddress(line) && companyIn(line) !== line) {
          facts.address = { text: line.replace(/^(?:住所|所在地)[\s:：]*/u, ""), parts: [part] }
          return
        }
        const company = companyIn(line)
        if (company !== undefined) {
          if (facts.name === undefined || facts.name.confidence !== "high") facts.name = { text: company, parts: [part], confidence: "high" }
          else draft.consume([part])
          for (const r of representativesIn(line)) facts.representatives.push({ ...r, part })
          draft.consume([part])
          return
        }
        const url = urlsIn(line)[0]
        if (url !== undefined) facts.website = { url, part }
      })
    }
  }
  const operator: Record<string, unknown> = {}
  draft.doc["operator"] = operator
  if (facts.name !== undefined) {
    operator["name"] = ja(facts.name.text)
    operator["entityType"] = entityTypeOf(facts.name.text)
    const record = facts.name.cited === true ? draft.cite.bind(draft) : draft.place.bind(draft)
    record("operator", ["operator", "name", "ja"], facts.name.parts, facts.name.confidence)
    draft.cite("operator", ["operator", "entityType"], facts.name.parts, "medium")
  }
  if (facts.address !== undefined && facts.address.text !== "") {
    operator["address"] = facts.address.postalCode === undefined ? { ja: facts.address.text } : { postalCode: facts.address.postalCode, ja: facts.address.text }
    draft.place("operator", ["operator", "address", "ja"], facts.address.parts, "high")
  }
  const seen = new Set<string>()
  const representatives = facts.representatives.filter((r) => {
    const key = `${r.title}/${r.name ?? ""}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  if (representatives.length > 0) {
    operator["representatives"] = representatives.map((r) => (r.name === undefined ? { title: ja(r.title) } : { title: ja(r.title), name: ja(r.name) }))
    representatives.forEach((r, i) => draft.place("operator", ["operator", "representatives", i, "title", "ja"], [r.part], "high"))
  }
  if (facts.website !== undefined) {
    operator["website"] = facts.website.url
    draft.place("operator", ["operator", "website"], [facts.website.part], "medium")
  }
}

const placeHistory = (ctx: Context, history: { established?: [string, Part]; revisions: Array<[string, Part]>; effective?: [string, Part] }): void => {
  const { draft } = ctx
  for (const region of regionsOf(ctx, "history")) if (isHeading(region.root)) draft.place("history", ["history"], region.root.parts, "high")
  if (history.established === undefined && history.revisions.length === 0 && history.effective === undefined) return
  const out: Record<string, unknown> = {}
  draft.doc["history"] = out
  if (history.established !== undefined) {
    out["established"] = history.established[0]
    draft.place("history", ["history", "established"], [history.established[1]], "high")
  }
  if (history.revisions.length > 0) {
    out["revisions"] = history.revisions.map(([date]) => ({ date }))
    history.revisions.forEach(([, part], i) => draft.place("history", ["history", "revisions", i, "date"], [part], "high"))
  }
  if (history.effective !== undefined) {
    out["effective"] = history.effective[0]
    draft.place("history", ["history", "effective"], [history.effective[1]], "high")
  }
}

/** A kebab-case id for the policy: the operator's name in Latin letters, the domain of its e-mail, or `imported-policy`. @since 0.3.0 */
export const policyId = (name: string | undefined, emails: ReadonlyArray<string>): string => {
  const latin = (name ?? "").normalize("NFKC").replace(/株式会社|有限会社|合同会社|一般社団法人|一般財団法人|Co\.,?\s*Ltd\.?|Inc\.?|Corp(?:oration)?\.?|K\.K\./giu, "").match(/[A-Za-z0-9]+/gu)
  if (latin !== null && latin.join("").length >= 2) return latin.join("-").toLowerCase().slice(0, 40)
  const domain = emails[0]?.split("@")[1]?.split(".")[0]
  if (domain !== undefined && /^[a-z0-9-]+$/iu.test(domain) && !/^(?:gmail|yahoo|outlook|hotmail|icloud|example)$/iu.test(domain)) return domain.toLowerCase().replace(/^-+|-+$/gu, "")
  return "imported-policy"
}
