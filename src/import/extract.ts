/**
 * Extractors of facts from one line or sentence: phones (and fax), e-mail
 * addresses, URLs, postal codes and addresses, amounts of yen, dates in the
 * Japanese and the Western calendar, reception hours, company names and
 * representatives. Each reads the NFKC form of the text (full-width digits
 * and hyphens are common) and returns values in the model's form.
 *
 * @since 0.3.0
 */
import { factText, tidy } from "./text.ts"

/** A phone or fax number found in a text. @since 0.3.0 */
export interface PhoneFact {
  readonly number: string
  readonly fax: boolean
}

const PHONE = /(?:\+81[-\s]?|(?<![\d-]))(?:\(0\d{1,4}\)\s?\d{1,4}-\d{3,4}|0\d{1,4}-\d{1,4}-\d{3,4}|0120-?\d{2,3}-?\d{3}|0\d{9,10})(?![\d-])/gu

/** Phone numbers in a text, `FAX`/`ファックス` before one marks it a fax. @since 0.3.0 */
export const phonesIn = (text: string): ReadonlyArray<PhoneFact> => {
  const plain = factText(text)
  const found: Array<PhoneFact> = []
  for (const match of plain.matchAll(PHONE)) {
    let number = match[0].replace(/^\+81[-\s]?/u, "0").replace(/^\((0\d{1,4})\)\s?/u, "$1-")
    if (/^\d+$/u.test(number)) number = number.length === 10 && /^0[36]/u.test(number) ? `${number.slice(0, 2)}-${number.slice(2, 6)}-${number.slice(6)}` : number.length === 11 ? `${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}` : `${number.slice(0, 4)}-${number.slice(4, 6)}-${number.slice(6)}`
    if (/^0120\d/u.test(number)) number = number.replace(/^0120-?(\d{2,3})-?(\d{3})$/u, "0120-$1-$2")
    const before = plain.slice(Math.max(0, match.index - 12), match.index)
    const fax = /fax|ファ[ック]*ス/iu.test(before) && !/tel|電話/iu.test(before.slice(before.search(/fax|ファ/iu)))
    if (!found.some((f) => f.number === number)) found.push({ number, fax })
  }
  return found
}

