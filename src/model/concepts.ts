/**
 * The concepts of a policy, one entry per top-level key of the model: what
 * each is called (the changelog's headings, the summary), where the prose
 * shows it (its section, the document's frame, or why it is not prose).
 * Typed against the model's own keys: a field added to `Policy` without an
 * entry here is a type error, so render and the changelog cannot silently
 * leave it out. The rooms that may not import upward keep their own tables
 * keyed the same way: the diff's kinds of change per concept
 * (`src/diff/rules.ts`) and the summary's lines (`src/render/summary.ts`).
 * `test/full/conceptRegistry.test.ts` adds a field and expects exactly these
 * three tables to fail to compile.
 *
 * @since 0.3.0
 */
import type { Bilingual } from "../core/Lang.ts"
import type { Policy } from "./Policy.ts"
import type { SectionKey } from "./Presentation.ts"

/** A name in both languages. @since 0.3.0 */
export type ConceptLabel = Bilingual

/**
 * Where the rendered policy shows a concept: its own section (one of the
 * presentation's section keys), a part of the document's frame, or nowhere,
 * with the reason.
 *
 * @since 0.3.0
 */
export type ConceptPlace =
  | { readonly section: SectionKey }
  | { readonly frame: "title" | "preamble" | "section-intro" | "history" | "additional-clauses" | "layout" }
  | { readonly notProse: string }

/** @since 0.3.0 */
export interface Concept {
  readonly label: ConceptLabel
  readonly rendered: ConceptPlace
}

const concept = (ja: string, en: string, rendered: ConceptPlace): Concept => ({ label: { ja, en }, rendered })

/**
 * Every top-level key of a policy document, as a concept.
 *
 * @since 0.3.0
 */
export const POLICY_CONCEPTS = {
  $schema: concept("スキーマ", "Schema", { notProse: "where editors find the JSON Schema" }),
  schemaVersion: concept("書式のバージョン", "Format version", { notProse: "the version of the document format, for the loader" }),
  id: concept("方針の id", "Policy id", { notProse: "the key two versions of a policy are compared by" }),
  version: concept("版", "Version", { notProse: "the document's own version label; the published dates are `history`" }),
  title: concept("表題", "Title", { frame: "title" }),
  subtitle: concept("副題", "Subtitle", { frame: "title" }),
  operator: concept("個人情報取扱事業者", "Operator", { section: "operator" }),
  preambleTitle: concept("前文の見出し", "Preamble heading", { frame: "preamble" }),
  preamble: concept("前文", "Preamble", { frame: "preamble" }),
  sectionIntros: concept("各節の前書き", "Section introductions", { frame: "section-intro" }),
  principles: concept("基本方針", "Basic policy", { section: "principles" }),
  dataCategories: concept("個人情報の種別", "Categories of personal information", { section: "data-categories" }),
  acquisitionChannels: concept("取得方法", "Acquisition channels", { section: "acquisition-channels" }),
  purposes: concept("利用目的", "Purposes of use", { section: "purposes" }),
  useBeyondPurpose: concept("目的外利用", "Use beyond the purposes", { section: "use-beyond-purpose" }),
  purposeNotice: concept("利用目的の通知の例外", "When a purpose is not notified", { section: "purpose-notice" }),
  voluntariness: concept("提供の任意性", "Voluntariness", { section: "voluntariness" }),
  marketingOptOut: concept("利用停止の申出", "Marketing opt-out", { section: "marketing-opt-out" }),
  thirdPartyProvision: concept("第三者提供", "Provision to third parties", { section: "third-party-provision" }),
  jointUses: concept("共同利用", "Joint use", { section: "joint-use" }),
  outsourcing: concept("委託", "Outsourcing", { section: "outsourcing" }),
  securityMeasures: concept("安全管理措置", "Security measures", { section: "security-measures" }),
  retention: concept("保存期間", "Retention", { section: "retention" }),
  requests: concept("開示等の請求", "Requests", { section: "requests" }),
  fees: concept("手数料", "Fees", { section: "fees" }),
  tracking: concept("Cookie・外部送信", "Cookies and external transmission", { section: "tracking" }),
  complaints: concept("苦情・相談", "Complaints", { section: "complaints" }),
  contactWindows: concept("問い合わせ窓口", "Contact windows", { section: "contact-windows" }),
  accreditedOrganization: concept("認定個人情報保護団体", "Accredited organization", { section: "accredited-organization" }),
  policyChanges: concept("本方針の改定", "Changes to this policy", { section: "policy-changes" }),
  history: concept("制定・改定", "History", { frame: "history" }),
  additionalClauses: concept("その他の条項", "Additional clauses", { frame: "additional-clauses" }),
  presentation: concept("表示の設定", "Presentation", { frame: "layout" })
} as const satisfies { readonly [K in keyof Policy]-?: Concept }

/** @since 0.3.0 */
export type PolicyKey = keyof typeof POLICY_CONCEPTS
