/**
 * Provision to third parties (27条): the consent rule and its 27(1)
 * exceptions (listed, cited from the 18(3) list, or named inside the
 * sentence: 「法令に基づく場合を除き」), the other grounds a policy lists
 * (委託, 事業の承継, 共同利用, 同意, 公開情報 …), consent-based provision
 * arrangements, opt-out (27(2)), My Number data; joint use (27(5)(iii))
 * with its five items; outsourcing (25条).
 *
 * @since 0.3.0
 */
import type { Region } from "../classify.ts"
import type { Text } from "../draft.ts"
import { companyIn, datesIn, postalCodesIn, representativesIn, looksLikeAddress } from "../extract.ts"
import { descendants, isHeading, type Node } from "../parse.ts"
import { tidy } from "../text.ts"
import { COMMON_EXCEPTION_IDS } from "../../model/StatutoryException.ts"
import { countriesIn, JOINT_USE_ITEMS, matchCatalog, OPT_OUT_ITEMS, PROVISION_EXCEPTIONS, wordingIfDifferent } from "../vocabulary.ts"
import { consumeHeading, type Context, freeText, isFree, ja, MISSING, put, pushText, regionsOf } from "./common.ts"
import { catalogRefs } from "./purposes.ts"

type Json = Record<string, unknown>

/** A list entry that names a case (…場合, …とき) rather than states a rule. */
const namesCase = (text: string): boolean => /(?:場合|とき|時)[。.]?$/u.test(text)
const INTRO = /(?:以下|次|下記)の(?:各号|場合|とおり)|除き|除きます|における|場合において/u
const REFERENCE = /(?:上記|前項|前条|前記|前各号|[0-9０-９]+[.．]?[\s\u3000]*[(（][0-9０-９]+[)）]|第[0-9０-９]+条).{0,24}(?:各号|該当|[～〜~])/u

type GroundKind = "outsourcing" | "business-succession" | "joint-use" | "consent" | "public-information" | "other-law" | "business-necessity"

/** What a listed ground of provision is, by the statute's vocabulary. @since 0.3.0 */
export const groundKind = (text: string): GroundKind | "exception" | "reference" | "opt-out" | undefined => {
  const plain = text.normalize("NFKC").replace(/\s+/gu, "")
  if (REFERENCE.test(plain) && /該当/u.test(plain)) return "reference"
  if (/大量の個人情報|広く一般に提供|オプトアウト|27条2項/u.test(plain)) return "opt-out"
  if (/公開(?:又は|または|・)?公表された|公開された情報|公表された情報|公開されている/u.test(plain)) return "public-information"
  if (matchCatalog(PROVISION_EXCEPTIONS, plain) !== undefined) return "exception"
  if (/委託/u.test(plain)) return "outsourcing"
  if (/合併|事業の承継|事業承継|分割|事業譲渡/u.test(plain)) return "business-succession"
  if (/共同(?:して)?利用/u.test(plain)) return "joint-use"
  if (/同意/u.test(plain) && !/困難/u.test(plain)) return "consent"
  if (/公開|公表された/u.test(plain)) return "public-information"
  if (/法令.{0,20}(?:認められ|許容|許され)/u.test(plain)) return "other-law"
  if (/業務(?:遂行)?上.{0,20}必要|取引/u.test(plain)) return "business-necessity"
  return undefined
}

/** The case named inside a sentence before を除き: 「法令の規定…による場合を除き」. */
const inlineCase = (text: string): string | undefined => /(?:^|[、,])([^、,。]*?(?:場合|とき))を除き/u.exec(text)?.[1]

const NO_OPT_OUT = /オプトアウト.{0,20}(?:行いません|行っておりません|いたしません|しません|行うことはありません)/u

const provisionSection = (ctx: Context): Json => ctx.draft.section<Json>("thirdPartyProvision", () => ({ consentRequired: true, exceptions: [] }))

