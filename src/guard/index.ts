/**
 * `appi-policy/guard`: the runtime purpose checker alone. Imports nothing
 * (not even effect); works in Node and browsers over a precompiled table.
 *
 * @since 0.1.0
 */
export { check, createChecker, type Checker } from "./check.ts"
export { DECISIONS, type AllowCode, type Decision, type DecisionCode, type DenyCode } from "./decisions.ts"
export {
  ACADEMIC_EXCEPTIONS,
  COMMON_EXCEPTIONS,
  MY_NUMBER_GROUNDS,
  PROVISION_EXCEPTIONS,
  RECIPIENT_KINDS,
  USE_EXCEPTIONS,
  type Consent,
  type ExceptionId,
  type GuardRequest,
  type MyNumberGround,
  type ProvideRequest,
  type ProvisionException,
  type RecipientKind,
  type UseException,
  type UseRequest
} from "./request.ts"
export {
  TABLE_FORMAT,
  TABLE_FORMAT_VERSION,
  type CategoryKind,
  type DecisionTable,
  type OptOutState,
  type TableCategory,
  type TableJointUser,
  type TableLocation,
  type TableRecipient
} from "./table.ts"
