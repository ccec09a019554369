/**
 * Requests (開示等の請求, 32–39条): the kinds accepted, how one is made
 * (channels, forms, steps), identity verification (37条2項), the response
 * time, the 33(2) grounds for refusing disclosure; and fees (38条): amount,
 * 税込, 実費, per request or per item, how paid (切手, 郵便小為替, 振込 …),
 * read from any sentence that speaks of a 手数料.
 *
 * @since 0.3.0
 */
import type { Text } from "../draft.ts"
import { amountsIn } from "../extract.ts"
import { descendants, isHeading, type Node } from "../parse.ts"
import { sentences } from "../text.ts"
import { DISCLOSURE_REFUSAL_GROUNDS, matchCatalog, PAYMENT_METHODS, requestKindsIn, wordingIfDifferent } from "../vocabulary.ts"
import { consumeHeading, type Context, freeText, isFree, itemsOf, ja, put, pushText, regionsOf } from "./common.ts"

type Json = Record<string, unknown>

const REFUSAL = /お断り|応じられない|お応えできない|開示(?:を)?(?:行わ|し)ない|開示しないこと|拒否/u
const CHANNELS: ReadonlyArray<[string, RegExp]> = [
  ["post", /郵送|郵便|書留/u],
  ["email", /メール|e-?mail/iu],
  ["phone", /電話/u],
  ["web-form", /フォーム|ウェブサイト上|webサイト上/iu],
  ["in-person", /来社|来店|持参|窓口にご来/u]
]
const FEE_KINDS = new Set(["purpose-notification", "disclosure", "provision-record-disclosure"])

const requestsSection = (ctx: Context): Json => ctx.draft.section<Json>("requests", () => ({ kinds: [] }))
const listAt = <T>(out: Json, key: string): Array<T> => {
  const list = (out[key] as Array<T> | undefined) ?? []
  out[key] = list
  return list
}