/** @since 0.3.0 */
export const buildProvision = (ctx: Context): void => {
  const provisionRegions: ReadonlyArray<Region> = ctx.regions.filter((r) => r.concept === "thirdPartyProvision" || r.concept === "optOut" || r.concept === "foreignTransfer")
  if (provisionRegions.length === 0) return
  const out = provisionSection(ctx)
  const exceptions = out["exceptions"] as Array<{ id: string; wording?: Text }>
  const text = (): Array<Text> => {
    const list = (out["text"] as Array<Text> | undefined) ?? []
    out["text"] = list
    return list
  }
  const grounds = (): Array<Json> => {
    const list = (out["otherGrounds"] as Array<Json> | undefined) ?? []
    out["otherGrounds"] = list
    return list
  }
  let lastProvision: Json | undefined
  for (const region of provisionRegions) {
    consumeHeading(ctx, region.concept, region.root)
    // 「オプトアウトによる第三者提供は行いません」 is the absence of opt-out, not an opt-out.
    const refuses = region.concept === "optOut" && region.nodes.some((n) => NO_OPT_OUT.test(n.text))
    if (region.concept === "optOut" && out["optOut"] === undefined && !refuses) {
      optOutSection(ctx, out, region)
      continue
    }
    const inRegion = new Set(region.nodes)
    for (const n of region.nodes) {
      if (!isFree(ctx, n)) continue
      if (isHeading(n)) {
        ctx.draft.place(region.concept, ["thirdPartyProvision"], n.parts, "medium")
        continue
      }
      const parentIntro = n.parent !== undefined && inRegion.has(n.parent) && (INTRO.test(n.parent.text) || n.parent.type === "para")
      const isGround = n.type === "item" && ((parentIntro && !isHeading(n.parent!)) || namesCase(n.text)) && !(n.parent?.type === "item" && !INTRO.test(n.parent.text) && n.parent.parent !== undefined && inRegion.has(n.parent.parent) && !isHeading(n.parent.parent) && n.parent.marker?.kind !== n.marker?.kind && isGroundItem(n.parent, inRegion))
      if (isGround) {
        ground(ctx, out, n, exceptions, grounds)
        continue
      }
      if (n.type === "item" && n.parent !== undefined && inRegion.has(n.parent) && n.parent.type === "item" && !ctx.draft.isPlaced(n.parts[0]!)) {
        // A sub-item of a ground that was not taken with it: leave it for the clauses.
        if (isGroundItem(n.parent, inRegion)) continue
      }
      const body = freeText(ctx, n)
      // 特定個人情報 (My Number) has its own rule (番号法19条).
      if (/特定個人情報|個人番号/u.test(body) && /提供/u.test(body) && out["myNumber"] === undefined && !/個人情報及び特定個人情報|個人情報・特定個人情報/u.test(body)) {
        out["myNumber"] = ja(body)
        put(ctx, "thirdPartyProvision", ["thirdPartyProvision", "myNumber", "ja"], n, "high")
        continue
      }
      // A provision made with consent to named partners (広告配信 … のために、同意の上、提携先に提供).
      if (/同意の上|同意を得て|同意いただいた上|同意のうえ/u.test(body) && /提供/u.test(body)) {
        lastProvision = consentProvision(ctx, out, n, body)
        continue
      }
      if (lastProvision !== undefined && /^(?:また|さらに)[、,]/u.test(body) && /提供/u.test(body) && /提携先|提供先|パートナー/u.test(body)) {
        const items = /(?:お客様|ご本人|本人|利用者)の(.{2,80}?)を[、,]/u.exec(body)?.[1]
        const provisions = out["provisions"] as Array<Json>
        const index = provisions.indexOf(lastProvision)
        if (items !== undefined && lastProvision["items"] === undefined) lastProvision["items"] = items.split(/[、・,]/u).map((t) => ja(t))
        const list = lastProvision["text"] as Array<Text>
        pushText(ctx, "thirdPartyProvision", list, ["thirdPartyProvision", "provisions", index, "text"], n, "medium")
        continue
      }
      lastProvision = undefined
      if (NO_OPT_OUT.test(body)) {
        out["usesOptOut"] = false
        ctx.draft.cite("optOut", ["thirdPartyProvision", "usesOptOut"], n.parts, "high")
      }
      const index = pushText(ctx, "thirdPartyProvision", text(), ["thirdPartyProvision", "text"], n, "high")
      if (/同意|承諾/u.test(body)) ctx.draft.place("thirdPartyProvision", ["thirdPartyProvision", "consentRequired"], n.parts, "high")
      if (/外国/u.test(body) && /提供/u.test(body)) ctx.draft.place("thirdPartyProvision", ["thirdPartyProvision", "text", index, "ja"], n.parts, "medium")
      // 「法令の規定…による場合を除き」: an exception named inside the sentence.
      const named = inlineCase(body)
      const item = named === undefined ? undefined : matchCatalog(PROVISION_EXCEPTIONS, named)
      if (named !== undefined && item !== undefined && !exceptions.some((e) => e.id === item.id)) {
        const wording = wordingIfDifferent(named, item.statute)
        const at = exceptions.push(wording === undefined ? { id: item.id } : { id: item.id, wording: ja(wording) }) - 1
        ctx.draft.place("thirdPartyProvision", ["thirdPartyProvision", "exceptions", at, "id"], n.parts, "medium")
      }
    }
  }
}

