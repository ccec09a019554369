/**
 * The whole privacy policy (個人情報保護方針 / プライバシーポリシー) as one typed
 * document. `Policy` is the structural schema (what JSON Schema can also say);
 * `PolicyDocument` adds the semantic checks: unique ids, references that
 * resolve, and calendar dates that exist.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { AccreditedOrganization } from "./AccreditedOrganization.ts"
import { AcquisitionChannel } from "./AcquisitionChannel.ts"
import { Complaints } from "./Complaints.ts"
import { ContactWindow } from "./ContactWindow.ts"
import { DataCategory } from "./DataCategory.ts"
import { Fee } from "./Fee.ts"
import { History } from "./History.ts"
import { JointUse } from "./JointUse.ts"
import { AdditionalClause, MarketingOptOut, PolicyChanges, PurposeNotice, Voluntariness } from "./Notices.ts"
import { Operator } from "./Operator.ts"
import { Outsourcing } from "./Outsourcing.ts"
import { Presentation } from "./Presentation.ts"
import { Principles } from "./Principles.ts"
import { Id, LocalizedText } from "./primitives.ts"
import { PurposesSection } from "./Purpose.ts"
import { Requests } from "./Requests.ts"
import { Retention } from "./Retention.ts"
import { SecurityMeasures } from "./SecurityMeasures.ts"
import { semanticIssues } from "./semantics.ts"
import { UseBeyondPurpose } from "./StatutoryException.ts"
import { ThirdPartyProvision } from "./ThirdPartyProvision.ts"
import { Tracking } from "./Tracking.ts"

/**
 * The version of this document format. Bumped on any breaking change to the
 * model; a loader that meets a version it does not know refuses the document.
 *
 * @since 0.1.0
 */
export const SCHEMA_VERSION = 1 as const

/**
 * Sentences that open a section whose body is a list (「以下の個人情報を取得いたします:」).
 * Purposes keep theirs in `purposes.intro`.
 *
 * @since 0.1.0
 */
export const SectionIntros = Schema.Struct({
  dataCategories: Schema.optionalKey(Schema.Array(LocalizedText)),
  acquisitionChannels: Schema.optionalKey(Schema.Array(LocalizedText)),
  jointUses: Schema.optionalKey(Schema.Array(LocalizedText)),
  contactWindows: Schema.optionalKey(Schema.Array(LocalizedText)),
  fees: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "SectionIntros", title: "Section introductions (各節の前書き)" })

/** @since 0.1.0 */
export const Policy = Schema.Struct({
  $schema: Schema.optionalKey(Schema.String.annotate({ description: "Path or URL of the JSON Schema, for editors." })),
  schemaVersion: Schema.Literal(SCHEMA_VERSION).annotate({ description: "Version of the appi-policy document format (書式のバージョン)." }),
  id: Id.annotateKey({ description: "Id of the policy, stable across versions." }),
  version: Schema.optionalKey(
    Schema.String.check(Schema.isPattern(/^[0-9]+(?:\.[0-9]+){0,2}$/u, { expected: "a version such as `2` or `2.1.0`" })).annotate({
      description: "The operator's own version number of this policy."
    })
  ),
  title: Schema.optionalKey(LocalizedText.annotateKey({ description: "Title as published, e.g. 個人情報保護方針." })),
  subtitle: Schema.optionalKey(LocalizedText),
  operator: Operator,
  preambleTitle: Schema.optionalKey(LocalizedText.annotateKey({ description: "Heading of the opening paragraphs, e.g. 重要なお知らせ." })),
  preamble: Schema.optionalKey(Schema.Array(LocalizedText).annotate({ description: "Opening paragraphs (前文)." })),
  sectionIntros: Schema.optionalKey(SectionIntros),
  principles: Schema.optionalKey(Principles),
  dataCategories: Schema.Array(DataCategory).annotate({ description: "Kinds of personal information held (個人情報の種別)." }),
  acquisitionChannels: Schema.optionalKey(Schema.Array(AcquisitionChannel)),
  purposes: PurposesSection,
  useBeyondPurpose: Schema.optionalKey(UseBeyondPurpose),
  purposeNotice: Schema.optionalKey(PurposeNotice),
  voluntariness: Schema.optionalKey(Voluntariness),
  marketingOptOut: Schema.optionalKey(MarketingOptOut),
  thirdPartyProvision: Schema.optionalKey(ThirdPartyProvision),
  jointUses: Schema.optionalKey(Schema.Array(JointUse)),
  outsourcing: Schema.optionalKey(Outsourcing),
  securityMeasures: Schema.optionalKey(SecurityMeasures),
  retention: Schema.optionalKey(Retention),
  requests: Schema.optionalKey(Requests),
  fees: Schema.optionalKey(Schema.Array(Fee)),
  tracking: Schema.optionalKey(Tracking),
  complaints: Schema.optionalKey(Complaints),
  contactWindows: Schema.Array(ContactWindow),
  accreditedOrganization: Schema.optionalKey(AccreditedOrganization),
  policyChanges: Schema.optionalKey(PolicyChanges),
  history: Schema.optionalKey(History),
  additionalClauses: Schema.optionalKey(
    Schema.Array(AdditionalClause).annotate({ description: "Clauses that fit no concept of the model: the last resort." })
  ),
  presentation: Schema.optionalKey(Presentation)
}).annotate({
  identifier: "Policy",
  title: "Privacy policy (個人情報保護方針)",
  description: "A privacy policy under the Act on the Protection of Personal Information (個人情報保護法), as a typed document."
})
/** @since 0.1.0 */
export type Policy = typeof Policy.Type
/** The JSON/YAML form of a policy (identical to `Policy`: the model has no transformations). @since 0.1.0 */
export type PolicyInput = typeof Policy.Encoded

/**
 * `Policy` plus the checks JSON Schema cannot express: ids unique within
 * their kind, references that resolve, dates that exist.
 *
 * @since 0.1.0
 */
export const PolicyDocument = Policy.check(
  Schema.makeFilter((policy) => semanticIssues(policy).map(({ path, message }) => ({ path, issue: message })), {
    expected: "a policy whose ids are unique and whose references resolve"
  })
)
