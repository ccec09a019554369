/**
 * Types of an appi-policy document, generated from schema/appi-policy.schema.json
 * (itself generated from the Effect Schema model in src/model/).
 *
 * DO NOT EDIT. Regenerate with `npx tsx codegen/main.ts` (npm run codegen).
 */

/**
 * Kebab-case identifier (lower-case ASCII letters, digits and single hyphens), stable across versions.
 */
export type Id = string;
/**
 * corporation (法人), individual (個人事業主) or other (その他の団体).
 */
export type EntityType = "corporation" | "individual" | "other";
/**
 * Japanese postal code, NNN-NNNN.
 */
export type PostalCode = string;
/**
 * ISO 3166-1 alpha-2 code.
 */
export type CountryCode = string;
export type HttpUrl = string;
export type PrincipleKind =
  | "law-compliance"
  | "continuous-improvement"
  | "training"
  | "incident-response"
  | "management-system"
  | "security"
  | "proper-acquisition-and-use"
  | "rights-handling"
  | "other";
/**
 * ordinary, special-care (要配慮個人情報), my-number (特定個人情報), pseudonymized (仮名加工情報), anonymized (匿名加工情報).
 */
export type Sensitivity = "ordinary" | "special-care" | "my-number" | "pseudonymized" | "anonymized";
/**
 * disclosable (開示対象個人情報) or non-disclosable (非開示).
 */
export type DisclosureClass = "disclosable" | "non-disclosable";
/**
 * from-person-in-writing (本人から直接書面で), from-person (本人から), from-third-party (第三者から), from-opt-out-provision (オプトアウトにより提供を受けた: 27(2) forbids providing it on by opt-out), from-public-sources (公開情報から), automatic (自動取得: cookies, logs).
 */
export type AcquisitionMethod =
  | "from-person-in-writing"
  | "from-person"
  | "from-third-party"
  | "from-opt-out-provision"
  | "from-public-sources"
  | "automatic";
/**
 * consent (本人の同意), laws-and-regulations, life-body-property, public-health-children, state-cooperation (20(2)(i)–(iv)), academic-research ((v)–(vi)), public-sources ((vii) 公開されている場合), cabinet-order ((viii) 政令で定める場合).
 */
export type SpecialCareBasis =
  | "consent"
  | "laws-and-regulations"
  | "life-body-property"
  | "public-health-children"
  | "state-cooperation"
  | "academic-research"
  | "public-sources"
  | "cabinet-order";
/**
 * `all` when the policy does not narrow the purpose to some categories, or the ids of the categories it serves.
 */
export type CategoryScope = "all" | readonly Id[];
/**
 * What a purpose is about; `my-number-affairs` marks the affairs of the My Number Act (個人番号関係事務・個人番号利用事務, 番号法 9) a My Number category may serve.
 */
export type PurposeTag =
  | "service-provision"
  | "contact"
  | "inquiry-response"
  | "billing"
  | "marketing"
  | "advertising"
  | "ad-targeting"
  | "profiling"
  | "analytics"
  | "statistics"
  | "research"
  | "product-development"
  | "security"
  | "fraud-prevention"
  | "legal-compliance"
  | "dispute-handling"
  | "recruitment"
  | "employment"
  | "third-party-provision"
  | "outsourcing"
  | "my-number-affairs"
  | "ancillary";
/**
 * laws-and-regulations (① 法令に基づく場合), life-body-property (② 人の生命、身体又は財産の保護), public-health-children (③ 公衆衛生・児童の健全な育成), state-cooperation (④ 国の機関等への協力), academic-research-institution (五 学術研究機関等が学術研究目的で取り扱う), academic-research-provision (六 学術研究機関等に提供する).
 */
export type UseExceptionId =
  | "laws-and-regulations"
  | "life-body-property"
  | "public-health-children"
  | "state-cooperation"
  | "academic-research-institution"
  | "academic-research-provision";
/**
 * harm-to-person-or-third-party (本人又は第三者の権利利益を害するおそれ), harm-to-operator (事業者の権利又は正当な利益を害するおそれ), state-cooperation (国の機関等への協力), obvious-from-circumstances (取得の状況からみて利用目的が明らか).
 */
export type NonNotificationGroundId =
  "harm-to-person-or-third-party" | "harm-to-operator" | "state-cooperation" | "obvious-from-circumstances";
/**
 * `all` for every purpose of the policy, or the ids of some.
 */
export type PurposeScope = "all" | readonly Id[];
/**
 * laws-and-regulations (①), life-body-property (②), public-health-children (③), state-cooperation (④), academic-research-institution (五 学術研究の成果の公表又は教授のため), academic-research-joint (六 共同して学術研究を行う第三者への提供), academic-research-provision (七 学術研究機関等である第三者への提供).
 */
