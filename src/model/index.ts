/**
 * The policy model: one module per concept, imported as namespaces.
 *
 * @since 0.1.0
 * @module
 */
export * as AccreditedOrganization from "./AccreditedOrganization.ts"
export * as AcquisitionChannel from "./AcquisitionChannel.ts"
export * as Complaints from "./Complaints.ts"
export * as ContactWindow from "./ContactWindow.ts"
export * as DataCategory from "./DataCategory.ts"
export * as Fee from "./Fee.ts"
export * as History from "./History.ts"
export * as JointUse from "./JointUse.ts"
export * as Notices from "./Notices.ts"
export * as Operator from "./Operator.ts"
export * as Outsourcing from "./Outsourcing.ts"
export * as Policy from "./Policy.ts"
export * as Presentation from "./Presentation.ts"
export * as Primitives from "./primitives.ts"
export * as Principles from "./Principles.ts"
export * as Purpose from "./Purpose.ts"
export * as Requests from "./Requests.ts"
export * as Retention from "./Retention.ts"
export * as SecurityMeasures from "./SecurityMeasures.ts"
export * as Semantics from "./semantics.ts"
export * as StatutoryException from "./StatutoryException.ts"
export * as ThirdPartyProvision from "./ThirdPartyProvision.ts"
export * as Tracking from "./Tracking.ts"