const isGroundItem = (n: Node, inRegion: ReadonlySet<Node>): boolean =>
  n.type === "item" && n.parent !== undefined && inRegion.has(n.parent) && (INTRO.test(n.parent.text) || namesCase(n.text))

const ground = (ctx: Context, out: Json, n: Node, exceptions: Array<{ id: string; wording?: Text }>, grounds: () => Array<Json>): void => {
  const text = freeText(ctx, n)
  const kind = groundKind(text)
  const subItems = descendants(n).filter((d) => d.type === "item" && isFree(ctx, d))
  if (kind === undefined) return
  if (kind === "reference") {
    out["exceptionsReference"] = ja(text)
    put(ctx, "thirdPartyProvision", ["thirdPartyProvision", "exceptionsReference", "ja"], n, "medium")
    return
  }
  if (kind === "exception") {
    catalogRefs(ctx, "thirdPartyProvision", PROVISION_EXCEPTIONS, [n], ["thirdPartyProvision", "exceptions"], exceptions as Array<{ id: (typeof PROVISION_EXCEPTIONS)[number]["id"]; wording?: Text }>)
    return
  }
  if (kind === "opt-out") {
    optOut(ctx, out, n, text, subItems)
    return
  }
  const list = grounds()
  const entry: Json = { id: ctx.draft.id("ground", kind), kind, text: ja(text) }
  if (subItems.length > 0) entry["items"] = subItems.map((s) => ja(s.text))
  const index = list.push(entry) - 1
  put(ctx, "thirdPartyProvision", ["thirdPartyProvision", "otherGrounds", index, "kind"], n, kind === "business-necessity" || kind === "public-information" ? "medium" : "high")
  subItems.forEach((s, i) => put(ctx, "thirdPartyProvision", ["thirdPartyProvision", "otherGrounds", index, "items", i, "ja"], s, "high"))
}

/** Opt-out (27(2)): a statement of when it would be used (the law's condition), or the items of an opt-out the operator runs. */
const optOut = (ctx: Context, out: Json, n: Node, text: string, subItems: ReadonlyArray<Node>): void => {
  const entry: Json = { categories: "all" }
  const conditional = /場合であって|ときは|とき[。.]?$/u.test(text)
  if (conditional) entry["conditional"] = true
  entry["condition"] = ja(text)
  for (const item of subItems) {
    const field = OPT_OUT_ITEMS.find(({ matches }) => matches.test(item.text))?.field
    if (field === "provisionIsPurpose" || field === "stopOnRequest") entry[field] = true
  }
  if (subItems.length > 0) entry["itemsAsPublished"] = subItems.map((s) => ja(s.text))
  out["optOut"] = entry
  put(ctx, "optOut", ["thirdPartyProvision", "optOut", "condition", "ja"], n, "medium")
  subItems.forEach((s, i) => put(ctx, "optOut", ["thirdPartyProvision", "optOut", "itemsAsPublished", i, "ja"], s, "high"))
}