export type ProvisionExceptionId =
  | "laws-and-regulations"
  | "life-body-property"
  | "public-health-children"
  | "state-cooperation"
  | "academic-research-institution"
  | "academic-research-joint"
  | "academic-research-provision";
export type ProvisionGroundKind =
  | "outsourcing"
  | "business-succession"
  | "joint-use"
  | "consent"
  | "business-necessity"
  | "public-information"
  | "opt-out"
  | "other-law";
/**
 * contract-or-rules (契約・内規等による措置, 規則16条1号) or international-framework (国際的な枠組みに基づく認定, e.g. APEC CBPR, 規則16条2号).
 */
export type SystemBasis = "contract-or-rules" | "international-framework";
/**
 * ISO 8601 calendar date, e.g. 2005-05-13.
 */
export type IsoDate = string;
export type RetentionTrigger =
  "acquisition" | "inquiry" | "contract-end" | "last-contact" | "event" | "cancellation" | "other";
/**
 * purpose-notification (利用目的の通知), disclosure (開示), provision-record-disclosure (第三者提供記録の開示), correction (訂正・追加・削除), use-stop (利用停止・消去), provision-stop (第三者提供の停止).
 */
export type RequestKind =
  "purpose-notification" | "disclosure" | "provision-record-disclosure" | "correction" | "use-stop" | "provision-stop";
/**
 * person (本人), legal-representative (法定代理人), parental-authority (親権者) and adult-guardian (成年後見人) — legal representatives the policy names apart —, appointed-agent (任意代理人), any-agent (代理人 — the policy does not say which).
 */
export type RequesterKind =
  "person" | "legal-representative" | "parental-authority" | "adult-guardian" | "appointed-agent" | "any-agent";
/**
 * harm-to-person-or-third-party (本人又は第三者の生命、身体、財産その他の権利利益を害するおそれ), serious-business-hindrance (業務の適正な実施に著しい支障), violates-other-law (他の法令に違反).
 */
export type DisclosureRefusalGroundId =
  "harm-to-person-or-third-party" | "serious-business-hindrance" | "violates-other-law";
/**
 * A whole number of Japanese yen.
 */
export type Yen = number;
/**
 * postage-stamps (切手), postal-money-order (郵便小為替), bank-transfer (銀行振込), cash (現金), credit-card, cash-on-delivery (代金引換), other.
 */
export type PaymentMethod =
  "postage-stamps" | "postal-money-order" | "bank-transfer" | "cash" | "credit-card" | "cash-on-delivery" | "other";
export type WindowRole = "inquiries" | "requests" | "complaints";
/**
 * Digits in hyphen-separated groups, optionally starting with +.
 */
export type PhoneNumber = string;
export type Email = string;
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | "holiday";
export type ClockTime = string;
export type MonthDay = string;
export type SectionRef = string;

/**
 * A privacy policy under the Act on the Protection of Personal Information (個人情報保護法), as a typed document.
 */
export interface Policy {
  /**
   * Path or URL of the JSON Schema, for editors.
   */
  readonly $schema?: string;
  /**
   * Version of the appi-policy document format (書式のバージョン).
   */
  readonly schemaVersion: 1;
  /**
   * Id of the policy, stable across versions.
   */
  readonly id: Id;
  /**
   * The operator's own version number of this policy.
   */
  readonly version?: string;
  /**
   * Title as published, e.g. 個人情報保護方針.
   */
  readonly title?: LocalizedText;
  readonly subtitle?: LocalizedText;
  readonly operator: Operator;
  /**
   * Heading of the opening paragraphs, e.g. 重要なお知らせ.
   */
  readonly preambleTitle?: LocalizedText;
  /**
   * Opening paragraphs (前文).
   */
  readonly preamble?: readonly LocalizedText[];
  readonly sectionIntros?: SectionIntros;
  readonly principles?: Principles;
  /**
   * Kinds of personal information held (個人情報の種別).
   */
  readonly dataCategories: readonly DataCategory[];
  readonly acquisitionChannels?: readonly AcquisitionChannel[];
  readonly purposes: PurposesSection;
  readonly useBeyondPurpose?: UseBeyondPurpose;
  readonly purposeNotice?: PurposeNotice;
  readonly voluntariness?: Voluntariness;
  readonly marketingOptOut?: MarketingOptOut;
  readonly thirdPartyProvision?: ThirdPartyProvision;
  readonly jointUses?: readonly JointUse[];
  readonly outsourcing?: Outsourcing;
  readonly securityMeasures?: SecurityMeasures;
  readonly retention?: Retention;
  readonly requests?: Requests;
  readonly fees?: readonly Fee[];
  readonly tracking?: Tracking;
  readonly complaints?: Complaints;
  readonly contactWindows: readonly ContactWindow[];
  readonly accreditedOrganization?: AccreditedOrganization;
  readonly policyChanges?: PolicyChanges;
  readonly history?: History;
  /**
   * Clauses that fit no concept of the model: the last resort.
   */
  readonly additionalClauses?: readonly AdditionalClause[];
  readonly presentation?: Presentation;
}
/**
 * A text in Japanese (`ja`, required) and English (`en`).
 */
