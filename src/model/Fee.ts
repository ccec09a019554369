/**
 * Fees (手数料, Art. 38): allowed only for purpose notification and disclosure,
 * including provision records; never for correction, use-stop, erasure or provision-stop.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { RequestKind } from "./Requests.ts"
import { Id, LocalizedText, Yen } from "./primitives.ts"

/** @since 0.1.0 */
export const PaymentMethod = Schema.Literals(["postage-stamps", "postal-money-order", "bank-transfer", "cash", "credit-card", "cash-on-delivery", "other"]).annotate({
  identifier: "PaymentMethod",
  title: "Payment method (徴収方法)",
  description: "postage-stamps (切手), postal-money-order (郵便小為替), bank-transfer (銀行振込), cash (現金), credit-card, cash-on-delivery (代金引換), other."
})

/** @since 0.1.0 */
export const Fee = Schema.Struct({
  id: Id,
  kinds: Schema.Array(RequestKind).check(Schema.isMinLength(1)).annotate({ description: "The request kinds the fee applies to." }),
  amount: Schema.optionalKey(Yen.annotateKey({ description: "Amount in yen (金額)." })),
  taxIncluded: Schema.optionalKey(Schema.Boolean.annotate({ description: "The amount includes consumption tax (税込)." })),
  actualCost: Schema.optionalKey(Schema.Boolean.annotate({ description: "The fee is described as actual cost (実費)." })),
  unit: Schema.optionalKey(Schema.Literals(["per-request", "per-item"]).annotate({ description: "per-request (1回の請求ごと) or per-item (1件あたり)." })),
  paymentMethods: Schema.optionalKey(Schema.Array(PaymentMethod)),
  postageBorneBy: Schema.optionalKey(Schema.Literals(["requester", "operator"])),
  ifUnpaid: Schema.optionalKey(LocalizedText.annotateKey({ description: "What happens when the fee is not paid." })),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "Fee", title: "Fee (手数料, 38条)" })
/** @since 0.1.0 */
export type Fee = typeof Fee.Type
