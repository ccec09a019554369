/**
 * The remaining concepts: the basic policy (基本方針), security measures in
 * the categories of the PPC guidelines (23条・令10条1号), retention,
 * cookies, logs and data received from or sent to others (31条, 外部送信),
 * and changes to the policy itself.
 *
 * @since 0.3.0
 */
import type { Text } from "../draft.ts"
import { descendants, isHeading, type Node } from "../parse.ts"
import type { Concept } from "../rules.ts"
import { sentences, tidy } from "../text.ts"
import { countriesIn, SECURITY_CATEGORIES } from "../vocabulary.ts"
import { consumeHeading, type Context, freeText, isFree, ja, put, pushText, regionsOf } from "./common.ts"
import { DRAFT_WORDS } from "../draftWords.ts"

type Json = Record<string, unknown>

const listAt = <T>(out: Json, key: string): Array<T> => {
  const list = (out[key] as Array<T> | undefined) ?? []
  out[key] = list
  return list
}

const PRINCIPLE_KINDS: ReadonlyArray<[string, RegExp]> = [
  ["incident-response", /事故|漏えい等|漏洩等|発生した場合/u],
  ["management-system", /マネジメントシステム|管理責任者|責任と権限/u],
  ["continuous-improvement", /継続的|見直し|改善/u],
  ["training", /教育|研修/u],
  ["law-compliance", /遵守|法令/u],
  ["security", /安全|不正アクセス|漏えい|漏洩|紛失|改ざん|セキュリティ|管理/u],
  ["rights-handling", /開示|訂正|苦情|相談|窓口/u],
  ["proper-acquisition-and-use", /取得|利用/u]
]
const principleKind = (text: string): string => PRINCIPLE_KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? "other"

/** The basic policy: a statement, its title and intro, and its commitments. @since 0.3.0 */
export const buildPrinciples = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "principles")) {
    const out = ctx.draft.section<Json>("principles", () => ({ items: [] }))
    const items = out["items"] as Array<Json>
    const addItem = (title: Node | undefined, body: ReadonlyArray<Node>): void => {
      const text = body.map((n) => freeText(ctx, n)).join("")
      if (text === "" && title === undefined) return
      const kind = principleKind(`${title?.text ?? ""}${text}`)
      const entry: Json = { id: ctx.draft.id("principle", kind === "other" ? `principle-${items.length + 1}` : kind), kind }
      if (title !== undefined) entry["title"] = ja(title.text, title.en)
      entry["text"] = ja(text === "" ? title!.text : text)
      const index = items.push(entry) - 1
      if (title !== undefined) put(ctx, "principles", ["principles", "items", index, "title", "ja"], title, "high")
      body.forEach((n) => put(ctx, "principles", ["principles", "items", index, "text", "ja"], n, "high"))
    }
    const root = region.root
    const subHeadings = region.nodes.filter((n) => isHeading(n) && n !== root)
    if (isHeading(root) && subHeadings.length > 0) {
      // 1. 基本方針 / 1.1 法令遵守 …: a title, an intro, and one commitment per sub-heading.
      if (out["title"] === undefined) {
        out["title"] = ja(root.text, root.en)
        put(ctx, "principles", ["principles", "title", "ja"], root, "high")
      }
      for (const n of root.children) {
        if (n.type === "para" && isFree(ctx, n) && ctx.concepts.get(n) === "principles") pushText(ctx, "principles", listAt<Text>(out, "intro"), ["principles", "intro"], n, "high")
      }
      for (const h of subHeadings) addItem(h, h.children.filter((c) => !isHeading(c) && ctx.concepts.get(c) === "principles"))
    } else if (isHeading(root)) {
      const body = region.nodes.filter((n) => n !== root && isFree(ctx, n) && !isHeading(n))
      // 第1条 個人情報保護方針 / (statement): the policy's own statement heads the basic policy.
      if (/方針|宣言|ポリシー/u.test(root.text) && out["title"] === undefined && items.length === 0) {
        out["title"] = ja(root.text, root.en)
        put(ctx, "principles", ["principles", "title", "ja"], root, "high")
        for (const n of body) pushText(ctx, "principles", listAt<Text>(out, "intro"), ["principles", "intro"], n, "high")
      } else addItem(root, body)
    } else {
      for (const n of region.nodes) if (isFree(ctx, n) && !isHeading(n)) addItem(undefined, [n])
    }
    for (const n of region.nodes) if (isFree(ctx, n) && !isHeading(n)) addItem(undefined, [n])
  }
}

