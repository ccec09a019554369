/**
 * Where the person turns: contact windows (32条1項4号・令10条) with their
 * address, phones, fax, e-mail, form, reception hours (受付時間) and the
 * privacy officer; complaints (40条) with the internal steps and external
 * desks; the accredited organization (令10条3号).
 *
 * @since 0.3.0
 */
import type { Text } from "../draft.ts"
import { companyIn, emailsIn, hoursIn, looksLikeAddress, managerIn, phonesIn, postalCodesIn, urlsIn } from "../extract.ts"
import { descendants, isHeading, type Node, type Part } from "../parse.ts"
import { tidy } from "../text.ts"
import { consumeHeading, type Context, freeParts, freeText, isFree, ja, put, pushText, regionsOf, stripMarker } from "./common.ts"
import type { LooseManager } from "./operator.ts"
import { DRAFT_WORDS } from "../draftWords.ts"

type Json = Record<string, unknown>

/** A generic heading (問い合わせ窓口, お問合せ先) that a named desk after it may replace. */
const GENERIC_WINDOW = /^(?:個人情報に関する)?(?:お?問い?合わ?せ|お問合せ|問合せ)(?:窓口|先)?$|^連絡先$|^窓口$/u
/** The label before a desk's name on a line of a form or a definition list (窓口：…, 名称：…). */
const WINDOW_LABEL = /^(?:窓口|窓口名|名称|担当|担当部署|担当窓口|お?問い?合わ?せ先|連絡先)[\s\u3000]*[:：][\s\u3000]*/u
/** A desk's name from its line: the label (窓口：) and the operator's name before it (株式会社… 個人情報相談窓口) aside. */
const deskName = (text: string): string => {
  const line = tidy(text).replace(WINDOW_LABEL, "")
  const company = companyIn(line)
  return company !== undefined && line.startsWith(company) && line.length > company.length ? line.slice(company.length).trim() : line
}
/** A line that names a desk. */
const DESK = /(?:サポート|窓口|センター|デスク|相談室|係|事務局|お客様相談|カスタマー)/u

const rolesOf = (text: string): ReadonlyArray<string> => {
  const roles: Array<string> = []
  if (/問い?合わ?せ|問合せ|質問|相談|連絡/u.test(text)) roles.push("inquiries")
  if (/開示|請求|訂正|利用停止/u.test(text)) roles.push("requests")
  if (/苦情/u.test(text)) roles.push("complaints")
  return roles.length === 0 ? ["inquiries"] : roles
}

interface Window {
  readonly entry: Json
  readonly index: number
}

const windowsList = (ctx: Context): Array<Json> => ctx.draft.list<Json>("contactWindows")

const newWindow = (ctx: Context, name: string, parts: ReadonlyArray<Part>, confidence: "high" | "medium"): Window => {
  const list = windowsList(ctx)
  const entry: Json = { id: ctx.draft.id("window", list.length === 0 ? "privacy-contact" : `contact-${list.length + 1}`), name: ja(name) }
  const index = list.push(entry) - 1
  ctx.draft.place("contactWindows", ["contactWindows", index, "name", "ja"], parts, confidence)
  return { entry, index }
}