/** An opt-out section (27(2)): the operator's statement and the statutory items, each read into its field. */
const optOutSection = (ctx: Context, out: Json, region: Region): void => {
  const entry: Json = { categories: "all" }
  const published: Array<Text> = []
  const base = ["thirdPartyProvision", "optOut"]
  for (const n of region.nodes) {
    if (!isFree(ctx, n) || isHeading(n)) continue
    const text = freeText(ctx, n)
    const field = n.type === "item" ? OPT_OUT_ITEMS.find(({ matches }) => matches.test(text))?.field : undefined
    if (field === undefined) {
      if (entry["condition"] === undefined) {
        entry["condition"] = ja(text)
        if (/場合であって|ときは|とき[。.]?$/u.test(text)) entry["conditional"] = true
        put(ctx, "optOut", [...base, "condition", "ja"], n, "medium")
      } else pushText(ctx, "optOut", published, [...base, "itemsAsPublished"], n, "medium")
      continue
    }
    const value = /[:：](.+)$/u.exec(text)?.[1]?.trim()
    if (field === "provisionIsPurpose" || field === "stopOnRequest") entry[field] = true
    else if (field === "items" && value !== undefined) entry["items"] = value.split(/[、,，]/u).map((t) => ja(t))
    else if (field === "startDate") {
      const date = datesIn(text)[0]
      if (date !== undefined) entry["startDate"] = date.iso
    } else if (value !== undefined) entry[field] = ja(value)
    pushText(ctx, "optOut", published, [...base, "itemsAsPublished"], n, "high")
    ctx.draft.cite("optOut", [...base, field], n.parts, "high")
  }
  if (published.length > 0) entry["itemsAsPublished"] = published
  out["optOut"] = entry
}

/** A provision to partners with the person's consent: what for, what data, abroad or not. */
const consentProvision = (ctx: Context, out: Json, n: Node, body: string): Json => {
  const provisions = (out["provisions"] as Array<Json> | undefined) ?? []
  out["provisions"] = provisions
  const purposes = /(?:^|[、,])([^、,。]{2,40}(?:[、,][^、,。]{1,20}){0,6}?)(?:を行う|の)?ために[、,]/u.exec(body.replace(/^当社は[、,]/u, ""))?.[1]
  const heading = n.parent !== undefined && isHeading(n.parent) ? n.parent : undefined
  const entry: Json = { id: ctx.draft.id("provision", `provision-${provisions.length + 1}`) }
  if (heading !== undefined && provisions.length === 0) entry["title"] = ja(heading.text, heading.en)
  entry["basis"] = "consent"
  entry["categories"] = "all"
  entry["purposes"] = purposes === undefined ? [] : purposes.replace(/(?:を行う|を実施する|の)$/u, "").split(/[、,]/u).map((t) => ja(t))
  entry["recipients"] = []
  if (/外国/u.test(body)) entry["mayIncludeForeignRecipients"] = true
  entry["text"] = []
  const index = provisions.push(entry) - 1
  pushText(ctx, "thirdPartyProvision", entry["text"] as Array<Text>, ["thirdPartyProvision", "provisions", index, "text"], n, "medium")
  ctx.draft.place("thirdPartyProvision", ["thirdPartyProvision", "provisions", index, "basis"], n.parts, "medium")
  return entry
}

/** An exceptions list cited from the 18(3) list (「上記…各号に該当する場合」) takes its common items ①–④. @since 0.3.0 */
export const resolveExceptionsReference = (ctx: Context): void => {
  const out = ctx.draft.doc["thirdPartyProvision"] as Json | undefined
  const use = ctx.draft.doc["useBeyondPurpose"] as Json | undefined
  if (out === undefined || out["exceptionsReference"] === undefined || use === undefined) return
  const exceptions = out["exceptions"] as Array<{ id: string }>
  for (const ref of use["exceptions"] as Array<{ id: string }>) {
    if ((COMMON_EXCEPTION_IDS as ReadonlyArray<string>).includes(ref.id) && !exceptions.some((e) => e.id === ref.id)) {
      exceptions.push({ id: ref.id })
      ctx.draft.place("thirdPartyProvision", ["thirdPartyProvision", "exceptions", exceptions.length - 1, "id"], [], "medium")
    }
  }
}

