/**
 * Retention periods (保存期間) and deletion.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Id, LocalizedText } from "./primitives.ts"

/** @since 0.1.0 */
export const RetentionTrigger = Schema.Literals(["acquisition", "inquiry", "contract-end", "last-contact", "event", "cancellation", "other"]).annotate({
  identifier: "RetentionTrigger",
  title: "From when the period runs (起算点)"
})

/** @since 0.1.0 */
export const RetentionRule = Schema.Struct({
  id: Id,
  subject: LocalizedText.annotateKey({ description: "What is kept (情報の種類), as the policy names it." }),
  categories: Schema.optionalKey(Schema.Array(Id).annotate({ description: "Ids of the data categories the rule covers." })),
  period: Schema.Struct({
    years: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0), Schema.isLessThanOrEqualTo(100))),
    months: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0), Schema.isLessThanOrEqualTo(1200))),
    trigger: Schema.optionalKey(RetentionTrigger),
    statutory: Schema.Boolean.annotate({ description: "The period is set by law (法定保存期間)." }),
    text: LocalizedText
  }).annotate({ identifier: "RetentionPeriod", title: "Retention period (保存期間)" }),
  deletion: Schema.optionalKey(LocalizedText.annotateKey({ description: "How the data is deleted (削除方法)." }))
}).annotate({ identifier: "RetentionRule", title: "Retention rule (保存期間の定め)" })

/** @since 0.1.0 */
export const Retention = Schema.Struct({
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  rules: Schema.Array(RetentionRule),
  exceptions: Schema.optionalKey(Schema.Array(LocalizedText).annotate({ description: "When data is kept longer (保存期間の例外)." })),
  deletesAfterPeriod: Schema.optionalKey(
    Schema.Boolean.annotate({
      description: "`true`: the company states that it deletes data without delay once its period has elapsed (期間経過後遅滞なく削除). Only then does the rendering say so."
    })
  )
}).annotate({ identifier: "Retention", title: "Retention (保存期間と削除)" })