/** Reads the contact facts of a line into a window; returns whether the line was one. */
const contactLine = (ctx: Context, window: Window, part: Part, next: Part | undefined, previous: Part | undefined): "used" | "used-next" | undefined => {
  const { entry, index } = window
  const base = ["contactWindows", index]
  const line = tidy(stripMarker(part.text)).replace(/^[(（<＜【]?\s*(?:所在地|住所|電話番号?|TEL|Tel|FAX|Fax|E-?mail|e-?mail|メール(?:アドレス)?|URL)\s*[)）>＞】]?\s*[:：]?\s*/u, (m) => m)
  const postal = postalCodesIn(line)[0]
  let used: "used" | "used-next" | undefined
  if (postal !== undefined && entry["address"] === undefined) {
    const nextLine = next === undefined ? "" : tidy(stripMarker(next.text))
    const onNext = postal.address === "" && looksLikeAddress(nextLine)
    entry["address"] = { postalCode: postal.postalCode, ja: onNext ? nextLine : postal.address === "" ? DRAFT_WORDS.noAddress : postal.address }
    ctx.draft.place("contactWindows", [...base, "address", "postalCode"], [part], "high")
    if (onNext) ctx.draft.place("contactWindows", [...base, "address", "ja"], [next!], "high")
    used = onNext ? "used-next" : "used"
  } else if (entry["address"] === undefined && looksLikeAddress(line.replace(/^[(（<＜]?(?:所在地|住所)[)）>＞]?[:：]?\s*/u, "")) && phonesIn(line).length === 0) {
    entry["address"] = { ja: line.replace(/^[(（<＜]?(?:所在地|住所)[)）>＞]?[:：]?\s*/u, "") }
    ctx.draft.place("contactWindows", [...base, "address", "ja"], [part], "medium")
    used = "used"
  }
  const phones = phonesIn(line)
  for (const phone of phones) {
    if (phone.fax) {
      entry["fax"] ??= phone.number
      ctx.draft.place("contactWindows", [...base, "fax"], [part], "high")
    } else {
      const list = (entry["phones"] as Array<string> | undefined) ?? []
      if (!list.includes(phone.number)) list.push(phone.number)
      entry["phones"] = list
      ctx.draft.place("contactWindows", [...base, "phones", list.indexOf(phone.number)], [part], "high")
    }
    used ??= "used"
  }
  for (const email of emailsIn(line)) {
    const list = (entry["emails"] as Array<string> | undefined) ?? []
    if (!list.includes(email)) list.push(email)
    entry["emails"] = list
    ctx.draft.place("contactWindows", [...base, "emails", list.indexOf(email)], [part], "high")
    used ??= "used"
  }
  const url = urlsIn(line)[0]
  const form = /フォーム|form/iu.test(line) ? /「?([^「」\s]{0,30}(?:フォーム|form))」?/iu.exec(line)?.[1] : undefined
  if ((url !== undefined || form !== undefined) && entry["form"] === undefined && (form !== undefined || /フォーム|問い?合わ?せ/u.test(line))) {
    entry["form"] = url === undefined ? { name: ja(form ?? DRAFT_WORDS.form) } : { name: ja(form ?? DRAFT_WORDS.form), url }
    ctx.draft.place("contactWindows", [...base, "form", "name", "ja"], [part], form === undefined ? "medium" : "high")
  }
  const hours = /受付|営業時間|対応時間|時間/u.test(line) || /受付|営業時間|対応時間/u.test(previous?.text ?? "") ? hoursIn(line) : undefined
  if (hours !== undefined && entry["receptionHours"] === undefined) {
    const label = /受付|営業時間|対応時間/u.test(line) ? "" : tidy(stripMarker(previous?.text ?? ""))
    entry["receptionHours"] = { timeZone: "Asia/Tokyo", days: hours.days, windows: hours.windows, note: ja(`${label}${label === "" ? "" : " "}${line.replace(/^.*?(?=受付|営業時間|対応時間)/u, "").replace(/^([^（(]*)[)）]$/u, "$1")}`) }
    ctx.draft.place("contactWindows", [...base, "receptionHours"], label === "" ? [part] : [previous!, part], "medium")
    used ??= "used"
  }
  const department = /^(?:担当(?:部署)?|部署|所管(?:部署)?|窓口担当)\s*[:：]\s*(.+)$/u.exec(line)?.[1]
  if (department !== undefined && entry["department"] === undefined) {
    entry["department"] = ja(department)
    ctx.draft.place("contactWindows", [...base, "department", "ja"], [part], "high")
    used ??= "used"
  }
  const manager = managerIn(line)
  if (manager !== undefined) {
    setManager(ctx, window, manager, part)
    used ??= "used"
  }
  return used
}

const setManager = (ctx: Context, window: Window, manager: NonNullable<ReturnType<typeof managerIn>>, part: Part): void => {
  const value: Json = { title: ja(manager.title) }
  if (manager.name !== undefined) value["name"] = ja(manager.name)
  if (manager.position !== undefined) value["position"] = ja(manager.position)
  if (manager.department !== undefined) value["department"] = ja(manager.department)
  const managers = (window.entry["managers"] as Array<Json> | undefined) ?? []
  window.entry["managers"] = managers
  const index = managers.push(value) - 1
  ctx.draft.place("contactWindows", ["contactWindows", window.index, "managers", index, "title", "ja"], [part], "high")
}