export interface LocalizedText {
  /**
   * Japanese text (日本語).
   */
  readonly ja: string;
  /**
   * English text (英語).
   */
  readonly en?: string;
}
/**
 * Name, address and representative of the business operator (Art. 32(1)(i)).
 */
export interface Operator {
  /**
   * Legal name of the operator (名称), e.g. 株式会社ジェニシス; missing when the policy does not say (the linter reports it).
   */
  readonly name?: ProperName;
  readonly entityType?: EntityType;
  /**
   * Registered address (住所).
   */
  readonly address?: PostalAddress;
  /**
   * Representatives (代表者), e.g. 代表取締役 坂口 聡隆; joint representatives are listed each.
   */
  readonly representatives?: readonly RolePerson[];
  /**
   * Country of a foreign operator (外国にある事業者の国).
   */
  readonly country?: CountryCode;
  readonly website?: HttpUrl;
}
/**
 * A person's or an organization's name: `ja`, and `en` only where an English form is published (it is printed as written otherwise).
 */
export interface ProperName {
  /**
   * The name as published in Japanese.
   */
  readonly ja: string;
  /**
   * The published English form of the name, if there is one.
   */
  readonly en?: string;
}
export interface PostalAddress {
  readonly postalCode?: PostalCode;
  /**
   * The address in Japanese (住所).
   */
  readonly ja: string;
  /**
   * The address in English.
   */
  readonly en?: string;
}
export interface RolePerson {
  /**
   * Title or role (役職), e.g. 代表取締役.
   */
  readonly title: LocalizedText;
  /**
   * Full name (氏名).
   */
  readonly name?: ProperName;
  /**
   * Position in the company (役職) when the title is a role, e.g. 取締役 for a 個人情報保護責任者.
   */
  readonly position?: LocalizedText;
  /**
   * Department (部署), e.g. 総務.
   */
  readonly department?: LocalizedText;
}
export interface SectionIntros {
  readonly dataCategories?: readonly LocalizedText[];
  readonly acquisitionChannels?: readonly LocalizedText[];
  readonly jointUses?: readonly LocalizedText[];
  readonly contactWindows?: readonly LocalizedText[];
  readonly fees?: readonly LocalizedText[];
}
export interface Principles {
  readonly title?: LocalizedText;
  readonly intro?: readonly LocalizedText[];
  readonly items: readonly Principle[];
}
export interface Principle {
  readonly id: Id;
  readonly kind: PrincipleKind;
  readonly title?: LocalizedText;
  readonly text: LocalizedText;
}
/**
 * A kind of personal information the operator holds, with its disclosure class and sensitivity.
 */
export interface DataCategory {
  readonly id: Id;
  /**
   * Name of the category (種別), e.g. お取引様情報.
   */
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  /**
   * The data items in the category (項目), e.g. 氏名, 住所.
   */
  readonly items?: readonly DataItem[];
  readonly disclosure: Disclosure;
  readonly sensitivity: Sensitivity;
  readonly acquisition?: CategoryAcquisition;
  /**
   * For `sensitivity: anonymized`: what is published under 43(3) and 43(4).
   */
  readonly anonymized?: AnonymizedPublication;
  /**
   * `true`: the policy states this data is never entrusted to others (e.g. 本人確認書類は委託しません). The guard then denies providing it to any outsourcee.
   */
  readonly neverOutsourced?: boolean;
}
export interface DataItem {
  /**
   * Japanese text (日本語).
   */
  readonly ja: string;
  /**
   * English text (英語).
   */
  readonly en?: string;
  /**
   * Sensitivity of this item when it differs from the category's.
   */
  readonly sensitivity?: Sensitivity;
}
export interface Disclosure {
  readonly class: DisclosureClass;
  /**
   * Why the data is not disclosable (非開示の理由).
   */
  readonly reason?: LocalizedText;
  /**
   * The data is handled on a client's behalf (受託個人情報); it may serve only that client's purpose.
   */
  readonly entrusted?: boolean;
}
export interface CategoryAcquisition {
  readonly methods?: readonly AcquisitionMethod[];
  /**
   * Ids of acquisition channels (取得方法) this category comes through.
   */
  readonly channels?: readonly Id[];
  /**
   * For special-care data: on what ground it is acquired (20(2)): the person's consent, or an item of 20(2).
   */
  readonly specialCareBasis?: SpecialCareBasis;
  readonly note?: LocalizedText;
}
export interface AnonymizedPublication {
  /**
   * Items of information about individuals it contains, published on creation (43条3項).
   */
  readonly items?: readonly LocalizedText[];
  readonly provision?: AnonymizedProvision;
}
export interface AnonymizedProvision {
  /**
   * Items provided (提供する匿名加工情報に含まれる項目, 43条4項).
   */
  readonly items: readonly LocalizedText[];
  /**
   * How it is provided (提供の方法, 43条4項).
   */
  readonly method: LocalizedText;
}
export interface AcquisitionChannel {
  readonly id: Id;
  readonly channel: LocalizedText;
  readonly examples: readonly LocalizedText[];
  /**
   * What is obtained through the channel (取得する情報).
   */
  readonly obtained: readonly LocalizedText[];
}
export interface PurposesSection {
  readonly intro?: readonly LocalizedText[];
  readonly groups?: readonly PurposeGroup[];
  readonly items: readonly Purpose[];
  readonly change?: PurposeChange;
}
export interface PurposeGroup {
  readonly id: Id;
  readonly name?: LocalizedText;
  readonly intro?: readonly LocalizedText[];
}
/**
 * One purpose of use (Art. 17(1), 21).
 */
