/**
 * The smaller statements a policy makes to the person: voluntariness of
 * providing data (提供の任意性), the marketing opt-out (利用停止の申出), how the
 * policy itself changes (改定・通知), and the 21(4) grounds for not notifying a purpose.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { PurposeScope } from "./JointUse.ts"
import { NonNotificationGroundRef } from "./StatutoryException.ts"
import { Id, LocalizedText } from "./primitives.ts"

/** @since 0.1.0 */
export const Voluntariness = Schema.Struct({
  voluntary: Schema.Boolean.annotate({ description: "Providing personal information is optional (任意)." }),
  consequence: Schema.optionalKey(LocalizedText.annotateKey({ description: "What may happen when it is not provided." }))
}).annotate({ identifier: "Voluntariness", title: "Voluntariness (提供の任意性)" })

/** @since 0.1.0 */
export const MarketingOptOut = Schema.Struct({
  purposes: PurposeScope,
  canResume: Schema.Boolean.annotate({ description: "The person can resume the use as well (再開)." }),
  method: Schema.optionalKey(LocalizedText),
  text: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "MarketingOptOut", title: "Marketing opt-out (利用停止の申出)" })

/** @since 0.1.0 */
export const PolicyChanges = Schema.Struct({
  announcement: Schema.Literals(["website", "notify", "website-and-notify"]),
  effectiveFrom: Schema.Literals(["publication", "stated-date"]),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "PolicyChanges", title: "Changes to this policy (改定・通知)" })

/** @since 0.1.0 */
export const PurposeNotice = Schema.Struct({
  exceptions: Schema.Array(NonNotificationGroundRef),
  text: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "PurposeNotice", title: "When a purpose is not notified (21条4項)" })

/** A free-text clause that fits no concept: the last resort, listed by each example's test. @since 0.1.0 */
export const AdditionalClause = Schema.Struct({
  id: Id,
  title: Schema.optionalKey(LocalizedText),
  text: Schema.Array(LocalizedText).check(Schema.isMinLength(1))
}).annotate({ identifier: "AdditionalClause", title: "Additional clause (その他の条項)" })