/** Security measures: the PPC guidelines' categories under their headings, the rest as text. @since 0.3.0 */
export const buildSecurity = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "securityMeasures")) {
    const out = ctx.draft.section<Json>("securityMeasures", () => ({}))
    consumeHeading(ctx, "securityMeasures", region.root)
    let field: (typeof SECURITY_CATEGORIES)[number]["field"] | undefined
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || (n === region.root && isHeading(n))) continue
      if (isHeading(n)) {
        field = SECURITY_CATEGORIES.find(({ matches }) => matches.test(n.text))?.field
        put(ctx, "securityMeasures", ["securityMeasures", field ?? "text"], n, "high")
        continue
      }
      const body = freeText(ctx, n)
      if (field === "externalEnvironment") {
        const env = (out["externalEnvironment"] as Json | undefined) ?? { countries: [] }
        out["externalEnvironment"] = env
        const countries = env["countries"] as Array<string>
        for (const c of countriesIn(body)) if (!countries.includes(c)) countries.push(c)
        pushText(ctx, "securityMeasures", listAt<Text>(env, "text"), ["securityMeasures", "externalEnvironment", "text"], n, "high")
        continue
      }
      if (field !== undefined) {
        pushText(ctx, "securityMeasures", listAt<Text>(out, field), ["securityMeasures", field], n, "high")
        continue
      }
      // 「…安全管理措置の内容の開示を求められた場合…開示いたします」: told on request.
      const split = sentences(body)
      const onRequest = split.findIndex((s) => /安全管理措置/u.test(s) && /(?:求め|請求|問い合わせ)/u.test(s) && /開示|回答|お答え|ご説明/u.test(s))
      if (onRequest >= 0 && out["disclosureOnRequest"] === undefined) {
        out["disclosureOnRequest"] = ja(split[onRequest]!)
        put(ctx, "securityMeasures", ["securityMeasures", "disclosureOnRequest", "ja"], n, "high")
        const rest = split.filter((_, i) => i !== onRequest).join("")
        if (rest !== "") listAt<Text>(out, "text").push(ja(rest))
        continue
      }
      pushText(ctx, "securityMeasures", listAt<Text>(out, "text"), ["securityMeasures", "text"], n, "high")
    }
  }
}

const TRIGGERS: ReadonlyArray<[string, RegExp]> = [
  ["inquiry", /問い?合わ?せ|問合せ/u],
  ["contract-end", /(?:契約|取引)(?:の)?(?:終了|満了)/u],
  ["last-contact", /最終(?:接触|利用|取引|ご利用)/u],
  ["cancellation", /解約|退会|会員登録の抹消/u],
  ["acquisition", /取得|収集/u],
  ["event", /実施|開催|終了/u]
]