export interface Purpose {
  readonly id: Id;
  /**
   * The purpose as published (利用目的).
   */
  readonly text: LocalizedText;
  /**
   * Id of the purpose group (見出し) it belongs to.
   */
  readonly group?: Id;
  readonly categories: CategoryScope;
  readonly tags?: readonly PurposeTag[];
  /**
   * Sentences attached to this purpose (なお書き).
   */
  readonly notes?: readonly LocalizedText[];
}
export interface PurposeChange {
  /**
   * Changes stay within what is reasonably related to the old purpose (関連性を有すると合理的に認められる範囲).
   */
  readonly withinReasonableRelation: boolean;
  /**
   * How a change is made known (通知・公表).
   */
  readonly notice: "notify" | "publish" | "notify-or-publish";
  readonly text?: LocalizedText;
}
export interface UseBeyondPurpose {
  /**
   * Use beyond the purposes needs the person's consent (同意).
   */
  readonly consentRequired: boolean;
  readonly exceptions: readonly UseExceptionRef[];
  /**
   * The sentence that introduces the exceptions, as published.
   */
  readonly text?: LocalizedText;
}
export interface UseExceptionRef {
  readonly id: UseExceptionId;
  /**
   * The policy's own wording, when it differs from the statute's.
   */
  readonly wording?: LocalizedText;
}
export interface PurposeNotice {
  readonly exceptions: readonly NonNotificationGroundRef[];
  readonly text?: LocalizedText;
}
export interface NonNotificationGroundRef {
  readonly id: NonNotificationGroundId;
  /**
   * The policy's own wording, when it differs from the statute's.
   */
  readonly wording?: LocalizedText;
}
export interface Voluntariness {
  /**
   * Providing personal information is optional (任意).
   */
  readonly voluntary: boolean;
  /**
   * What may happen when it is not provided.
   */
  readonly consequence?: LocalizedText;
}
export interface MarketingOptOut {
  readonly purposes: PurposeScope;
  /**
   * The person can resume the use as well (再開).
   */
  readonly canResume: boolean;
  readonly method?: LocalizedText;
  readonly text?: LocalizedText;
}
export interface ThirdPartyProvision {
  /**
   * No provision without prior consent (あらかじめ本人の同意), save the listed exceptions.
   */
  readonly consentRequired: boolean;
  readonly text?: readonly LocalizedText[];
  readonly exceptions: readonly ProvisionExceptionRef[];
  /**
   * The words by which the policy cites the exceptions instead of listing them again (上記の各号に該当する場合).
   */
  readonly exceptionsReference?: LocalizedText;
  readonly otherGrounds?: readonly ProvisionGround[];
  /**
   * How the policy lists its cases, when not as the law groups them (by default: the 27(1) exceptions with the other grounds, then the 27(5) cases — outsourcing, business succession, joint use — as a list of their own).
   */
  readonly caseLists?: readonly CaseList[];
  readonly provisions?: readonly Provision[];
  readonly optOut?: OptOut;
  /**
   * `false`: the policy states that it does not provide personal data by opt-out (オプトアウトによる第三者提供は行いません).
   */
  readonly usesOptOut?: boolean;
  /**
   * What the policy says of My Number data (特定個人情報の提供).
   */
  readonly myNumber?: LocalizedText;
}
export interface ProvisionExceptionRef {
  readonly id: ProvisionExceptionId;
  /**
   * The policy's own wording, when it differs from the statute's.
   */
  readonly wording?: LocalizedText;
}
export interface ProvisionGround {
  readonly id: Id;
  readonly kind: ProvisionGroundKind;
  readonly text: LocalizedText;
  /**
   * Sub-items the ground lists (e.g. the matters notified for joint use, ①–⑥).
   */
  readonly items?: readonly LocalizedText[];
  /**
   * `sentence`: the policy writes this ground as a sentence after the list (a proviso such as 「その他法令に基づく場合は、この限りではありません。」), not as an item of it. Default `item`.
   */
  readonly form?: "item" | "sentence";
}
export interface CaseList {
  /**
   * The list's lead text, e.g. 「次の場合は、第三者への提供に該当しません。」
   */
  readonly text?: readonly LocalizedText[];
  /**
   * @minItems 1
   */
  readonly cases: readonly Id[];
}
export interface Provision {
  readonly id: Id;
  readonly title?: LocalizedText;
  readonly basis: "consent" | "opt-out" | "statutory";
  readonly categories: CategoryScope;
  /**
   * What the recipients use the data for (提供の目的).
   */
  readonly purposes: readonly LocalizedText[];
  /**
   * Data items provided (提供される項目).
   */
  readonly items?: readonly LocalizedText[];
  /**
   * How the data is provided (提供の方法).
   */
  readonly method?: LocalizedText;
  readonly recipients?: readonly Recipient[];
  /**
   * Recipients may be in a foreign country (外国にある場合を含む).
   */
  readonly mayIncludeForeignRecipients?: boolean;
  readonly countryUnidentified?: CountryUnidentified;
  readonly measuresUnavailable?: MeasuresUnavailable;
  readonly text?: readonly LocalizedText[];
}
export interface Recipient {
  readonly id: Id;
  readonly name: ProperName;
  readonly country?: CountryCode;
  /**
   * That country's system for protecting personal information (外国における制度).
   */
  readonly countrySystem?: LocalizedText;
  /**
   * The recipient's measures for protecting personal information (提供先が講ずる措置).
   */
  readonly recipientMeasures?: LocalizedText;
  /**
   * The recipient abroad has a system meeting the Commission's standard (基準適合体制, 28(1), 規則16条): Art. 27 then applies in full instead of the 28(1) consent.
   */
  readonly systemBased?: SystemBasedTransfer;
  readonly purposes?: readonly LocalizedText[];
  readonly items?: readonly LocalizedText[];
}
export interface SystemBasedTransfer {
  readonly basis: SystemBasis;
  /**
   * The operator's measures for the recipient's continued implementation (28(3), 規則18条1項).
   */
  readonly measures?: LocalizedText;
  /**
   * The policy says the person is given information on those measures on request (28(3), 規則18条3項).
   */
  readonly informationOnRequest?: boolean;
}
export interface CountryUnidentified {
  /**
   * Why the country cannot be identified (特定できない旨及びその理由).
   */
  readonly reason: LocalizedText;
  /**
   * Information that helps the person, e.g. candidate countries (参考となるべき情報).
   */
  readonly reference?: LocalizedText;
}
export interface MeasuresUnavailable {
  /**
   * Why the measures cannot be told (提供できない旨及びその理由).
   */
  readonly reason: LocalizedText;
}
export interface OptOut {
  readonly categories: CategoryScope;
  /**
   * The policy only states when it would provide by opt-out (「…の場合であって…とき」, a statement of the law), not that it does: no ground for the guard, and one finding instead of one per missing item.
   */
  readonly conditional?: boolean;
  /**
   * When the operator relies on opt-out, as published.
   */
  readonly condition?: LocalizedText;
  readonly provisionIsPurpose?: boolean;
  readonly items?: readonly LocalizedText[];
  readonly acquisitionMethod?: LocalizedText;
  readonly provisionMethod?: LocalizedText;
  readonly stopOnRequest?: boolean;
  readonly requestMethod?: LocalizedText;
  readonly updateMethod?: LocalizedText;
  readonly startDate?: IsoDate;
  /**
   * Filed with the Personal Information Protection Commission (個人情報保護委員会への届出).
   */
  readonly notifiedToCommission?: boolean;
  /**
   * The items exactly as the policy lists them, when it words them its own way.
   */
  readonly itemsAsPublished?: readonly LocalizedText[];
}
export interface JointUse {
  readonly id: Id;
  readonly text?: LocalizedText;
  readonly categories: CategoryScope;
  /**
   * Items of personal data used jointly (共同して利用される個人データの項目).
   */
  readonly items: readonly LocalizedText[];
  /**
   * The range of joint users (共同して利用する者の範囲).
   */
  readonly users: readonly JointUser[];
  /**
   * The range of users described in words, when not listed by name.
   */
  readonly usersRange?: LocalizedText;
  /**
   * The arrangement's heading, where the policy gives one.
   */
  readonly title?: LocalizedText;
  /**
   * The operator's own purposes the joint use serves (`all` or ids), where they are the operator's; the guard and the diff read these. Give `purposesText` for the joint users' purposes.
   */
  readonly purposes?: PurposeScope;
  /**
   * The joint users' purposes as the policy words them (利用する者の利用目的); they need not be the operator's.
   */
  readonly purposesText?: readonly LocalizedText[];
  /**
   * Who is responsible for managing the data (管理について責任を有する者); several, each with the items it `covers`, where the policy names more than one.
   *
   * @minItems 1
   */
  readonly responsibleParties: readonly ResponsibleParty[];
  /**
   * How the data was acquired (取得方法).
   */
  readonly acquisitionMethod?: LocalizedText;
}
export interface JointUser {
  readonly id: Id;
  readonly name: ProperName;
  readonly address?: PostalAddress;
  readonly representatives?: readonly RolePerson[];
  /**
   * Country where the joint user is (所在国); `JP` for Japan.
   */
  readonly country?: CountryCode;
  readonly systemBased?: SystemBasedTransfer;
}
export interface ResponsibleParty {
  readonly id: Id;
  readonly name: ProperName;
  readonly address?: PostalAddress;
  readonly representatives?: readonly RolePerson[];
  /**
   * The items this party is responsible for, where several parties share the role (each for its own items).
   */
  readonly covers?: readonly LocalizedText[];
}
export interface Outsourcing {
  /**
   * The operator entrusts handling of personal data to others (委託の有無).
   */
  readonly used: boolean;
  /**
   * Only within what the purposes need (利用目的の達成に必要な範囲内).
   */
  readonly withinPurposes?: boolean;
  readonly text?: readonly LocalizedText[];
  /**
   * How outsourcees are chosen (委託先の選定基準).
   */
  readonly selectionCriteria?: readonly LocalizedText[];
  /**
   * What the contract requires (委託契約の条項).
   */
  readonly contractClauses?: readonly LocalizedText[];
  /**
   * How outsourcees are supervised (委託先の監督).
   */
  readonly supervision?: readonly LocalizedText[];
  /**
   * Rules for re-entrustment (再委託).
   */
  readonly reEntrustment?: LocalizedText;
  /**
   * How the operator handles data a client entrusts to it (受託した個人情報の取扱い).
   */
  readonly asContractor?: readonly LocalizedText[];
  /**
   * Named outsourcees, with where they are (委託先); the guard reads their country.
   */
  readonly entrustees?: readonly Entrustee[];
}
export interface Entrustee {
  readonly id: Id;
  readonly name: ProperName;
  /**
   * Country where the outsourcee handles the data (所在国); `JP` for Japan.
   */
  readonly country?: CountryCode;
  readonly systemBased?: SystemBasedTransfer;
  /**
   * The categories entrusted to it; all the operator entrusts when omitted.
   */
  readonly categories?: CategoryScope;
  /**
   * What is entrusted (委託する業務).
   */
  readonly work?: LocalizedText;
}
export interface SecurityMeasures {
  readonly text?: readonly LocalizedText[];
  /**
   * 基本方針の策定
   */
  readonly basicPolicy?: readonly LocalizedText[];
  /**
   * 個人データの取扱いに係る規律の整備
   */
  readonly rules?: readonly LocalizedText[];
  /**
   * 組織的安全管理措置
   */
  readonly organizational?: readonly LocalizedText[];
  /**
   * 人的安全管理措置
   */
  readonly human?: readonly LocalizedText[];
  /**
   * 物理的安全管理措置
   */
  readonly physical?: readonly LocalizedText[];
  /**
   * 技術的安全管理措置
   */
  readonly technical?: readonly LocalizedText[];
  readonly externalEnvironment?: ExternalEnvironment;
  /**
   * The measures are told on request instead of published (求めに応じて遅滞なく回答).
   */
  readonly disclosureOnRequest?: LocalizedText;
}
export interface ExternalEnvironment {
  /**
   * Countries where personal data is held or processed (外国の名称).
   */
  readonly countries: readonly CountryCode[];
  readonly text?: readonly LocalizedText[];
}
export interface Retention {
  readonly text?: readonly LocalizedText[];
  readonly rules: readonly RetentionRule[];
  /**
   * When data is kept longer (保存期間の例外).
   */
  readonly exceptions?: readonly LocalizedText[];
  /**
   * `true`: the company states that it deletes data without delay once its period has elapsed (期間経過後遅滞なく削除). Only then does the rendering say so.
   */
  readonly deletesAfterPeriod?: boolean;
}
export interface RetentionRule {
  readonly id: Id;
  /**
   * What is kept (情報の種類), as the policy names it.
   */
  readonly subject: LocalizedText;
  /**
   * Ids of the data categories the rule covers.
   */
  readonly categories?: readonly Id[];
  readonly period: RetentionPeriod;
  /**
   * How the data is deleted (削除方法).
   */
  readonly deletion?: LocalizedText;
}
export interface RetentionPeriod {
  readonly years?: number;
  readonly months?: number;
  readonly trigger?: RetentionTrigger;
  /**
   * The period is set by law (法定保存期間).
   */
  readonly statutory: boolean;
  readonly text: LocalizedText;
}
export interface Requests {
  /**
   * The kinds of request the operator accepts.
   */
  readonly kinds: readonly RequestKind[];
  readonly text?: readonly LocalizedText[];
  readonly handling?: readonly RequestHandling[];
  readonly submission?: RequestSubmission;
  readonly procedure?: readonly ProcedureStep[];
  /**
   * Forms to submit (所定の様式), e.g. 個人情報開示等請求書.
   */
  readonly forms?: readonly LocalizedText[];
  readonly identity?: readonly IdentityRequirement[];
  /**
   * How the requester's identity is confirmed (本人確認の方法), as published.
   */
  readonly verification?: LocalizedText;
  /**
   * What happens when identity cannot be confirmed (本人確認ができない場合).
   */
  readonly unverified?: LocalizedText;
  /**
   * How the answer is delivered (開示の方法).
   */
  readonly delivery?: readonly ("paper" | "electronic" | "other")[];
  readonly responseTime?: ResponseTime;
  readonly refusalGrounds?: readonly DisclosureRefusalGroundRef[];
  readonly refusalText?: LocalizedText;
  readonly notes?: readonly LocalizedText[];
}
export interface RequestHandling {
  readonly kind: RequestKind;
  readonly text?: readonly LocalizedText[];
  /**
   * Grounds on which the request is accepted (請求の理由), e.g. 35(1), (3), (5).
   */
  readonly grounds?: readonly LocalizedText[];
}
export interface RequestSubmission {
  readonly channels: readonly ("post" | "email" | "phone" | "web-form" | "in-person")[];
  /**
   * Id of the contact window that receives requests.
   */
  readonly window?: Id;
  readonly text?: readonly LocalizedText[];
}
export interface ProcedureStep {
  readonly title: LocalizedText;
  readonly text?: LocalizedText;
}
export interface IdentityRequirement {
  readonly requester: RequesterKind;
  readonly documents?: readonly LocalizedText[];
  readonly text?: LocalizedText;
}
export interface ResponseTime {
  readonly days?: number;
  readonly text: LocalizedText;
}
export interface DisclosureRefusalGroundRef {
  readonly id: DisclosureRefusalGroundId;
  /**
   * The policy's own wording, when it differs from the statute's.
   */
  readonly wording?: LocalizedText;
}
export interface Fee {
  readonly id: Id;
  /**
   * The request kinds the fee applies to.
   *
   * @minItems 1
   */
  readonly kinds: readonly RequestKind[];
  /**
   * Amount in yen (金額).
   */
  readonly amount?: Yen;
  /**
   * The amount includes consumption tax (税込).
   */
  readonly taxIncluded?: boolean;
  /**
   * The fee is described as actual cost (実費).
   */
  readonly actualCost?: boolean;
  /**
   * per-request (1回の請求ごと) or per-item (1件あたり).
   */
  readonly unit?: "per-request" | "per-item";
  readonly paymentMethods?: readonly PaymentMethod[];
  readonly postageBorneBy?: "requester" | "operator";
  /**
   * What happens when the fee is not paid.
   */
  readonly ifUnpaid?: LocalizedText;
  readonly text?: readonly LocalizedText[];
}
export interface Tracking {
  readonly cookies?: Cookies;
  readonly logs?: Logs;
  readonly dataFlows?: readonly DataFlow[];
}
export interface Cookies {
  readonly used: boolean;
  /**
   * Web beacons are used (Webビーコン).
   */
  readonly webBeacons?: boolean;
  /**
   * What cookies are (Cookieとは).
   */
  readonly explanation?: readonly LocalizedText[];
  /**
   * The cookie data identifies a person (個人を特定する情報を含む).
   */
  readonly identifiesPersons?: boolean;
  readonly purposes?: readonly LocalizedText[];
  readonly thirdPartyTools?: readonly LocalizedText[];
  /**
   * How to refuse cookies (ブラウザ設定による拒否) and what follows.
   */
  readonly optOut?: LocalizedText;
  readonly text?: readonly LocalizedText[];
}
export interface Logs {
  readonly collected: boolean;
  readonly items?: readonly LocalizedText[];
  readonly purposes?: readonly LocalizedText[];
  /**
   * What the logs are promised not to be used for.
   */
  readonly notUsedFor?: readonly LocalizedText[];
  readonly text?: readonly LocalizedText[];
}
export interface DataFlow {
  readonly id: Id;
  readonly direction: "sent-to-third-party" | "received-from-third-party";
  /**
   * The other party or tool (送信先・取得元).
   */
  readonly party: LocalizedText;
  readonly items: readonly LocalizedText[];
  readonly purposes: readonly LocalizedText[];
  /**
   * Linked with personal data held by the operator (個人データとの紐付け).
   */
  readonly linkedToPersonalData?: boolean;
  readonly optOut?: LocalizedText;
  readonly text?: readonly LocalizedText[];
}
export interface Complaints {
  /**
   * Id of the contact window that receives complaints.
   */
  readonly window?: Id;
  readonly text?: readonly LocalizedText[];
  readonly internalSteps?: readonly ComplaintStep[];
  readonly externalDesks?: readonly ExternalDesk[];
  readonly externalText?: LocalizedText;
}
export interface ComplaintStep {
  readonly title: LocalizedText;
  readonly text: LocalizedText;
}
export interface ExternalDesk {
  readonly id: Id;
  readonly name: LocalizedText;
  /**
   * What the desk handles.
   */
  readonly scope?: LocalizedText;
}
export interface ContactWindow {
  readonly id: Id;
  /**
   * Name of the window (窓口の名称).
   */
  readonly name: LocalizedText;
  readonly department?: LocalizedText;
  readonly roles?: readonly WindowRole[];
  readonly address?: PostalAddress;
  readonly phones?: readonly PhoneNumber[];
  readonly fax?: PhoneNumber;
  readonly emails?: readonly Email[];
  readonly form?: ContactForm;
  readonly otherChannels?: readonly OtherChannel[];
  readonly receptionHours?: ReceptionHours;
  /**
   * The persons responsible (個人情報保護管理者), one or several, as the policy names them.
   */
  readonly managers?: readonly RolePerson[];
  readonly text?: readonly LocalizedText[];
}
export interface ContactForm {
  readonly name: LocalizedText;
  readonly url?: HttpUrl;
}
export interface OtherChannel {
  readonly name: LocalizedText;
  readonly address?: string;
}
export interface ReceptionHours {
  readonly timeZone: "Asia/Tokyo";
  /**
   * @minItems 1
   */
  readonly days: readonly Weekday[];
  /**
   * @minItems 1
   */
  readonly windows: readonly TimeWindow[];
  readonly closed?: readonly ClosedPeriod[];
  /**
   * Days the window is closed besides `closed`: `public-holidays` (祝祭日を除く), `company-days` (当社が別途定める日を除く).
   */
  readonly closedOn?: readonly ("public-holidays" | "company-days")[];
  readonly note?: LocalizedText;
}
export interface TimeWindow {
  readonly from: ClockTime;
  readonly to: ClockTime;
}
export interface ClosedPeriod {
  readonly from: MonthDay;
  readonly to: MonthDay;
}
export interface AccreditedOrganization {
  /**
   * The operator is a covered business of an accredited organization (対象事業者).
   */
  readonly member: boolean;
  readonly name?: ProperName;
  /**
   * Where complaints go (苦情解決の申出先).
   */
  readonly complaintDesk?: LocalizedText;
  readonly address?: PostalAddress;
  readonly phones?: readonly PhoneNumber[];
  readonly text?: readonly LocalizedText[];
}
export interface PolicyChanges {
  readonly announcement: "website" | "notify" | "website-and-notify";
  readonly effectiveFrom: "publication" | "stated-date";
  readonly text?: readonly LocalizedText[];
}
export interface History {
  /**
   * Date the policy was established (制定日).
   */
  readonly established?: IsoDate;
  readonly revisions?: readonly Revision[];
  /**
   * Date this version takes effect (施行日).
   */
  readonly effective?: IsoDate;
}
export interface Revision {
  readonly date: IsoDate;
  readonly summary?: LocalizedText;
}
export interface AdditionalClause {
  readonly id: Id;
  readonly title?: LocalizedText;
  /**
   * @minItems 1
   */
  readonly text: readonly LocalizedText[];
}
/**
 * How the company lays out its policy. It never changes what the policy says.
 */
