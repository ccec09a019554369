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
  EQUIVALENT_COUNTRIES,
  STATUTORY_EXCEPTIONS,
  type ExceptionId,
  type GuardRequest,
  type ProvideRequest,
  type RecipientKind,
  type UseRequest
} from "./request.ts"
export { TABLE_FORMAT, TABLE_FORMAT_VERSION, type DecisionTable, type TableCategory } from "./table.ts"