/** @since 0.3.0 */
export const buildRequests = (ctx: Context): void => {
  const regions = [...regionsOf(ctx, "requests"), ...regionsOf(ctx, "identityVerification")]
  if (regions.length === 0) return
  const out = requestsSection(ctx)
  const kinds = new Set<string>()
  const channels = new Set<string>()
  for (const region of regions) {
    consumeHeading(ctx, "requests", region.root)
    const inRegion = new Set(region.nodes)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || isHeading(n)) {
        if (isHeading(n) && n !== region.root) put(ctx, "requests", ["requests"], n, "medium")
        if (n.type !== "table") continue
      }
      const text = freeText(ctx, n)
      requestKindsIn(text).forEach((kind) => kinds.add(kind))
      for (const [channel, pattern] of CHANNELS) if (pattern.test(text) && /請求|ご連絡|受け付け|承って|提出|ご郵送|郵送/u.test(text)) channels.add(channel)
      // The 33(2) grounds: listed under a sentence that refuses, or each a sentence that refuses.
      const parent = n.parent
      const underRefusal = parent !== undefined && inRegion.has(parent) && REFUSAL.test(parent.text) && n.type === "item"
      const ground = matchCatalog(DISCLOSURE_REFUSAL_GROUNDS, text)
      if ((underRefusal || (REFUSAL.test(text) && n.type === "item" && itemsOf(n).length === 0)) && ground !== undefined) {
        const grounds = listAt<{ id: string; wording?: Text }>(out, "refusalGrounds")
        if (!grounds.some((g) => g.id === ground.id)) {
          const wording = wordingIfDifferent(text, ground.statute)
          grounds.push(wording === undefined ? { id: ground.id } : { id: ground.id, wording: ja(wording) })
          put(ctx, "requests", ["requests", "refusalGrounds", grounds.length - 1, "id"], n, "high")
          continue
        }
      }
      if (REFUSAL.test(text) && itemsOf(n).length > 0 && out["refusalText"] === undefined) {
        out["refusalText"] = ja(text)
        put(ctx, "requests", ["requests", "refusalText", "ja"], n, "high")
        continue
      }
      // Identity: who may ask, and how they are verified.
      if (/本人確認|ご本人(?:様)?(?:又は|または)?(?:その)?(?:代理人)?であること|ご請求であることを確認/u.test(text) || /代理人/u.test(text)) identity(ctx, out, n, text)
      if (/確認(?:が)?できない場合/u.test(text) && out["unverified"] === undefined) {
        out["unverified"] = ja(text)
        put(ctx, "requests", ["requests", "unverified", "ja"], n, "high")
        continue
      }
      const days = /([0-9０-９]+)\s*日以内/u.exec(text.normalize("NFKC"))
      if ((days !== null || /合理的な期間|遅滞なく回答|期間内に/u.test(text)) && out["responseTime"] === undefined && !/手数料/u.test(text)) {
        out["responseTime"] = days === null ? { text: ja(text) } : { days: Math.min(365, Math.max(1, Number(days[1]))), text: ja(text) }
        put(ctx, "requests", ["requests", "responseTime", "text", "ja"], n, "high")
        if (n.type === "para" && n.parent?.type === "item" && inRegion.has(n.parent)) continue
      }
      const form = [...text.matchAll(/「([^」]{2,30}(?:請求書|申請書|申込書|依頼書|届))」/gu)].map((m) => m[1]!)
      if (form.length > 0) {
        const forms = listAt<Text>(out, "forms")
        for (const name of form) if (!forms.some((f) => f.ja === name)) forms.push(ja(name))
      }
      // A step of the procedure: an item with its explanation under it (請求窓口への連絡 / 電話またはメールにて…).
      const explanation = n.children.find((c) => c.type === "para" && isFree(ctx, c))
      if (n.type === "item" && explanation !== undefined && n.text.length <= 30) {
        const steps = listAt<Json>(out, "procedure")
        steps.push({ title: ja(n.text), text: ja(explanation.text) })
        put(ctx, "requests", ["requests", "procedure", steps.length - 1, "title", "ja"], n, "high")
        put(ctx, "requests", ["requests", "procedure", steps.length - 1, "text", "ja"], explanation, "high")
        for (const [channel, pattern] of CHANNELS) if (pattern.test(explanation.text)) channels.add(channel)
        requestKindsIn(explanation.text).forEach((kind) => kinds.add(kind))
        continue
      }
      if (n.type === "para" && n.parent?.type === "item" && !isFree(ctx, n.parent)) continue
      // An item naming one kind of request (開示:保有している個人情報の開示) is how that kind is handled.
      const own = requestKindsIn(text)
      if (n.type === "item" && own.length === 1 && itemsOf(n).length === 0 && n.parent !== undefined && itemsOf(n.parent).length >= 3) {
        const handling = listAt<Json>(out, "handling")
        if (!handling.some((h) => h["kind"] === own[0])) {
          handling.push({ kind: own[0], text: [ja(text)] })
          put(ctx, "requests", ["requests", "handling", handling.length - 1, "text", 0, "ja"], n, "high")
          continue
        }
      }
      if (n.type === "item" && n.parent !== undefined && inRegion.has(n.parent) && n.parent !== region.root && !isHeading(n.parent) && ctx.draft.isPlaced(n.parent.parts[0]!)) {
        pushText(ctx, "requests", listAt<Text>(out, "notes"), ["requests", "notes"], n, "medium")
        continue
      }
      if (n.type === "item" && n.parent !== undefined && isHeading(n.parent) && n.parent !== region.root && /注意|留意|その他/u.test(n.parent.text)) {
        pushText(ctx, "requests", listAt<Text>(out, "notes"), ["requests", "notes"], n, "medium")
        continue
      }
      pushText(ctx, "requests", listAt<Text>(out, "text"), ["requests", "text"], n, "high")
    }
  }
  // The kinds a requests section names in its heading or anywhere under it (a sentence there may belong to the contact window).
  for (const region of regions) {
    for (const n of [region.root, ...descendants(region.root)]) {
      const concept = ctx.concepts.get(n)
      if (n.type !== "table" && (concept === "requests" || concept === "contactWindows" || concept === "identityVerification")) requestKindsIn(n.text).forEach((kind) => kinds.add(kind))
    }
  }
  out["kinds"] = ["purpose-notification", "disclosure", "provision-record-disclosure", "correction", "use-stop", "provision-stop"].filter((kind) => kinds.has(kind))
  ctx.draft.place("requests", ["requests", "kinds"], regions.flatMap((r) => r.nodes.flatMap((n) => n.parts)).slice(0, 1), "medium")
  if (channels.size > 0) {
    const submission = (out["submission"] as Json | undefined) ?? {}
    submission["channels"] = ["post", "email", "phone", "web-form", "in-person"].filter((c) => channels.has(c))
    out["submission"] = { channels: submission["channels"], ...(out["submission"] as Json | undefined) }
  }
}