export interface Presentation {
  /**
   * `sections`: 1. and 1.1; `articles`: 第1条 / Article 1.
   */
  readonly numbering?: "sections" | "articles";
  /**
   * Item lists: (1) or ①.
   */
  readonly items?: "parenthesized" | "circled";
  /**
   * The statutory lists (各号): ① or (1).
   */
  readonly exceptions?: "circled" | "parenthesized";
  /**
   * Japanese dates: 令和4年4月1日 or 2022年4月1日.
   */
  readonly calendar?: "japanese" | "gregorian";
  /**
   * English dates: 1 April 2022 or 2022-04-01.
   */
  readonly englishDates?: "long" | "iso";
  /**
   * The sections in the company's order; those not listed follow in the canonical order.
   */
  readonly order?: readonly SectionRef[];
  /**
   * Headings as the company words them, in place of the catalog's.
   */
  readonly headings?: readonly SectionHeading[];
  /**
   * A layout in parts; sections no part lists go to the last.
   *
   * @minItems 1
   */
  readonly parts?: readonly PresentationPart[];
}
export interface SectionHeading {
  readonly section: SectionRef;
  readonly title: LocalizedText;
}
export interface PresentationPart {
  /**
   * The part's heading, e.g. 個人情報の取扱いについて.
   */
  readonly title?: LocalizedText;
  /**
   * The sections of the part, in order; numbering starts again in each part.
   *
   * @minItems 1
   */
  readonly sections: readonly SectionRef[];
}