/** Retention: a table of what is kept, for how long and how deleted; the exceptions. @since 0.3.0 */
export const buildRetention = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "retention")) {
    const out = ctx.draft.section<Json>("retention", () => ({ rules: [] }))
    const rules = out["rules"] as Array<Json>
    consumeHeading(ctx, "retention", region.root)
    for (const n of region.nodes) {
      if (n.type === "table" && n.table !== undefined) {
        for (const row of n.table.rows) {
          const [subject, period, deletion] = row.cells
          if (subject === undefined || period === undefined || subject.text === "") continue
          const plain = period.text.normalize("NFKC")
          const years = /(\d+)\s*年/u.exec(plain)?.[1]
          const months = /(\d+)\s*(?:か|ヶ|ケ|カ)?月/u.exec(plain)?.[1]
          const trigger = TRIGGERS.find(([, pattern]) => pattern.test(period.text))?.[0]
          const rule: Json = {
            id: ctx.draft.id("retention", `retention-${rules.length + 1}`),
            subject: ja(subject.text),
            period: {
              ...(years === undefined ? {} : { years: Math.min(100, Number(years)) }),
              ...(months === undefined || years !== undefined ? {} : { months: Math.min(1200, Number(months)) }),
              ...(trigger === undefined || /法定/u.test(period.text) ? {} : { trigger }),
              statutory: /法定|法令/u.test(period.text),
              text: ja(period.text)
            }
          }
          if (deletion !== undefined && deletion.text !== "") rule["deletion"] = ja(deletion.text)
          const index = rules.push(rule) - 1
          ctx.draft.place("retention", ["retention", "rules", index, "subject", "ja"], subject.parts, "high")
          ctx.draft.place("retention", ["retention", "rules", index, "period", "text", "ja"], period.parts, "high")
          if (deletion !== undefined) ctx.draft.place("retention", ["retention", "rules", index, "deletion", "ja"], deletion.parts, "high")
        }
        ctx.draft.consume(n.parts)
        continue
      }
      if (!isFree(ctx, n) || (n === region.root && isHeading(n))) continue
      if (isHeading(n)) {
        put(ctx, "retention", ["retention"], n, "medium")
        continue
      }
      // 「会員情報は、退会から3年間保存し…」: a rule in a sentence.
      const stated = /^(.{2,20}?)は[、,]?(.{0,20}?[0-9０-９]+\s*(?:年|か月|ヶ月|カ月)間?)(?:保存|保管)/u.exec(freeText(ctx, n))
      if (stated !== null) {
        const plain = stated[2]!.normalize("NFKC")
        const years = /(\d+)\s*年/u.exec(plain)?.[1]
        const months = /(\d+)\s*(?:か|ヶ|ケ|カ)月/u.exec(plain)?.[1]
        const trigger = TRIGGERS.find(([, pattern]) => pattern.test(stated[2]!))?.[0]
        const index = rules.push({
          id: ctx.draft.id("retention", `retention-${rules.length + 1}`),
          subject: ja(stated[1]!),
          period: { ...(years === undefined ? {} : { years: Math.min(100, Number(years)) }), ...(months === undefined || years !== undefined ? {} : { months: Math.min(1200, Number(months)) }), ...(trigger === undefined ? {} : { trigger }), statutory: /法定|法令/u.test(stated[2]!), text: ja(stated[2]!) }
        }) - 1
        ctx.draft.cite("retention", ["retention", "rules", index, "period", "text", "ja"], n.parts, "medium")
      }
      const exception = n.parent !== undefined && isHeading(n.parent) && /例外/u.test(n.parent.text)
      pushText(ctx, "retention", listAt<Text>(out, exception ? "exceptions" : "text"), ["retention", exception ? "exceptions" : "text"], n, "high")
    }
  }
}

const NOT_USED = /使用(?:して)?(?:おりません|いません|しません)|利用(?:して)?(?:おりません|いません|しません)/u

