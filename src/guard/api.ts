/**
 * The guard room's face for the library entries: compiling a policy, the
 * checker, and the Effect service. (`appi-policy/guard` is the checker alone.)
 *
 * The types are declared here as aliases rather than re-exported: inside a
 * namespace (`Guard.Decision`), the declaration bundler turns re-exported
 * type-only names into values.
 *
 * @since 0.2.0
 * @module
 */
import type * as Check from "./check.ts"
import type * as Decisions from "./decisions.ts"
import type * as Request from "./request.ts"
import type * as Table from "./table.ts"

export { check, createChecker } from "./check.ts"
export { compileGuard, policyHash } from "./compile.ts"
export { DECISIONS } from "./decisions.ts"
export { PurposeGuard, PurposeViolation } from "./PurposeGuard.ts"
export { referenceDecision } from "./reference.ts"
export { ACADEMIC_EXCEPTIONS, COMMON_EXCEPTIONS, MY_NUMBER_GROUNDS, PROVISION_EXCEPTIONS, RECIPIENT_KINDS, USE_EXCEPTIONS } from "./request.ts"
export { TABLE_FORMAT, TABLE_FORMAT_VERSION } from "./table.ts"

/** @since 0.2.0 */
export type Checker = Check.Checker
/** @since 0.2.0 */
export type AllowCode = Decisions.AllowCode
/** @since 0.2.0 */
export type DenyCode = Decisions.DenyCode
/** @since 0.2.0 */
export type DecisionCode = Decisions.DecisionCode
/** @since 0.2.0 */
export type Decision = Decisions.Decision
/** @since 0.2.0 */
export type ExceptionId = Request.ExceptionId
/** @since 0.2.0 */
export type UseException = Request.UseException
/** @since 0.2.0 */
export type ProvisionException = Request.ProvisionException
/** @since 0.2.0 */
export type MyNumberGround = Request.MyNumberGround
/** @since 0.2.0 */
export type Consent = Request.Consent
/** @since 0.2.0 */
export type RecipientKind = Request.RecipientKind
/** @since 0.2.0 */
export type UseRequest<Category extends string = string, Purpose extends string = string> = Request.UseRequest<Category, Purpose>
/** @since 0.2.0 */
export type ProvideRequest<Category extends string = string, Recipient extends string = string> = Request.ProvideRequest<Category, Recipient>
/** @since 0.2.0 */
export type GuardRequest<Category extends string = string, Purpose extends string = string, Recipient extends string = string> = Request.GuardRequest<
  Category,
  Purpose,
  Recipient
>
/** @since 0.2.0 */
export type DecisionTable = Table.DecisionTable
/** @since 0.2.0 */
export type TableCategory = Table.TableCategory
/** @since 0.2.0 */
export type CategoryKind = Table.CategoryKind
/** @since 0.2.0 */
export type OptOutState = Table.OptOutState
/** @since 0.2.0 */
export type TableRecipient = Table.TableRecipient
/** @since 0.2.0 */
export type TableJointUser = Table.TableJointUser