/** @since 0.3.0 */
export const buildContactWindows = (ctx: Context, managers: ReadonlyArray<LooseManager>): void => {
  const pendingText: Array<Node> = []
  for (const region of regionsOf(ctx, "contactWindows")) {
    // The heading that names the window: the innermost one that names a desk, else the region's.
    const headings = region.nodes.filter(isHeading)
    const named = [...headings].reverse().find((h) => /窓口|相談室|センター|デスク|係$/u.test(h.text)) ?? headings[0]
    let name = named === undefined ? undefined : deskName(named.text)
    let nameParts: ReadonlyArray<Part> = named?.parts ?? []
    const body = region.nodes.filter((n) => !isHeading(n))
    const lines = body.flatMap((n) => freeParts(ctx, n))
    const hasFacts = lines.some((part) => postalCodesIn(part.text).length > 0 || phonesIn(part.text).length > 0 || emailsIn(part.text).length > 0 || /フォーム/u.test(part.text))
    if (!hasFacts && headings.length === 0) {
      pendingText.push(...body)
      continue
    }
    // 問い合わせ窓口 / スマイルモア矯正 サポート: a desk named on the line after a generic heading.
    const after = named?.parts[0]?.n ?? 0
    // 「スマイルモア矯正 サポート」, 「医療法人さくら会 個人情報相談窓口」: a desk named on a line after a generic heading (the operator's name before it aside).
    const desk = lines
      .filter((part) => part.n >= after && !(named?.parts.includes(part) ?? false))
      .slice(0, 3)
      .map((part) => {
        return { part, text: deskName(stripMarker(part.text)) }
      })
      .find(({ text }) => DESK.test(text) && !GENERIC_WINDOW.test(text) && text.length <= 30 && !/[。、]/u.test(text) && companyIn(text) === undefined && phonesIn(text).length === 0 && emailsIn(text).length === 0)
    if (desk !== undefined && (name === undefined || GENERIC_WINDOW.test(name.replace(/\s/gu, "")))) {
      if (name !== undefined) ctx.draft.consume(nameParts)
      name = desk.text
      nameParts = [desk.part]
    }
    const window = newWindow(ctx, name ?? DRAFT_WORDS.contactWindow, nameParts.length > 0 ? nameParts : lines.slice(0, 1), name === undefined ? "medium" : "high")
    for (const h of headings) if (isFree(ctx, h)) ctx.draft.place("contactWindows", ["contactWindows", window.index], h.parts, "medium")
    window.entry["roles"] = rolesOf([name ?? "", ...body.map((n) => n.text)].join(" "))
    const text: Array<Text> = []
    for (const n of body) {
      const free = freeParts(ctx, n)
      let usedAny = false
      free.forEach((part, i) => {
        if (ctx.draft.isPlaced(part)) return
        const used = contactLine(ctx, window, part, free[i + 1], free[i - 1])
        if (used === undefined) return
        usedAny = true
        ctx.draft.consume(used === "used-next" ? [part, free[i + 1]!] : [part])
      })
      if (isFree(ctx, n)) {
        const rest = freeParts(ctx, n)
        // A company's name alone on a line of the window: the operator's, already read.
        if (rest.length === 1 && companyIn(tidy(rest[0]!.text)) === tidy(rest[0]!.text)) {
          ctx.draft.place("operator", ["operator", "name", "ja"], rest, "medium")
          continue
        }
        if (!usedAny || rest.length > 0) pushText(ctx, "contactWindows", text, ["contactWindows", window.index, "text"], n, "medium", ja(rest.map((p) => tidy(stripMarker(p.text))).join("")))
      }
    }
    if (text.length > 0) window.entry["text"] = text
  }
  const windows = windowsList(ctx)
  // A window named in passing (請求窓口への連絡, お客様窓口にて…) when no section gives one.
  if (windows.length === 0) mentionedWindows(ctx)
  // Sentences that only send the reader to the window (下記窓口までご連絡ください) join it.
  for (const n of pendingText) {
    const target = windows[0]
    if (target === undefined || !isFree(ctx, n)) continue
    const index = windows.indexOf(target)
    const text = (target["text"] as Array<Text> | undefined) ?? []
    target["text"] = text
    pushText(ctx, "contactWindows", text, ["contactWindows", index, "text"], n, "medium")
  }
  // A privacy officer named on its own (個人情報保護管理者 at the foot of the policy) is the window's.
  for (const { fact, part } of managers) {
    if (ctx.draft.isPlaced(part)) continue
    const index = windows.findIndex((w) => w["managers"] === undefined)
    if (index < 0) continue
    setManager(ctx, { entry: windows[index]!, index }, fact, part)
  }
}

