/**
 * A JSON value as a short phrase for people: a `{ ja, en }` text in the
 * chosen language, an address with its postal code, a person with their
 * title, a list joined, yes/no for booleans.
 *
 * @since 0.1.0
 */
import { isJsonObject, type Json } from "../Json.ts"
import { gregorianJapaneseDate, longEnglishDate } from "../../render/values.ts"
import { WORDS } from "./labels.ts"
import type { Lang as CoreLang } from "../../core/Lang.ts"

/** @since 0.1.0 */
export type Lang = CoreLang

const MAX = 300

const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u

/**
 * `2025-04-01` → 2025年4月1日 / 1 April 2025 (Gregorian: a changelog compares
 * versions across eras, where 和暦 would only get in the way).
 *
 * @since 0.1.0
 */
export const formatDate = (iso: string, lang: Lang): string => (lang === "ja" ? gregorianJapaneseDate(iso) : longEnglishDate(iso))

const clip = (text: string): string => (text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text)

const localized = (value: Json | undefined, lang: Lang): string | undefined => {
  if (!isJsonObject(value) || typeof value["ja"] !== "string") return undefined
  const en = value["en"]
  return lang === "en" && typeof en === "string" ? en : value["ja"]
}

const phrase = (value: Json | undefined, lang: Lang): string => {
  const words = WORDS[lang]
  if (value === undefined || value === null) return words.none
  if (typeof value === "boolean") return value ? words.yes : words.no
  if (typeof value === "number") return lang === "ja" ? value.toLocaleString("ja-JP") : value.toLocaleString("en-GB")
  if (typeof value === "string") return ISO_DATE.test(value) ? formatDate(value, lang) : value
  if (!isJsonObject(value)) return value.length === 0 ? phrase(undefined, lang) : value.map((element) => phrase(element, lang)).join(words.listSeparator)
  const text = localized(value, lang)
  if (text !== undefined) return typeof value["postalCode"] === "string" ? words.postalAddress({ postalCode: value["postalCode"], address: text }) : text
  const title = localized(value["title"], lang)
  const name = localized(value["name"], lang) ?? localized(value["text"], lang)
  if (title !== undefined || name !== undefined) return [title, name].filter((part) => part !== undefined).join(" ")
  if (typeof value["from"] === "string" && typeof value["to"] === "string") return `${value["from"]}–${value["to"]}`
  return Object.entries(value)
    .map(([key, field]) => `${key}: ${phrase(field, lang)}`)
    .join(", ")
}

/**
 * @example
 * ```ts
 * describeValue({ ja: "氏名", en: "Name" }, "en")                 // "Name"
 * describeValue({ postalCode: "150-0043", ja: "東京都渋谷区" }, "ja") // "〒150-0043 東京都渋谷区"
 * describeValue(["post", "email"], "ja")                          // "post、email"
 * ```
 * @since 0.1.0
 */
export const describeValue = (value: Json | undefined, lang: Lang): string => clip(phrase(value, lang))