const identity = (ctx: Context, out: Json, n: Node, text: string): void => {
  const add = (requester: string, documents?: ReadonlyArray<string>): void => {
    const list = listAt<Json>(out, "identity")
    const existing = list.find((entry) => entry["requester"] === requester)
    if (existing !== undefined) {
      if (documents !== undefined && existing["documents"] === undefined) existing["documents"] = documents.map((d) => ja(d))
      return
    }
    list.push(documents === undefined ? { requester } : { requester, documents: documents.map((d) => ja(d)) })
    ctx.draft.place("identityVerification", ["requests", "identity", list.length - 1, "requester"], n.parts, "medium")
  }
  const documents = [...text.matchAll(/(本人確認書類|委任状(?:等)?|運転免許証|パスポート|健康保険(?:証|の被保険者証)|印鑑証明書|住民票|戸籍謄本)/gu)].map((m) => m[1]!)
  if (/法定代理人/u.test(text)) add("legal-representative")
  if (/任意代理人|委任による代理人/u.test(text)) add("appointed-agent")
  if (/代理人/u.test(text) && !/法定代理人|任意代理人/u.test(text)) add("any-agent", documents.filter((d) => /委任状/u.test(d)).length > 0 ? documents.filter((d) => /委任状/u.test(d)) : undefined)
  if (/本人/u.test(text) && !/^代理人/u.test(text)) add("person", documents.filter((d) => !/委任状/u.test(d)).length > 0 ? documents.filter((d) => !/委任状/u.test(d)) : undefined)
  if (out["verification"] === undefined && /確認(?:します|いたします|させていただきます)[。]?$/u.test(text)) {
    out["verification"] = ja(text)
    ctx.draft.place("identityVerification", ["requests", "verification", "ja"], n.parts, "high")
  }
}

/** Fees (38条): every sentence that names a 手数料 with an amount (or 実費, or 無料). @since 0.3.0 */
export const buildFees = (ctx: Context, root: Node): void => {
  const fees: Array<Json> = []
  const seen = new Set<Node>()
  for (const n of descendants(root)) {
    if ((n.type !== "para" && n.type !== "item") || seen.has(n)) continue
    const all = sentences(n.text)
    const index = all.findIndex((s) => /手数料/u.test(s) && (amountsIn(s).length > 0 || /実費|無料|無償/u.test(s)))
    if (index < 0) continue
    seen.add(n)
    const sentence = all[index]!
    const rest = all.slice(index + 1).filter((s) => PAYMENT_METHODS.some(({ matches }) => matches.test(s)) || /郵送|同封|振込/u.test(s))
    const amount = amountsIn(sentence)[0]
    const kinds = requestKindsIn(sentence).filter((kind) => FEE_KINDS.has(kind))
    const payment = PAYMENT_METHODS.filter(({ matches }) => matches.test([sentence, ...rest].join(""))).map(({ method }) => method)
    const fee: Json = { id: ctx.draft.id("fee", `${kinds[0] ?? "disclosure"}-fee`), kinds: kinds.length > 0 ? kinds : ["disclosure"] }
    if (amount !== undefined) fee["amount"] = amount.yen
    if (amount?.taxIncluded === true) fee["taxIncluded"] = true
    if (/実費/u.test(sentence)) fee["actualCost"] = true
    if (/[1１一]件(?:あたり|につき|ごと)/u.test(sentence)) fee["unit"] = "per-item"
    else if (/[1１一]回|(?:ご)?請求ごと|[1１一]請求|[1１一]申請/u.test(sentence)) fee["unit"] = "per-request"
    if (payment.length > 0) fee["paymentMethods"] = payment
    fee["text"] = [ja(sentence), ...rest.map((s) => ja(s))]
    const at = fees.push(fee) - 1
    ctx.draft.cite("fees", ["fees", at, "kinds"], n.parts, kinds.length > 0 ? "high" : "low")
    if (amount !== undefined) ctx.draft.cite("fees", ["fees", at, "amount"], n.parts, "high")
  }
  if (fees.length > 0) ctx.draft.doc["fees"] = fees
  // A fees section's own sentences are placed with the fees; others stay with their sections.
  for (const region of regionsOf(ctx, "fees")) {
    consumeHeading(ctx, "fees", region.root)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || isHeading(n)) continue
      const fee = fees.find((f) => (f["text"] as Array<Text>).some((t) => n.text.includes(t.ja)))
      if (fee !== undefined) ctx.draft.place("fees", ["fees", fees.indexOf(fee), "text", 0, "ja"], n.parts, "high")
      else if (fees.length > 0) {
        const text = fees[fees.length - 1]!["text"] as Array<Text>
        text.push(ja(freeText(ctx, n)))
        put(ctx, "fees", ["fees", fees.length - 1, "text", text.length - 1, "ja"], n, "medium")
      }
    }
  }
}