/** Windows a policy names only in passing, in its requests and complaints sections. */
const mentionedWindows = (ctx: Context): void => {
  const seen = new Set<string>()
  for (const region of ctx.regions) {
    if (region.concept !== "requests" && region.concept !== "complaints") continue
    for (const n of region.nodes) {
      if (isHeading(n)) continue
      for (const part of n.parts) {
        for (const m of part.text.matchAll(/([^\s、。:：「」()（）にへのをはで]{1,10}窓口)(?:への|にて|まで|に|へ|で)/gu)) {
          const name = m[1]!
          if (/外部|相談窓口$|^問い?合わ?せ窓口$/u.test(name) || seen.has(name)) continue
          seen.add(name)
          const window = newWindow(ctx, name, [], "medium")
          window.entry["roles"] = region.concept === "complaints" ? ["inquiries", "complaints"] : ["requests"]
          ctx.draft.placements.push({ concept: "contactWindows", path: ["contactWindows", window.index, "name", "ja"], lines: [part.n], confidence: "medium" })
        }
      }
    }
  }
}

/** Links complaints and requests to the windows that serve them. @since 0.3.0 */
export const linkWindows = (ctx: Context): void => {
  const windows = windowsList(ctx)
  if (windows.length === 0) {
    delete ctx.draft.doc["contactWindows"]
    ctx.draft.doc["contactWindows"] = []
    return
  }
  const withRole = (role: string): Json => windows.find((w) => (w["roles"] as ReadonlyArray<string> | undefined)?.includes(role)) ?? windows[0]!
  const complaints = ctx.draft.doc["complaints"] as Json | undefined
  if (complaints !== undefined) complaints["window"] = withRole("complaints")["id"]
  const requests = ctx.draft.doc["requests"] as Json | undefined
  if (requests !== undefined) {
    const submission = (requests["submission"] as Json | undefined) ?? { channels: [] }
    submission["window"] = withRole("requests")["id"]
    requests["submission"] = submission
  }
}

/** Complaints (40条): the handling, its steps, and the desks outside the company. @since 0.3.0 */
export const buildComplaints = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "complaints")) {
    const out = ctx.draft.section<Json>("complaints", () => ({}))
    consumeHeading(ctx, "complaints", region.root)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || (isHeading(n) && n === region.root)) continue
      if (isHeading(n)) {
        put(ctx, "complaints", ["complaints"], n, "medium")
        continue
      }
      const external = /外部|他の機関|以下の機関|相談窓口/u.test([n.parent?.text ?? "", n.text].join(" ")) && n.type === "item"
      const step = /^([^:：]{2,12})[:：](.+)$/u.exec(n.text)
      if (external) {
        const desks = (out["externalDesks"] as Array<Json> | undefined) ?? []
        out["externalDesks"] = desks
        const m = /^(.+?)[(（](.+)[)）]$/u.exec(n.text)
        const desk: Json = { id: ctx.draft.id("desk", `external-desk-${desks.length + 1}`), name: ja(m?.[1] ?? n.text) }
        if (m !== null) desk["scope"] = ja(m[2]!)
        desks.push(desk)
        put(ctx, "complaints", ["complaints", "externalDesks", desks.length - 1, "name", "ja"], n, "high")
        continue
      }
      if (n.type === "item" && step !== null) {
        const steps = (out["internalSteps"] as Array<Json> | undefined) ?? []
        out["internalSteps"] = steps
        steps.push({ title: ja(step[1]!), text: ja(step[2]!) })
        put(ctx, "complaints", ["complaints", "internalSteps", steps.length - 1, "title", "ja"], n, "high")
        continue
      }
      if (n.type === "para" && n.children.some((c) => c.type === "item") && /外部|機関/u.test(n.text) && out["externalText"] === undefined) {
        out["externalText"] = ja(freeText(ctx, n))
        put(ctx, "complaints", ["complaints", "externalText", "ja"], n, "high")
        continue
      }
      const text = (out["text"] as Array<Text> | undefined) ?? []
      out["text"] = text
      pushText(ctx, "complaints", text, ["complaints", "text"], n, "high")
    }
  }
}

