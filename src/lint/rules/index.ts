/**
 * Every rule, in id order. Each is one file named by its id; a test checks
 * that this list, the files and the generated docs agree.
 *
 * @since 0.1.0
 */
import type { LintRule } from "../Rule.ts"
import abstractPurpose from "./abstract-purpose.ts"
import accreditedOrganizationIncomplete from "./accredited-organization-incomplete.ts"
import agentRequests from "./agent-requests.ts"
import anonymizedData from "./anonymized-data.ts"
import categoryWithoutPurpose from "./category-without-purpose.ts"
import complaintContactMissing from "./complaint-contact-missing.ts"
import consentDefault from "./consent-default.ts"
import contactUnreachable from "./contact-unreachable.ts"
import disclosureMethod from "./disclosure-method.ts"
import emptyRecipients from "./empty-recipients.ts"
import exceptionListsMixed from "./exception-lists-mixed.ts"
import feeAmountMissing from "./fee-amount-missing.ts"
import feeOnFreeRequest from "./fee-on-free-request.ts"
import foreignCountryUnnamed from "./foreign-country-unnamed.ts"
import foreignRoute from "./foreign-route.ts"
import foreignTransferInfo from "./foreign-transfer-info.ts"
import internalConsistency from "./internal-consistency.ts"
import jointUseIncomplete from "./joint-use-incomplete.ts"
import myNumberProvision from "./my-number-provision.ts"
import myNumberPurposes from "./my-number-purposes.ts"
import noPurposes from "./no-purposes.ts"
import nonDisclosableReason from "./non-disclosable-reason.ts"
import nonStatutoryProvisionGround from "./non-statutory-provision-ground.ts"
import operatorIdentity from "./operator-identity.ts"
import optOutForbiddenData from "./opt-out-forbidden-data.ts"
import optOutIncomplete from "./opt-out-incomplete.ts"
import profilingPurpose from "./profiling-purpose.ts"
import provisionPurposeMissing from "./provision-purpose-missing.ts"
import pseudonymizedData from "./pseudonymized-data.ts"
import purposeChangeUnrelated from "./purpose-change-unrelated.ts"
import purposeWithoutCategory from "./purpose-without-category.ts"
import requestProcedures from "./request-procedures.ts"
import securityMeasures from "./security-measures.ts"
import specialCareAcquisition from "./special-care-acquisition.ts"
import systemBasedStatement from "./system-based-statement.ts"

/** @since 0.1.0 */
export const rules: ReadonlyArray<LintRule> = [
  abstractPurpose,
  accreditedOrganizationIncomplete,
  agentRequests,
  anonymizedData,
  categoryWithoutPurpose,
  complaintContactMissing,
  consentDefault,
  contactUnreachable,
  disclosureMethod,
  emptyRecipients,
  exceptionListsMixed,
  feeAmountMissing,
  feeOnFreeRequest,
  foreignCountryUnnamed,
  foreignRoute,
  foreignTransferInfo,
  internalConsistency,
  jointUseIncomplete,
  myNumberProvision,
  myNumberPurposes,
  noPurposes,
  nonDisclosableReason,
  nonStatutoryProvisionGround,
  operatorIdentity,
  optOutForbiddenData,
  optOutIncomplete,
  profilingPurpose,
  provisionPurposeMissing,
  pseudonymizedData,
  purposeChangeUnrelated,
  purposeWithoutCategory,
  requestProcedures,
  securityMeasures,
  specialCareAcquisition,
  systemBasedStatement
]
