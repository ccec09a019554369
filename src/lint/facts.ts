/**
 * Small facts about a policy that several rules need: which categories a
 * scope covers, where the data goes (recipients, outsourcees, joint users
 * and their countries), whether a name is a corporation's, whether an
 * address is in Japan, whether a country needs the 28(2) information.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { DataCategory } from "../model/DataCategory.ts"
import { countryClass, scopeCovers } from "../model/facts.ts"
import type { SystemBasedTransfer } from "../model/ForeignTransfer.ts"
import type { Policy } from "../model/Policy.ts"
import type { CategoryScope } from "../model/Purpose.ts"
import type { LocalizedText } from "../model/primitives.ts"
import type { Provision } from "../model/ThirdPartyProvision.ts"

/**
 * The categories a scope covers, with their index (`all`: see `scopeCovers`
 * in the model's facts).
 *
 * @since 0.1.0
 */
export const coveredCategories = (
  policy: Policy,
  scope: CategoryScope | undefined
): ReadonlyArray<{ readonly category: DataCategory; readonly index: number }> =>
  policy.dataCategories.flatMap((category, index) => (scopeCovers(scope, category) ? [{ category, index }] : []))

/**
 * Legal-person markers in Japanese and English names: 株式会社, 一般社団法人,
 * Co., Ltd. … A corporation must publish its representative (32(1)(i)).
 *
 * @since 0.1.0
 */
export const looksCorporate = (name: LocalizedText | undefined): boolean =>
  name !== undefined &&
  (/(?:株式|有限|合同|合名|合資)会社|(?:社団|財団|医療|学校|社会福祉|宗教|特定非営利活動|NPO)法人/u.test(name.ja) ||
    /\b(?:Co\.|Ltd\.?|Inc\.?|LLC|Corporation|Corp\.|K\.K\.)(?:\s|$|,)/u.test(name.en ?? ""))

const PREFECTURES =
  /北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県/u

/**
 * True when an address reads as Japanese: a postal code (〒NNN-NNNN) or a prefecture.
 *
 * @since 0.1.0
 */
export const looksJapaneseAddress = (address: { readonly postalCode?: string; readonly ja: string }): boolean =>
  address.postalCode !== undefined || PREFECTURES.test(address.ja)

/**
 * A recipient country for which provision needs the 28(2) information: not
 * Japan and not one the PPC recognises as equivalent (EEA, United Kingdom).
 *
 * @since 0.1.0
 */
export const needsForeignTransferInfo = (country: string): boolean => countryClass(country) === "foreign"

/**
 * The Japanese text with white space removed, for phrase matching.
 *
 * @since 0.1.0
 */
export const squashJa = (text: LocalizedText | undefined): string => (text?.ja ?? "").replace(/\s+/gu, "")

/** Mentions of cookies in either language. @since 0.1.0 */
export const COOKIE_WORDS = /クッキー|cookie/iu

/**
 * A party the policy sends data to, of any kind: a recipient of a provision
 * arrangement (with the arrangement), a named outsourcee, a joint user (with
 * the joint use's categories). Art. 28 reads them all alike.
 *
 * @since 0.2.0
 */
export interface Destination {
  readonly kind: "recipient" | "entrustee" | "joint-user"
  readonly id: string
  readonly name: string
  readonly country?: string
  readonly systemBased?: SystemBasedTransfer
  /** The data that goes there (an outsourcee without `categories` gets all the operator entrusts: `all`). */
  readonly categories: CategoryScope
  /** For a recipient, the arrangement it belongs to. */
  readonly provision?: Provision
  readonly path: JsonPath
}

/** A party as the model gives it: a recipient, an outsourcee or a joint user. */
interface Party {
  readonly id: string
  readonly name: LocalizedText
  readonly country?: string
  readonly systemBased?: SystemBasedTransfer
}

const destination = (kind: Destination["kind"], party: Party, categories: CategoryScope, path: JsonPath, provision?: Provision): Destination => ({
  kind,
  id: party.id,
  name: party.name.ja,
  ...(party.country === undefined ? {} : { country: party.country }),
  ...(party.systemBased === undefined ? {} : { systemBased: party.systemBased }),
  categories,
  ...(provision === undefined ? {} : { provision }),
  path
})

/**
 * Every destination the policy names, in document order: provision
 * recipients, then outsourcees, then joint users.
 *
 * @since 0.2.0
 */
export const destinations = (policy: Policy): ReadonlyArray<Destination> => [
  ...(policy.thirdPartyProvision?.provisions ?? []).flatMap((provision, i) =>
    (provision.recipients ?? []).map((recipient, k) => destination("recipient", recipient, provision.categories, ["thirdPartyProvision", "provisions", i, "recipients", k], provision))
  ),
  ...(policy.outsourcing?.entrustees ?? []).map((entrustee, k) => destination("entrustee", entrustee, entrustee.categories ?? "all", ["outsourcing", "entrustees", k])),
  ...(policy.jointUses ?? []).flatMap((jointUse, i) => jointUse.users.map((user, k) => destination("joint-user", user, jointUse.categories, ["jointUses", i, "users", k])))
]

/**
 * A destination that is a 「外国にある第三者」 (28(1)): in a country that is
 * neither Japan nor a Rule 15 country, without a Rule 16 system.
 *
 * @since 0.2.0
 */
export const isForeignThirdParty = (destination: Destination): boolean =>
  destination.country !== undefined && countryClass(destination.country) === "foreign" && destination.systemBased === undefined
