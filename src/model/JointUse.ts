/**
 * Joint use (共同利用, Art. 27(5)(iii)): the five items the person must be told
 * in advance, and how the data was acquired.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { SystemBasedTransfer } from "./ForeignTransfer.ts"
import { CategoryScope } from "./Purpose.ts"
import { CountryCode, Id, LocalizedText, NonEmpty, PostalAddress, ProperName, RolePerson, TextList } from "./primitives.ts"

/**
 * A joint user (共同して利用する者). One in a foreign country is a
 * 「外国にある第三者」 unless it has a system meeting the standard: 28(1)
 * disapplies 27, joint use (27(5)(iii)) included.
 *
 * @since 0.1.0
 */
export const JointUser = Schema.Struct({
  id: Id,
  name: ProperName,
  address: Schema.optionalKey(PostalAddress),
  representatives: Schema.optionalKey(Schema.Array(RolePerson)),
  country: Schema.optionalKey(CountryCode.annotateKey({ description: "Country where the joint user is (所在国); `JP` for Japan." })),
  systemBased: Schema.optionalKey(SystemBasedTransfer)
}).annotate({ identifier: "JointUser", title: "Joint user (共同利用者)" })

/** The party responsible for managing the jointly used data. @since 0.1.0 */
export const ResponsibleParty = Schema.Struct({
  id: Id,
  name: ProperName,
  address: Schema.optionalKey(PostalAddress),
  representatives: Schema.optionalKey(Schema.Array(RolePerson)),
  covers: Schema.optionalKey(
    TextList.annotate({ description: "The items this party is responsible for, where several parties share the role (each for its own items)." })
  )
}).annotate({ identifier: "ResponsibleParty", title: "Responsible party (管理について責任を有する者)" })

/** `all` or a list of purpose ids. @since 0.1.0 */
export const PurposeScope = Schema.Union([Schema.Literal("all"), Schema.Array(Id).check(Schema.isMinLength(1))]).annotate({
  identifier: "PurposeScope",
  title: "Purposes (利用目的)",
  description: "`all` for every purpose of the policy, or the ids of some."
})

/** @since 0.1.0 */
export const JointUse = Schema.Struct({
  id: Id,
  text: Schema.optionalKey(LocalizedText),
  categories: CategoryScope,
  items: TextList.annotate({ description: "Items of personal data used jointly (共同して利用される個人データの項目)." }),
  users: Schema.Array(JointUser).annotate({ description: "The range of joint users (共同して利用する者の範囲)." }),
  usersRange: Schema.optionalKey(LocalizedText.annotateKey({ description: "The range of users described in words, when not listed by name." })),
  title: Schema.optionalKey(LocalizedText.annotateKey({ description: "The arrangement's heading, where the policy gives one." })),
  purposes: Schema.optionalKey(
    PurposeScope.annotateKey({
      description: "The operator's own purposes the joint use serves (`all` or ids), where they are the operator's; the guard and the diff read these. Give `purposesText` for the joint users' purposes."
    })
  ),
  purposesText: Schema.optionalKey(
    TextList.annotate({ description: "The joint users' purposes as the policy words them (利用する者の利用目的); they need not be the operator's." })
  ),
  responsibleParties: NonEmpty(ResponsibleParty).annotate({
    description: "Who is responsible for managing the data (管理について責任を有する者); several, each with the items it `covers`, where the policy names more than one."
  }),
  acquisitionMethod: Schema.optionalKey(LocalizedText.annotateKey({ description: "How the data was acquired (取得方法)." }))
}).annotate({ identifier: "JointUse", title: "Joint use (共同利用, 27条5項3号)" })
/** @since 0.1.0 */
export type JointUse = typeof JointUse.Type