/** The accredited organization (認定個人情報保護団体): membership, name, complaint desk, address, phones. @since 0.3.0 */
export const buildAccredited = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "accreditedOrganization")) {
    const out = ctx.draft.section<Json>("accreditedOrganization", () => ({ member: true }))
    consumeHeading(ctx, "accreditedOrganization", region.root)
    const text = (): Array<Text> => {
      const list = (out["text"] as Array<Text> | undefined) ?? []
      out["text"] = list
      return list
    }
    for (const n of region.nodes) {
      if (isHeading(n)) {
        if (n !== region.root && isFree(ctx, n)) put(ctx, "accreditedOrganization", ["accreditedOrganization", "member"], n, "high")
        continue
      }
      n.parts.forEach((part) => {
        if (ctx.draft.isPlaced(part)) return
        const line = tidy(stripMarker(part.text))
        const base = ["accreditedOrganization"]
        if (/属して(?:い)?ません|対象事業者ではありません|加盟して(?:い)?ません/u.test(line)) out["member"] = false
        const named = /認定個人情報保護団体(?:の名称)?\s*[:：]\s*(.+)$/u.exec(line)?.[1] ?? /認定個人情報保護団体である(.+?)の(?:対象事業者|会員)/u.exec(line)?.[1]
        const desk = /(?:苦情(?:解決)?の申し?出先|苦情相談窓口|相談窓口)\s*[:：]\s*(.+)$/u.exec(line)?.[1]
        const postal = postalCodesIn(line)[0]
        const phones = phonesIn(line)
        if (named !== undefined && (out["name"] === undefined || /[:：]/u.test(line))) {
          out["name"] = ja(named)
          ctx.draft.place("accreditedOrganization", [...base, "name", "ja"], [part], "high")
          if (/[:：]/u.test(line)) return
        }
        if (desk !== undefined) {
          out["complaintDesk"] = ja(desk)
          ctx.draft.place("accreditedOrganization", [...base, "complaintDesk", "ja"], [part], "high")
          return
        }
        if (postal !== undefined) {
          out["address"] = { postalCode: postal.postalCode, ja: postal.address.replace(/^[>＞)）]\s*/u, "") || DRAFT_WORDS.noAddress }
          ctx.draft.place("accreditedOrganization", [...base, "address", "postalCode"], [part], "high")
          return
        }
        if (phones.length > 0) {
          out["phones"] = phones.filter((p) => !p.fax).map((p) => p.number)
          ctx.draft.place("accreditedOrganization", [...base, "phones"], [part], "high")
          return
        }
        if (out["name"] === undefined && /法人|協会|機構|団体|センター/u.test(line) && line.length <= 60 && !/[。]/u.test(line)) {
          out["name"] = ja(line)
          ctx.draft.place("accreditedOrganization", [...base, "name", "ja"], [part], "medium")
          return
        }
        if (out["complaintDesk"] === undefined && /(?:相談室|事務局|相談窓口|苦情.{0,6}(?:室|窓口))$/u.test(line) && line.length <= 40) {
          out["complaintDesk"] = ja(line)
          ctx.draft.place("accreditedOrganization", [...base, "complaintDesk", "ja"], [part], "medium")
          return
        }
        const list = text()
        list.push(ja(line))
        ctx.draft.place("accreditedOrganization", [...base, "text", list.length - 1, "ja"], [part], "high")
      })
    }
    for (const d of descendants(region.root)) if (ctx.concepts.get(d) === "accreditedOrganization" && isFree(ctx, d)) put(ctx, "accreditedOrganization", ["accreditedOrganization"], d, "low")
  }
}