/** Joint use (27(5)(iii)): the five items, each under its own heading or numbered entry. @since 0.3.0 */
export const buildJointUse = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "jointUse")) {
    consumeHeading(ctx, "jointUse", region.root)
    const jointUses = ctx.draft.list<Json>("jointUses")
    const index = jointUses.length
    const entry: Json = { id: ctx.draft.id("joint-use", "joint-use") }
    const items: Array<Text> = []
    const users: Array<Json> = []
    const purposesText: Array<Text> = []
    let responsible: Json | undefined
    let acquisition: Text | undefined
    const base = ["jointUses", index]
    const inRegion = new Set(region.nodes)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || (n === region.root && isHeading(n))) continue
      const field = (n.type === "item" || isHeading(n)) && n.text.length <= 60 ? JOINT_USE_ITEMS.find(({ matches }) => matches.test(n.text))?.field : undefined
      if (field === undefined) {
        if (n.parent !== undefined && inRegion.has(n.parent) && JOINT_USE_ITEMS.some(({ matches }) => n.parent!.text.length <= 60 && matches.test(n.parent!.text)) && n.parent !== region.root) continue
        if (entry["text"] === undefined && (n.type === "para" || n === region.root)) {
          entry["text"] = ja(freeText(ctx, n))
          put(ctx, "jointUse", [...base, "text", "ja"], n, "high")
        }
        continue
      }
      const values = descendants(n).filter((d) => d.type !== "table" && d.text !== "" && isFree(ctx, d))
      // 「■共同して利用する者の範囲：グループ各社」: the value on the item's own line.
      const inline = /^[^:：]{2,40}[:：](.+)$/u.exec(n.text)?.[1]?.trim()
      const texts: ReadonlyArray<Node> = values.length > 0 ? values : inline === undefined ? [] : [{ ...n, text: inline, children: [] }]
      if (values.length > 0 || inline === undefined) put(ctx, "jointUse", base, n, "high")
      if (field === "items") {
        for (const v of texts) pushText(ctx, "jointUse", items, [...base, "items"], v, "high")
      } else if (field === "users") {
        for (const v of texts) {
          const names = v.text.split(/[、,]/u).map((t) => tidy(t)).filter((t) => t !== "")
          for (const name of names) users.push({ id: ctx.draft.id("joint-user", companyIn(name)?.normalize("NFKC").match(/[A-Za-z0-9]+/gu)?.join("-") ?? "joint-user"), name: ja(name) })
          put(ctx, "jointUse", [...base, "users", users.length - 1, "name", "ja"], v, "high")
        }
      } else if (field === "purposes") {
        for (const v of texts) pushText(ctx, "jointUse", purposesText, [...base, "purposesText"], v, "high")
      } else if (field === "acquisitionMethod") {
        const v = texts[0]
        if (v !== undefined) {
          acquisition = ja(v.text)
          put(ctx, "jointUse", [...base, "acquisitionMethod", "ja"], v, "high")
        }
      } else {
        responsible = responsibleParty(ctx, texts, base)
      }
    }
    entry["categories"] = "all"
    entry["items"] = items
    entry["users"] = users
    if (isHeading(region.root)) entry["title"] = ja(region.root.text, region.root.en)
    // The joint users' purposes are the operator's own where the policy refers to them (「第3条に記載の目的」).
    if (purposesText.some((p) => /第[0-9０-９]+条|上記|前記|当社の利用目的|利用目的に記載|に記載の(?:利用)?目的|と同じ/u.test(p.ja))) entry["purposes"] = "all"
    if (purposesText.length > 0) entry["purposesText"] = purposesText
    if (responsible === undefined) {
      responsible = { name: ja(MISSING) }
      ctx.draft.missing("jointUse", [...base, "responsibleParties", 0, "name", "ja"])
    }
    entry["responsibleParties"] = [{ id: ctx.draft.id("responsible-party", "responsible-party"), ...responsible }]
    if (acquisition !== undefined) entry["acquisitionMethod"] = acquisition
    jointUses.push(entry)
  }
}

