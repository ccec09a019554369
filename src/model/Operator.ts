/**
 * The business operator (個人情報取扱事業者) whose policy this is — the identity
 * that Art. 32(1)(i) requires to be published.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { CountryCode, HttpUrl, PostalAddress, ProperName, RolePerson } from "./primitives.ts"

/** What kind of legal person the operator is; a corporation must name its representative. @since 0.1.0 */
export const EntityType = Schema.Literals(["corporation", "individual", "other"]).annotate({
  identifier: "EntityType",
  title: "Entity type (事業者の種類)",
  description: "corporation (法人), individual (個人事業主) or other (その他の団体)."
})

/** @since 0.1.0 */
export const Operator = Schema.Struct({
  name: Schema.optionalKey(ProperName.annotateKey({ description: "Legal name of the operator (名称), e.g. 株式会社ジェニシス; missing when the policy does not say (the linter reports it)." })),
  entityType: Schema.optionalKey(EntityType),
  address: Schema.optionalKey(PostalAddress.annotateKey({ description: "Registered address (住所)." })),
  representatives: Schema.optionalKey(
    Schema.Array(RolePerson).annotate({ description: "Representatives (代表者), e.g. 代表取締役 坂口 聡隆; joint representatives are listed each." })
  ),
  country: Schema.optionalKey(CountryCode.annotateKey({ description: "Country of a foreign operator (外国にある事業者の国)." })),
  website: Schema.optionalKey(HttpUrl)
}).annotate({
  identifier: "Operator",
  title: "Operator (個人情報取扱事業者)",
  description: "Name, address and representative of the business operator (Art. 32(1)(i))."
})
/** @since 0.1.0 */
export type Operator = typeof Operator.Type
