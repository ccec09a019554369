/**
 * Names of concepts, fields, impacts and kinds of change, in both languages,
 * for the changelog. Unknown fields are shown as they are spelled in the model.
 *
 * @since 0.1.0
 */
import { POLICY_CONCEPTS } from "../../model/concepts.ts"
import type { Bilingual } from "../ChangeSet.ts"
import type { Impact } from "../Impact.ts"
import type { EditKind } from "../structural.ts"

const b = (ja: string, en: string): Bilingual => ({ ja, en })

/** @since 0.1.0 */
export const IMPACT_LABELS: Readonly<Record<Impact, Bilingual>> = {
  editorial: b("表記の修正", "editorial"),
  publish: b("公表", "publish"),
  notify: b("通知又は公表", "notify or publish"),
  "notify-in-advance": b("事前の通知", "notify in advance"),
  consent: b("本人の同意", "consent")
}

/** @since 0.1.0 */
export const KIND_LABELS: Readonly<Record<EditKind, Bilingual>> = {
  added: b("追加", "added"),
  removed: b("削除", "removed"),
  changed: b("変更", "changed"),
  reordered: b("並べ替え", "reordered")
}

// The top-level concepts are named in the model's registry; here, the nested ones and the whole document.
const CONCEPTS: Readonly<Record<string, Bilingual>> = {
  ...Object.fromEntries(Object.entries(POLICY_CONCEPTS).map(([key, concept]) => [key, concept.label])),
  "principles.items": b("基本方針", "Basic policy"),
  "purposes.items": b("利用目的", "Purposes of use"),
  "purposes.groups": b("利用目的の区分", "Purpose groups"),
  "useBeyondPurpose.exceptions": b("目的外利用の例外", "Exceptions for use beyond the purposes"),
  "purposeNotice.exceptions": b("利用目的の通知の例外", "When a purpose is not notified"),
  "thirdPartyProvision.exceptions": b("第三者提供の例外", "Exceptions for provision"),
  "thirdPartyProvision.otherGrounds": b("第三者提供の事由", "Grounds for provision"),
  "thirdPartyProvision.provisions": b("第三者提供の内容", "Provisions to third parties"),
  "retention.rules": b("保存期間", "Retention"),
  "requests.handling": b("開示等の請求", "Requests"),
  "requests.identity": b("本人確認", "Identity verification"),
  "requests.refusalGrounds": b("開示しない場合", "Grounds for refusing disclosure"),
  "tracking.dataFlows": b("外部送信・個人関連情報", "External transmission and received data"),
  "complaints.externalDesks": b("外部の相談窓口", "External desks"),
  document: b("文書全体", "Whole document")
}

const FIELDS: Readonly<Record<string, Bilingual>> = {
  text: b("本文", "text"),
  intro: b("前書き", "introduction"),
  name: b("名称", "name"),
  title: b("見出し", "title"),
  description: b("説明", "description"),
  notes: b("なお書き", "notes"),
  address: b("住所", "address"),
  phones: b("電話番号", "phone numbers"),
  fax: b("FAX番号", "fax"),
  emails: b("メールアドレス", "e-mail"),
  form: b("フォーム", "web form"),
  website: b("ウェブサイト", "website"),
  receptionHours: b("受付時間", "reception hours"),
  managers: b("管理者", "managers"),
  department: b("部署", "department"),
  roles: b("用途", "roles"),
  representatives: b("代表者", "representatives"),
  amount: b("金額", "amount"),
  unit: b("単位", "unit"),
  kinds: b("請求の種類", "request kinds"),
  paymentMethods: b("支払方法", "payment methods"),
  taxIncluded: b("税込", "tax included"),
  actualCost: b("実費", "actual cost"),
  postageBorneBy: b("郵送料の負担", "postage borne by"),
  categories: b("対象の種別", "categories"),
  items: b("項目", "items"),
  purposes: b("利用目的", "purposes"),
  purposesText: b("利用目的", "purposes"),
  users: b("共同して利用する者", "joint users"),
  usersRange: b("共同して利用する者の範囲", "range of joint users"),
  responsibleParties: b("責任を有する者", "responsible parties"),
  acquisitionMethod: b("取得方法", "acquisition method"),
  acquisition: b("取得", "acquisition"),
  sensitivity: b("情報の区分", "sensitivity"),
  disclosure: b("開示区分", "disclosure class"),
  tags: b("タグ", "tags"),
  group: b("区分", "group"),
  recipients: b("提供先", "recipients"),
  country: b("国", "country"),
  basis: b("根拠", "basis"),
  method: b("方法", "method"),
  optOut: b("オプトアウト", "opt-out"),
  consentRequired: b("同意の要否", "consent required"),
  exceptions: b("例外", "exceptions"),
  procedure: b("手続", "procedure"),
  identity: b("本人確認", "identity verification"),
  submission: b("請求の方法", "submission"),
  responseTime: b("回答期限", "response time"),
  period: b("期間", "period"),
  deletion: b("削除方法", "deletion"),
  rules: b("規程", "rules"),
  effective: b("施行日", "effective date"),
  established: b("制定日", "established"),
  revisions: b("改定", "revisions"),
  used: b("利用の有無", "used")
}

/** @since 0.1.0 */
export const conceptLabel = (concept: string): Bilingual => CONCEPTS[concept] ?? b(concept, concept)

/** A field's label, or `undefined` for a name the table does not know (an entry key, a rare field). @since 0.1.0 */
export const fieldLabel = (field: string): Bilingual | undefined => FIELDS[field]