const responsibleParty = (ctx: Context, nodes: ReadonlyArray<Node>, base: ReadonlyArray<string | number>): Json | undefined => {
  let name: string | undefined
  let address: Json | undefined
  const representatives: Array<Json> = []
  for (const v of nodes) {
    for (const part of v.parts) {
      const line = tidy((v.parts.length === 1 ? v.text : part.text).replace(/^[\s・•\-]+/u, ""))
      const postal = postalCodesIn(line)[0]
      if (postal !== undefined) {
        address = { postalCode: postal.postalCode, ja: postal.address === "" ? MISSING : postal.address }
        ctx.draft.place("jointUse", [...base, "responsibleParties", 0, "address", "ja"], [part], "high")
        continue
      }
      if (looksLikeAddress(line) && companyIn(line) === undefined) {
        address = { ja: line }
        ctx.draft.place("jointUse", [...base, "responsibleParties", 0, "address", "ja"], [part], "medium")
        continue
      }
      const company = companyIn(line)
      if (company !== undefined) {
        name ??= company
        for (const r of representativesIn(line)) representatives.push(r.name === undefined ? { title: ja(r.title) } : { title: ja(r.title), name: ja(r.name) })
        ctx.draft.place("jointUse", [...base, "responsibleParties", 0, "name", "ja"], [part], "high")
      }
    }
  }
  if (name === undefined) return undefined
  const out: Json = { name: ja(name) }
  if (address !== undefined) out["address"] = address
  if (representatives.length > 0) out["representatives"] = representatives
  return out
}

/** Outsourcing (25条): whether, within the purposes, how outsourcees are chosen, bound and supervised, and work done for clients. @since 0.3.0 */
export const buildOutsourcing = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "outsourcing")) {
    const out = ctx.draft.section<Json>("outsourcing", () => ({ used: true }))
    consumeHeading(ctx, "outsourcing", region.root)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || (n === region.root && isHeading(n))) continue
      if (isHeading(n)) {
        const field = /選定|基準/u.test(n.text) ? "selectionCriteria" : /契約|条項/u.test(n.text) ? "contractClauses" : /監督|管理/u.test(n.text) ? "supervision" : undefined
        if (field !== undefined) {
          const list = (out[field] as Array<Text> | undefined) ?? []
          out[field] = list
          put(ctx, "outsourcing", ["outsourcing", field], n, "high")
          for (const item of descendants(n)) if (item.type !== "table" && isFree(ctx, item)) pushText(ctx, "outsourcing", list, ["outsourcing", field], item, "high")
        }
        continue
      }
      const body = freeText(ctx, n)
      if (/委託(?:し|いたし)ません|委託することはありません|委託は行いません/u.test(body)) out["used"] = false
      if (/利用目的の達成(?:に必要な範囲|の範囲内|のため)|利用目的の範囲/u.test(body)) {
        out["withinPurposes"] = true
        ctx.draft.place("outsourcing", ["outsourcing", "withinPurposes"], n.parts, "medium")
      }
      // 「シンガポールにあるクラウド事業者に…委託」: an outsourcee abroad (28条).
      const abroad = countriesIn(body)
      const entrustee = abroad.length === 1 ? /([^、。]{2,40}?にある[^、。]{2,30}?)に(?:[^、。]{0,20}を)?(?:業務)?委託/u.exec(body)?.[1] : undefined
      if (entrustee !== undefined) {
        const list = (out["entrustees"] as Array<Json> | undefined) ?? []
        out["entrustees"] = list
        list.push({ id: ctx.draft.id("entrustee", `entrustee-${list.length + 1}`), name: ja(entrustee), country: abroad[0] })
        ctx.draft.cite("outsourcing", ["outsourcing", "entrustees", list.length - 1, "country"], n.parts, "medium")
      }
      const field = /受託(?:する|した)場合|委託元/u.test(body) ? "asContractor" : "text"
      const list = (out[field] as Array<Text> | undefined) ?? []
      out[field] = list
      pushText(ctx, "outsourcing", list, ["outsourcing", field], n, "high")
    }
    ctx.draft.place("outsourcing", ["outsourcing", "used"], region.root.parts, "high")
  }
}
