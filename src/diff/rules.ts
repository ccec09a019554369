/**
 * Which kinds of change classify an edit, and in what order. An edit belongs
 * to the concept of its top-level key (`purposes.items.*.text` to
 * `purposes`); it is tried against
 *
 * 1. `translation-changed` (only the English of a text changed), then
 * 2. its concept's kinds, in the order listed — the explicit priority where
 *    two kinds could claim one edit (a purpose added that a joint use covers
 *    is `jointly-used-purpose-changed` before it is `related-purpose-added`),
 * 3. `wording-changed` (prose fields anywhere), and last
 * 4. `statement-changed`, the catch-all, which claims everything.
 *
 * The table is typed against the model's keys: a top-level field added to
 * `Policy` without its list here is a type error, so the diff cannot file it
 * under the catch-all unnoticed (`[]` says "wording only", deliberately).
 *
 * @since 0.1.0
 */
import type { Policy } from "../model/Policy.ts"
import type { ChangeRule } from "./ChangeRule.ts"
import accreditedOrganizationChanged from "./changes/accredited-organization-changed.ts"
import acquisitionChanged from "./changes/acquisition-changed.ts"
import beyondPurposeConsentDropped from "./changes/beyond-purpose-consent-dropped.ts"
import categoryAdded from "./changes/category-added.ts"
import categoryChanged from "./changes/category-changed.ts"
import categoryMadeSensitive from "./changes/category-made-sensitive.ts"
import categoryNewlyProvided from "./changes/category-newly-provided.ts"
import categoryRemoved from "./changes/category-removed.ts"
import categoryUnderOptOut from "./changes/category-under-opt-out.ts"
import commitmentChanged from "./changes/commitment-changed.ts"
import complaintHandlingChanged from "./changes/complaint-handling-changed.ts"
import contactWindowChanged from "./changes/contact-window-changed.ts"
import feeChanged from "./changes/fee-changed.ts"
import foreignProvisionAdded from "./changes/foreign-provision-added.ts"
import foreignRecipientAdded from "./changes/foreign-recipient-added.ts"
import freeTextClauseChanged from "./changes/free-text-clause-changed.ts"
import historyUpdated from "./changes/history-updated.ts"
import jointUseAdded from "./changes/joint-use-added.ts"
import jointUseDetailsChanged from "./changes/joint-use-details-changed.ts"
import jointUseEnded from "./changes/joint-use-ended.ts"
import jointUseItemsWidened from "./changes/joint-use-items-widened.ts"
import jointUseNarrowed from "./changes/joint-use-narrowed.ts"
import jointUsePurposesChanged from "./changes/joint-use-purposes-changed.ts"
import jointUserAdded from "./changes/joint-user-added.ts"
import jointUserChanged from "./changes/joint-user-changed.ts"
import jointUserRemoved from "./changes/joint-user-removed.ts"
import jointlyUsedCategoryAdded from "./changes/jointly-used-category-added.ts"
import jointlyUsedPurposeChanged from "./changes/jointly-used-purpose-changed.ts"
import linkedDataReceived from "./changes/linked-data-received.ts"
import linkedDataSent from "./changes/linked-data-sent.ts"
import nonStatutoryGroundChanged from "./changes/non-statutory-ground-changed.ts"
import operatorIdentityChanged from "./changes/operator-identity-changed.ts"
import optOutEnded from "./changes/opt-out-ended.ts"
import optOutFilingWithdrawn from "./changes/opt-out-filing-withdrawn.ts"
import optOutForbiddenDataAdded from "./changes/opt-out-forbidden-data-added.ts"
import optOutIntroduced from "./changes/opt-out-introduced.ts"
import optOutItemChanged from "./changes/opt-out-item-changed.ts"
import optOutOperatorChanged from "./changes/opt-out-operator-changed.ts"
import optOutProvisionAdded from "./changes/opt-out-provision-added.ts"
import optOutStatementChanged from "./changes/opt-out-statement-changed.ts"
import outsourcingChanged from "./changes/outsourcing-changed.ts"
import provisionAdded from "./changes/provision-added.ts"
import provisionConsentDropped from "./changes/provision-consent-dropped.ts"
import provisionNarrowed from "./changes/provision-narrowed.ts"
import provisionParticularsChanged from "./changes/provision-particulars-changed.ts"
import provisionWidened from "./changes/provision-widened.ts"
import purposeAdded from "./changes/purpose-added.ts"
import purposeMetadataChanged from "./changes/purpose-metadata-changed.ts"
import purposeNarrowed from "./changes/purpose-narrowed.ts"
import purposeRemoved from "./changes/purpose-removed.ts"
import purposeReworded from "./changes/purpose-reworded.ts"
import purposeWidened from "./changes/purpose-widened.ts"
import relatedPurposeAdded from "./changes/related-purpose-added.ts"
import relatedPurposeWidened from "./changes/related-purpose-widened.ts"
import requestProcedureChanged from "./changes/request-procedure-changed.ts"
import responsiblePartyDetailsChanged from "./changes/responsible-party-details-changed.ts"
import responsiblePartyReplaced from "./changes/responsible-party-replaced.ts"
import retentionChanged from "./changes/retention-changed.ts"
import securityMeasuresChanged from "./changes/security-measures-changed.ts"
import sensitiveCategoryAdded from "./changes/sensitive-category-added.ts"
import statementChanged from "./changes/statement-changed.ts"
import statutoryGroundsRestated from "./changes/statutory-grounds-restated.ts"
import systemBasedRecipientAdded from "./changes/system-based-recipient-added.ts"
import trackingChanged from "./changes/tracking-changed.ts"
import translationChanged from "./changes/translation-changed.ts"
import wordingChanged from "./changes/wording-changed.ts"