/** Cookies, logs and data flows (Cookie・ログ・外部送信・個人関連情報). @since 0.3.0 */
export const buildTracking = (ctx: Context): void => {
  const tracking = (): Json => ctx.draft.section<Json>("tracking", () => ({}))
  for (const region of regionsOf(ctx, "cookies")) {
    const out = (tracking()["cookies"] as Json | undefined) ?? { used: true }
    tracking()["cookies"] = out
    consumeHeading(ctx, "cookies", region.root)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || (n === region.root && isHeading(n))) continue
      if (n.type === "item" && n.parent !== undefined && ctx.concepts.get(n.parent) === "cookies" && n.parent.type !== "title") {
        pushText(ctx, "cookies", listAt<Text>(out, "purposes"), ["tracking", "cookies", "purposes"], n, "high")
        continue
      }
      const body = freeText(ctx, n)
      const groups: Record<"explanation" | "optOut" | "text", Array<string>> = { explanation: [], optOut: [], text: [] }
      let explaining = false
      for (const s of sentences(body)) {
        if (/(?:cookie|クッキー)(?:\([^)]*\)|（[^）]*）)?とは/iu.test(s)) explaining = true
        if (/個人を特定(?:する|できる)(?:情報)?.{0,20}(?:含まれ(?:ません|ていません)|一切含まれ)/u.test(s)) {
          out["identifiesPersons"] = false
          explaining = false
        }
        if (NOT_USED.test(s)) {
          out["used"] = false
          if (/ビーコン/u.test(s)) out["webBeacons"] = false
        } else if (/ビーコン/u.test(s)) out["webBeacons"] = true
        if (/拒否|無効|ブラウザ(?:の)?設定|受け取りを?(?:拒|止)/u.test(s)) {
          groups.optOut.push(s)
          explaining = false
        } else if (explaining) groups.explanation.push(s)
        else groups.text.push(s)
      }
      if (groups.explanation.length > 0) listAt<Text>(out, "explanation").push(ja(groups.explanation.join("")))
      if (groups.optOut.length > 0 && out["optOut"] === undefined) out["optOut"] = ja(groups.optOut.join(""))
      if (groups.text.length > 0) listAt<Text>(out, "text").push(ja(groups.text.join("")))
      put(ctx, "cookies", ["tracking", "cookies", "used"], n, "high")
    }
  }
  for (const region of regionsOf(ctx, "logs")) {
    const out = (tracking()["logs"] as Json | undefined) ?? { collected: true }
    tracking()["logs"] = out
    consumeHeading(ctx, "logs", region.root)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || isHeading(n)) continue
      const body = freeText(ctx, n)
      const items = /(?:では|は)[、,]?(.{2,80}?)などの?ログ/u.exec(body)?.[1]
      if (items !== undefined && out["items"] === undefined) out["items"] = items.split(/[、,]/u).map((t) => ja(t))
      const purposes = /これらの情報は[、,]?(.{2,80}?)(?:など)?に(?:利用|使用)/u.exec(body)?.[1]
      if (purposes !== undefined && out["purposes"] === undefined) out["purposes"] = purposes.split(/や|[、,]/u).map((t) => ja(t))
      const notUsed = /(?:が|、)([^、。]{2,40}?)のために(?:利用|使用)することはありません/u.exec(body)?.[1]
      if (notUsed !== undefined) out["notUsedFor"] = [ja(notUsed)]
      if (/取得(?:いた)?しません|収集(?:いた)?しません/u.test(body)) out["collected"] = false
      pushText(ctx, "logs", listAt<Text>(out, "text"), ["tracking", "logs", "text"], n, "high")
    }
  }
  for (const region of regionsOf(ctx, "dataFlows")) {
    consumeHeading(ctx, "dataFlows", region.root)
    for (const n of region.nodes) {
      if (!isFree(ctx, n) || isHeading(n)) continue
      const body = freeText(ctx, n)
      const received = /取得|受領|受け取/u.test(body) && !/送信/u.test(body)
      // Received: 「…プラットフォームから…を取得」. Sent: 「…が提供する<tool>により、…を外部送信」.
      const party = received
        ? /([^、。]{2,40}?(?:ツール|プラットフォーム|事業者|提携先|第三者|サービス))(?:から|より)/u.exec(body)?.[1]
        : (/([^、。]{2,60}?が提供する[^、。]{2,40}?)(?:により|を(?:利用|使用))/u.exec(body)?.[1] ?? /([^、。]{2,40}?)(?:に対し|へ|に)[、,]?[^、。]{0,40}を(?:外部)?送信/u.exec(body)?.[1])
      const items = received
        ? /(?:から|より)[、,]?(.{2,80}?)を(?:取得|受領|受け取)/u.exec(body)?.[1]
        : (/(?:により|を(?:利用|使用)し(?:て)?)[、,]?([^。]{2,60}?)を(?:外部)?送信/u.exec(body)?.[1] ?? /[、,]([^、。]{2,40}?)を(?:外部)?送信/u.exec(body)?.[1])
      const purposes = /(?:^|[、,]|は)([^、,。は]{2,30}?)(?:等)?(?:の目的で|を行う|のため)/u.exec(body.replace(/^当(?:社|サイト)は[、,]?/u, ""))?.[1]
      const flows = listAt<Json>(tracking(), "dataFlows")
      const entry: Json = {
        id: ctx.draft.id("data-flow", `data-flow-${flows.length + 1}`),
        direction: received ? "received-from-third-party" : "sent-to-third-party",
        party: ja(tidy((party ?? DRAFT_WORDS.thirdParty).replace(/^(?:当社は|当サイトは|また)[、,]?/u, "").replace(/^[^、。]{0,20}のため[、,]/u, ""))),
        items: items === undefined ? [] : [ja(items)],
        purposes: purposes === undefined ? [] : [ja(purposes)]
      }
      if (/照合|連携|紐付|結び付/u.test(body)) entry["linkedToPersonalData"] = true
      entry["text"] = [ja(body)]
      const index = flows.push(entry) - 1
      put(ctx, "dataFlows", ["tracking", "dataFlows", index, "text", 0, "ja"], n, party === undefined ? "low" : "medium")
    }
  }
}

