/**
 * Shared building blocks of the policy model: ids, bilingual text, dates,
 * money and postal data. Every pattern carries the `u` flag so that Effect
 * exports it to JSON Schema (patterns without it are silently dropped).
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"

/**
 * A kebab-case identifier, stable across versions of a policy: ids are the keys
 * the diff matches entries by and the vocabulary of the runtime guard.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Id)("marketing-email") // ok
 * ```
 * @since 0.1.0
 */
export const Id = Schema.String.check(
  Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { expected: "a kebab-case id such as `contact-form`" }),
  Schema.isMaxLength(64)
).annotate({
  identifier: "Id",
  title: "Id (識別子)",
  description: "Kebab-case identifier (lower-case ASCII letters, digits and single hyphens), stable across versions."
})
/** @since 0.1.0 */
export type Id = typeof Id.Type

/** A non-empty string with no leading or trailing white space. */
const Words = Schema.String.check(
  Schema.isPattern(/^\S(?:[\s\S]*\S)?$/u, { expected: "a non-empty text without leading or trailing white space" })
)

/** A Japanese text and, optionally, its English: the shape of texts and of names. */
const japaneseAndEnglish = (ja: string, en: string) =>
  Schema.Struct({ ja: Words.annotate({ description: ja }), en: Schema.optionalKey(Words.annotate({ description: en })) })

/**
 * Human text in both languages. `ja` is authoritative (it is what the seeds
 * publish); `en` is the operator's translation and may be missing, which the
 * renderer reports rather than silently falling back.
 *
 * @since 0.1.0
 */
export const LocalizedText = japaneseAndEnglish("Japanese text (日本語).", "English text (英語).").annotate({
  identifier: "LocalizedText",
  title: "Localized text (日英テキスト)",
  description: "A text in Japanese (`ja`, required) and English (`en`)."
})
/** @since 0.1.0 */
export type LocalizedText = typeof LocalizedText.Type

/**
 * The name of a person or an organization. Shaped like `LocalizedText`, but
 * a name is not translated: `en` is the published English form, and where
 * there is none the English page prints the name as written (a romanization
 * is never guessed, and its absence is not a missing translation).
 *
 * @since 0.1.0
 */
export const ProperName = japaneseAndEnglish("The name as published in Japanese.", "The published English form of the name, if there is one.").annotate({
  identifier: "ProperName",
  title: "Proper name (氏名・名称)",
  description: "A person's or an organization's name: `ja`, and `en` only where an English form is published (it is printed as written otherwise)."
})
/** @since 0.1.0 */
export type ProperName = typeof ProperName.Type

/** A list of bilingual texts (bullet items). @since 0.1.0 */
export const TextList = Schema.Array(LocalizedText)

/**
 * A calendar date in ISO 8601 form (`2005-05-13`). Whether the day exists in
 * that month is checked by the semantic pass (JSON Schema cannot say it).
 *
 * @since 0.1.0
 */
export const IsoDate = Schema.String.check(
  Schema.isPattern(/^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$/u, {
    expected: "an ISO date such as `2005-05-13`"
  })
).annotate({ identifier: "IsoDate", title: "Date (日付)", description: "ISO 8601 calendar date, e.g. 2005-05-13." })
/** @since 0.1.0 */
export type IsoDate = typeof IsoDate.Type

/** An amount of money in whole yen (円). @since 0.1.0 */
export const Yen = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0), Schema.isLessThanOrEqualTo(100_000_000)).annotate({
  identifier: "Yen",
  title: "Amount in yen (金額・円)",
  description: "A whole number of Japanese yen."
})

/** Japanese postal code (郵便番号), `221-0834`. @since 0.1.0 */
export const PostalCode = Schema.String.check(
  Schema.isPattern(/^[0-9]{3}-[0-9]{4}$/u, { expected: "a postal code such as `221-0834`" })
).annotate({ identifier: "PostalCode", title: "Postal code (郵便番号)", description: "Japanese postal code, NNN-NNNN." })

/** A telephone or fax number as published (`045-319-1785`, `+81-3-1234-5678`). @since 0.1.0 */
export const PhoneNumber = Schema.String.check(
  Schema.isPattern(/^\+?[0-9]{1,5}(?:-[0-9]{1,5}){1,4}$/u, { expected: "a phone number such as `045-319-1785`" })
).annotate({ identifier: "PhoneNumber", title: "Phone number (電話番号)", description: "Digits in hyphen-separated groups, optionally starting with +." })

/** An e-mail address. @since 0.1.0 */
export const Email = Schema.String.check(
  Schema.isPattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u, { expected: "an e-mail address such as `privacy@example.co.jp`" })
).annotate({ identifier: "Email", title: "E-mail address (メールアドレス)" })

/** An absolute http(s) URL. @since 0.1.0 */
export const HttpUrl = Schema.String.check(
  Schema.isPattern(/^https?:\/\/[^\s]+$/u, { expected: "an http(s) URL" })
).annotate({ identifier: "HttpUrl", title: "URL" })

/** ISO 3166-1 alpha-2 country code (`JP`, `US`). @since 0.1.0 */
export const CountryCode = Schema.String.check(
  Schema.isPattern(/^[A-Z]{2}$/u, { expected: "an ISO 3166-1 alpha-2 country code such as `US`" })
).annotate({ identifier: "CountryCode", title: "Country (国・地域)", description: "ISO 3166-1 alpha-2 code." })

/**
 * A postal address: the postal code apart (the seeds print it with 〒) and the
 * address itself in both languages.
 *
 * @since 0.1.0
 */
export const PostalAddress = Schema.Struct({
  postalCode: Schema.optionalKey(PostalCode),
  ja: Words.annotate({ description: "The address in Japanese (住所)." }),
  en: Schema.optionalKey(Words.annotate({ description: "The address in English." }))
}).annotate({ identifier: "PostalAddress", title: "Postal address (所在地・住所)" })
/** @since 0.1.0 */
export type PostalAddress = typeof PostalAddress.Type

/**
 * A named person in a role, e.g. 代表取締役 坂口 聡隆 or 個人情報保護管理者
 * (a title without a published name is allowed: seed 003 names none).
 *
 * @since 0.1.0
 */
export const RolePerson = Schema.Struct({
  title: LocalizedText.annotateKey({ description: "Title or role (役職), e.g. 代表取締役." }),
  name: Schema.optionalKey(ProperName.annotateKey({ description: "Full name (氏名)." })),
  position: Schema.optionalKey(LocalizedText.annotateKey({ description: "Position in the company (役職) when the title is a role, e.g. 取締役 for a 個人情報保護責任者." })),
  department: Schema.optionalKey(LocalizedText.annotateKey({ description: "Department (部署), e.g. 総務." }))
}).annotate({ identifier: "RolePerson", title: "Person in a role (役職者)" })
/** @since 0.1.0 */
export type RolePerson = typeof RolePerson.Type

/** Non-empty array helper (keeps `minItems: 1` in the JSON Schema). @since 0.1.0 */
export const NonEmpty = <S extends Schema.Top>(item: S) => Schema.Array(item).check(Schema.isMinLength(1))