/** Tried before every concept's own kinds. @since 0.3.0 */
export const FIRST_KINDS = [translationChanged] as const

/** Tried after every concept's own kinds; `statement-changed` claims everything. @since 0.3.0 */
export const LAST_KINDS = [wordingChanged, statementChanged] as const

/**
 * Each top-level concept's kinds of change, highest priority first.
 *
 * @since 0.3.0
 */
export const CONCEPT_KINDS = {
  // Document metadata, titles and prose: wording only.
  $schema: [],
  schemaVersion: [],
  id: [],
  version: [],
  title: [],
  subtitle: [],
  preambleTitle: [],
  preamble: [],
  sectionIntros: [feeChanged, contactWindowChanged],
  principles: [],
  operator: [optOutOperatorChanged, operatorIdentityChanged],
  dataCategories: [
    optOutForbiddenDataAdded,
    sensitiveCategoryAdded,
    categoryNewlyProvided,
    categoryUnderOptOut,
    jointlyUsedCategoryAdded,
    categoryMadeSensitive,
    categoryAdded,
    categoryRemoved,
    categoryChanged,
    acquisitionChanged
  ],
  acquisitionChannels: [acquisitionChanged],
  purposes: [
    purposeAdded,
    purposeWidened,
    jointlyUsedPurposeChanged,
    relatedPurposeAdded,
    purposeRemoved,
    relatedPurposeWidened,
    purposeNarrowed,
    purposeReworded,
    purposeMetadataChanged,
    commitmentChanged
  ],
  useBeyondPurpose: [beyondPurposeConsentDropped, statutoryGroundsRestated],
  purposeNotice: [statutoryGroundsRestated],
  voluntariness: [commitmentChanged],
  marketingOptOut: [commitmentChanged],
  thirdPartyProvision: [
    optOutForbiddenDataAdded,
    provisionConsentDropped,
    systemBasedRecipientAdded,
    foreignProvisionAdded,
    optOutProvisionAdded,
    provisionAdded,
    provisionWidened,
    provisionNarrowed,
    nonStatutoryGroundChanged,
    provisionParticularsChanged,
    optOutIntroduced,
    optOutEnded,
    optOutFilingWithdrawn,
    optOutItemChanged,
    optOutStatementChanged,
    statutoryGroundsRestated
  ],
  jointUses: [
    systemBasedRecipientAdded,
    foreignRecipientAdded,
    jointUseAdded,
    jointUseEnded,
    jointUserAdded,
    jointUserRemoved,
    jointUseItemsWidened,
    jointUseNarrowed,
    jointUsePurposesChanged,
    responsiblePartyReplaced,
    responsiblePartyDetailsChanged,
    jointUserChanged,
    jointUseDetailsChanged
  ],
  outsourcing: [systemBasedRecipientAdded, foreignRecipientAdded, outsourcingChanged],
  securityMeasures: [securityMeasuresChanged],
  retention: [retentionChanged],
  requests: [statutoryGroundsRestated, requestProcedureChanged],
  fees: [feeChanged],
  tracking: [linkedDataReceived, linkedDataSent, trackingChanged],
  complaints: [complaintHandlingChanged],
  contactWindows: [contactWindowChanged],
  accreditedOrganization: [accreditedOrganizationChanged],
  policyChanges: [commitmentChanged],
  history: [historyUpdated],
  additionalClauses: [freeTextClauseChanged],
  // Layout only: wording where a label changed, otherwise the catch-all.
  presentation: []
} as const satisfies { readonly [K in keyof Policy]-?: ReadonlyArray<ChangeRule> }

/**
 * The id of every kind of change (`purpose-added`, …).
 *
 * @since 0.3.0
 */
export type ChangeId =
  | (typeof FIRST_KINDS)[number]["id"]
  | (typeof CONCEPT_KINDS)[keyof typeof CONCEPT_KINDS][number]["id"]
  | (typeof LAST_KINDS)[number]["id"]

/** The concepts' lists with the shared first and last kinds around them. */
const ORDER: ReadonlyMap<string, ReadonlyArray<ChangeRule>> = new Map(
  Object.entries(CONCEPT_KINDS).map(([concept, kinds]): [string, ReadonlyArray<ChangeRule>] => [concept, [...FIRST_KINDS, ...kinds, ...LAST_KINDS]])
)

const OUTSIDE_THE_MODEL: ReadonlyArray<ChangeRule> = [...FIRST_KINDS, ...LAST_KINDS]

/**
 * The kinds that may classify an edit under the top-level key `concept`, in
 * the order they are tried (a key outside the model gets the shared ones).
 *
 * @since 0.3.0
 */
export const kindsFor = (concept: string): ReadonlyArray<ChangeRule> => ORDER.get(concept) ?? OUTSIDE_THE_MODEL

/**
 * Every kind of change once: the shared first kinds, each concept's in the
 * table's order, the shared last kinds.
 *
 * @since 0.1.0
 */
export const CHANGE_RULES: ReadonlyArray<ChangeRule> = [...new Set([...FIRST_KINDS, ...Object.values(CONCEPT_KINDS).flat(), ...LAST_KINDS])]