/** Changes to the policy itself: how announced, from when in force. @since 0.3.0 */
export const buildPolicyChanges = (ctx: Context): void => {
  for (const region of regionsOf(ctx, "policyChanges")) {
    consumeHeading(ctx, "policyChanges", region.root)
    const body = region.nodes.filter((n) => !isHeading(n) && isFree(ctx, n))
    if (body.length === 0) continue
    const text = body.map((n) => freeText(ctx, n)).join("")
    const website = /ウェブ|web|ホームページ|サイト|本ページ|掲載|公表/iu.test(text)
    const notify = /(?:ご本人|お客様|本人)に(?:通知|お知らせ)|個別に(?:通知|お知らせ)|メール(?:等)?で(?:通知|お知らせ)/u.test(text) || (!website && /通知/u.test(text))
    const out = ctx.draft.section<Json>("policyChanges", () => ({
      announcement: website && notify ? "website-and-notify" : website ? "website" : "notify",
      effectiveFrom: /施行日|別途定める日|効力発生日|定める日から/u.test(text) ? "stated-date" : "publication"
    }))
    for (const n of body) pushText(ctx, "policyChanges", listAt<Text>(out, "text"), ["policyChanges", "text"], n, "high")
  }
}

/** Places every node of the given concepts' regions that a builder left: into that concept's text, when it has one. @since 0.3.0 */
export const sweep = (ctx: Context, concept: Concept, path: ReadonlyArray<string>): void => {
  for (const region of regionsOf(ctx, concept)) {
    for (const n of descendants(region.root)) {
      if (ctx.concepts.get(n) !== concept || !isFree(ctx, n) || isHeading(n) || n.type === "table") continue
      let target: Json = ctx.draft.doc
      for (const key of path.slice(0, -1)) {
        const next = (target[key] as Json | undefined) ?? undefined
        if (next === undefined) return
        target = next
      }
      pushText(ctx, concept, listAt<Text>(target, path[path.length - 1]!), path, n, "low")
    }
  }
}