/** E-mail addresses in a text (`[at]` and `＠` read as `@`). @since 0.3.0 */
export const emailsIn = (text: string): ReadonlyArray<string> => {
  const plain = factText(text).replace(/\s*(?:\[at\]|\(at\)|（at）)\s*/giu, "@")
  if (!plain.includes("@")) return []
  return [...new Set([...plain.matchAll(/(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/gu)].map((m) => m[0].replace(/\.$/u, "")))]
}

/** http(s) URLs in a text. @since 0.3.0 */
export const urlsIn = (text: string): ReadonlyArray<string> =>
  [...new Set([...factText(text).matchAll(/https?:\/\/[^\s<>"'）)」』、。]+/gu)].map((m) => m[0].replace(/[.,]$/u, "")))]

/** A postal code (`〒` or 郵便番号 before it) and the address that follows it on the line. @since 0.3.0 */
export interface PostalFact {
  readonly postalCode: string
  /** The address after the code, as written (may be empty: it is then on the next line). */
  readonly address: string
}

/** Postal codes in a text, each with the address after it. @since 0.3.0 */
export const postalCodesIn = (text: string): ReadonlyArray<PostalFact> => {
  const plain = factText(text)
  return [...plain.matchAll(/(?:〒|郵便番号[:：]?)\s*(\d{3})\s*-\s*(\d{4})/gu)].map((m) => {
    const rest = plain.slice(m.index + m[0].length)
    // The address as the company wrote it: from the original text after the same code.
    const original = text.slice(text.length - rest.length)
    return { postalCode: `${m[1]}-${m[2]}`, address: tidy(original.split(/\s*(?:TEL|Tel|tel|電話|FAX|Fax|ＴＥＬ|E-?mail|メール)/u)[0]!.replace(/^[\s　:：]+/u, "")) }
  })
}

/** Whether a line reads as an address (都道府県 or 市区町村 with block numbers). @since 0.3.0 */
export const looksLikeAddress = (text: string): boolean =>
  /^(?:東京都|北海道|(?:京都|大阪)府|.{2,3}県)/u.test(text.trim()) || /[市区町村郡].{0,20}[0-9０-９一二三四五六七八九十]+(?:丁目|番|-|－)/u.test(text)

/** An amount of yen and what is said beside it. @since 0.3.0 */
export interface AmountFact {
  readonly yen: number
  readonly taxIncluded: boolean
}

/** Amounts of yen in a text (`1,000円`, `１０００円（税込）`, `金1,000円`). @since 0.3.0 */
export const amountsIn = (text: string): ReadonlyArray<AmountFact> => {
  const plain = factText(text)
  return [...plain.matchAll(/(?<![\d,])(\d{1,3}(?:,\d{3})+|\d{1,9})\s*円/gu)].map((m) => ({
    yen: Number(m[1]!.replace(/,/gu, "")),
    taxIncluded: /^\s*[(（]?\s*(?:税込|消費税込|内税|消費税を含)/u.test(plain.slice(m.index + m[0].length)) || /税込(?:み)?\s*$/u.test(plain.slice(Math.max(0, m.index - 6), m.index))
  }))
}

const ERAS: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 }

const pad = (n: number): string => String(n).padStart(2, "0")

/** A date found in a text, as an ISO date, and the word before it (制定, 改定, 施行…). @since 0.3.0 */
export interface DateFact {
  readonly iso: string
  readonly index: number
}

/** Dates in a text: `平成17年5月13日`, `令和元年…`, `2020年9月1日`, `2020/9/1`, `2020-09-01`. @since 0.3.0 */
export const datesIn = (text: string): ReadonlyArray<DateFact> => {
  const plain = factText(text)
  const found: Array<DateFact> = []
  for (const m of plain.matchAll(/(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu)) {
    const year = ERAS[m[1]!]! + (m[2] === "元" ? 1 : Number(m[2])) - 1
    found.push({ iso: `${year}-${pad(Number(m[3]))}-${pad(Number(m[4]))}`, index: m.index })
  }
  for (const m of plain.matchAll(/(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[/.](\d{1,2})[/.](\d{1,2})(?!\d)|-(\d{2})-(\d{2})(?!\d))/gu)) {
    const month = Number(m[2] ?? m[4] ?? m[6])
    const day = Number(m[3] ?? m[5] ?? m[7])
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.push({ iso: `${m[1]}-${pad(month)}-${pad(day)}`, index: m.index })
  }
  return found.sort((a, b) => a.index - b.index)
}

/** What a dated line says the date is: the policy's establishment, a revision, or when it takes effect. @since 0.3.0 */
export const dateRole = (text: string): "established" | "revised" | "effective" | undefined => {
  const plain = text.replace(/\s+/gu, "")
  if (/^(?:制定|策定|作成|初版)/u.test(plain)) return "established"
  if (/^(?:施行|適用開始|効力発生)/u.test(plain) || /施行(?:する|します)?$|より(?:施行|適用)/u.test(plain)) return "effective"
  if (/^(?:改定|改訂|改正|最終改定|最終改訂|最終更新|更新|変更)/u.test(plain)) return "revised"
  return undefined
}

type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | "holiday"
const WEEKDAYS: ReadonlyArray<Weekday> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
const DAY_CHARS: Readonly<Record<string, Weekday>> = { 月: "mon", 火: "tue", 水: "wed", 木: "thu", 金: "fri", 土: "sat", 日: "sun", 祝: "holiday" }

/** Reception hours (受付時間) as the model has them. @since 0.3.0 */
export interface HoursFact {
  readonly days: ReadonlyArray<Weekday>
  readonly windows: ReadonlyArray<{ readonly from: string; readonly to: string }>
}

const clock = (h: string, m: string | undefined): string => `${pad(Number(h))}:${m ?? "00"}`

/**
 * Reception hours in a text: `受付時間 平日9:00～17:00`, `10時～18時（土日祝日を除く）`,
 * `月～金 9:30-12:00、13:00-17:30`. Undefined when the text gives no time window.
 *
 * @since 0.3.0
 */
export const hoursIn = (text: string): HoursFact | undefined => {
  const plain = factText(text).replace(/\s+/gu, "")
  const windows = [...plain.matchAll(/(\d{1,2})(?::(\d{2})|時(?:(\d{2})分)?)[~〜～\-ー－から]+(\d{1,2})(?::(\d{2})|時(?:(\d{2})分)?)/gu)]
    .map((m) => ({ from: clock(m[1]!, m[2] ?? m[3]), to: clock(m[4]!, m[5] ?? m[6]) }))
    .filter((w) => w.from < w.to && w.to <= "24:00")
  if (windows.length === 0) return undefined
  let days: Array<Weekday> = ["mon", "tue", "wed", "thu", "fri"]
  const range = /([月火水木金土日])(?:曜日?)?[~〜～\-ー－から]+([月火水木金土日])(?:曜日?)?/u.exec(plain)
  if (range !== null) {
    const from = WEEKDAYS.indexOf(DAY_CHARS[range[1]!]!)
    const to = WEEKDAYS.indexOf(DAY_CHARS[range[2]!]!)
    days = WEEKDAYS.slice(from, to + 1)
  } else if (/年中無休|毎日|365日/u.test(plain)) {
    days = [...WEEKDAYS, "holiday"]
  } else if (/土曜/u.test(plain) && !/土(?:曜)?(?:日)?[・、]?(?:日曜|日)?(?:[・、]?祝日?)?(?:を除く|除く|休み|休業)/u.test(plain)) {
    days = [...days, "sat"]
  }
  return { days, windows }
}

const COMPANY_FORMS = "株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|社会福祉法人|医療法人社団|医療法人財団|医療法人|学校法人|宗教法人|独立行政法人|国立大学法人|弁護士法人|税理士法人|司法書士法人|行政書士法人|監査法人"
const COMPANY = new RegExp(`(?:(?:${COMPANY_FORMS})[\\s\\u3000]?[^\\s\\u3000、。,()（）「」『』:：/｜|]{1,30}|[^\\s\\u3000、。,()（）「」『』:：/｜|]{1,30}[\\s\\u3000]?(?:${COMPANY_FORMS}))`, "u")

/** The first company or other legal person named in a text, as written. @since 0.3.0 */
export const companyIn = (text: string): string | undefined => {
  if (!/会社|法人/u.test(text)) return undefined
  const match = COMPANY.exec(text)
  if (match === null) return undefined
  return match[0].replace(/(?:は|が|の|を|に|では|として|より)$/u, "").trim()
}

/** The entity type a company's name shows. @since 0.3.0 */
export const entityTypeOf = (name: string): "corporation" | "other" =>
  /株式会社|有限会社|合同会社|合資会社|合名会社/u.test(name) ? "corporation" : "other"

/** A person in a role: `代表取締役 坂口 聡隆`, `(代表取締役 宮井崇行・堀琢馬)` gives two. @since 0.3.0 */
export interface RoleFact {
  readonly title: string
  readonly name: string | undefined
}

const REPRESENTATIVE_TITLES = "代表取締役社長|代表取締役会長|代表取締役|代表執行役社長|代表執行役|代表社員|代表理事|理事長|代表者|代表|社長|院長|学長|会長"

/** Representatives named in a text. @since 0.3.0 */
export const representativesIn = (text: string): ReadonlyArray<RoleFact> => {
  const match = new RegExp(`(${REPRESENTATIVE_TITLES})(?:[\\s\\u3000:：]+|(?=[\\u4e00-\\u9fff]))([\\u4e00-\\u9fff\\u3040-\\u30ffA-Za-z][^、。,()（）「」:：]*?)?\\s*(?:[)）]|$|、|。)`, "u").exec(text)
  if (match === null) return []
  const names = (match[2] ?? "").trim()
  if (names === "") return [{ title: match[1]!, name: undefined }]
  return names.split(/[・,、]|\s+及び\s+/u).map((name) => ({ title: match[1]!, name: name.trim() })).filter((r) => r.name !== "")
}

/** A privacy officer or other role line: `個人情報保護管理者 取締役 黒田 修`, `個人情報保護管理責任者 : 総務 伊藤 義幸`. @since 0.3.0 */
export interface ManagerFact {
  readonly title: string
  readonly position: string | undefined
  readonly department: string | undefined
  readonly name: string | undefined
}

const POSITIONS = /^(?:代表取締役|取締役|執行役員|常務|専務|部長|課長|室長|理事|監査役|社長)/u

/** The privacy officer a line names, if it names one. @since 0.3.0 */
export const managerIn = (text: string): ManagerFact | undefined => {
  const match = /^(個人情報(?:保護)?(?:管理|統括)?(?:責任者|管理者|管理責任者)|個人情報保護(?:担当|管理)?(?:責任者|管理者|担当者)|プライバシー(?:保護)?責任者|CPO|DPO)(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+|$)(.*)$/u.exec(tidy(text))
  if (match === null) return undefined
  const rest = match[2]!.trim()
  if (rest === "") return { title: match[1]!, position: undefined, department: undefined, name: undefined }
  const words = rest.split(/[\s\u3000]+/u)
  const position = POSITIONS.test(words[0]!) || (words.length >= 2 && /(?:部長|課長|室長|本部長|所長|支配人)$/u.test(words[0]!)) ? words.shift() : undefined
  const department = position === undefined && words.length >= 2 && /^(?:総務|人事|法務|管理|経営企画|情報システム|品質保証|コンプライアンス)(?:部|課|室)?$/u.test(words[0]!) ? words.shift() : undefined
  return { title: match[1]!, position, department, name: words.length > 0 ? words.join(" ") : undefined }
}
