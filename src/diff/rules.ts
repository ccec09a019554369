/**
 * Every kind of change, in the order they are tried: specific kinds first,
 * `wording-changed` and the catch-all `statement-changed` last. The first
 * kind whose `matches` claims an edit classifies it.
 *
 * @since 0.1.0
 */
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
import linkedDataReceived from "./changes/linked-data-received.ts"
import nonStatutoryGroundChanged from "./changes/non-statutory-ground-changed.ts"
import operatorIdentityChanged from "./changes/operator-identity-changed.ts"
import optOutEnded from "./changes/opt-out-ended.ts"
import optOutIntroduced from "./changes/opt-out-introduced.ts"
import optOutItemChanged from "./changes/opt-out-item-changed.ts"
import optOutOperatorChanged from "./changes/opt-out-operator-changed.ts"
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
import trackingChanged from "./changes/tracking-changed.ts"
import wordingChanged from "./changes/wording-changed.ts"
import translationChanged from "./changes/translation-changed.ts"
import jointlyUsedPurposeChanged from "./changes/jointly-used-purpose-changed.ts"
import jointlyUsedCategoryAdded from "./changes/jointly-used-category-added.ts"
import optOutForbiddenDataAdded from "./changes/opt-out-forbidden-data-added.ts"
import optOutFilingWithdrawn from "./changes/opt-out-filing-withdrawn.ts"
import optOutProvisionAdded from "./changes/opt-out-provision-added.ts"
import foreignRecipientAdded from "./changes/foreign-recipient-added.ts"
import systemBasedRecipientAdded from "./changes/system-based-recipient-added.ts"
import linkedDataSent from "./changes/linked-data-sent.ts"

/** @since 0.1.0 */
export const CHANGE_RULES: ReadonlyArray<ChangeRule> = [
  translationChanged,
  purposeAdded,
  purposeWidened,
  jointlyUsedPurposeChanged,
  relatedPurposeAdded,
  purposeRemoved,
  relatedPurposeWidened,
  purposeNarrowed,
  purposeReworded,
  purposeMetadataChanged,
  beyondPurposeConsentDropped,
  optOutForbiddenDataAdded,
  sensitiveCategoryAdded,
  categoryNewlyProvided,
  categoryUnderOptOut,
  jointlyUsedCategoryAdded,
  categoryMadeSensitive,
  categoryAdded,
  categoryRemoved,
  categoryChanged,
  acquisitionChanged,
  provisionConsentDropped,
  systemBasedRecipientAdded,
  foreignProvisionAdded,
  foreignRecipientAdded,
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
  statutoryGroundsRestated,
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
  jointUseDetailsChanged,
  optOutOperatorChanged,
  operatorIdentityChanged,
  securityMeasuresChanged,
  requestProcedureChanged,
  feeChanged,
  contactWindowChanged,
  complaintHandlingChanged,
  accreditedOrganizationChanged,
  retentionChanged,
  outsourcingChanged,
  linkedDataReceived,
  linkedDataSent,
  trackingChanged,
  commitmentChanged,
  freeTextClauseChanged,
  historyUpdated,
  wordingChanged,
  statementChanged
]
