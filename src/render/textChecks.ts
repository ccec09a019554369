/**
 * Checks on policy texts that only matter when they are published: a fee's
 * text that states an amount of its own could disagree with the fee's
 * `amount` field (change the field to 500 and the page would still say
 * 1,000円), so an amount in a fee's text is written `{fee:id}`.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { Policy } from "../model/Policy.ts"

/** A text that states a fee amount itself. @since 0.1.0 */
export interface LiteralAmount {
  readonly path: JsonPath
  readonly amount: string
  readonly feeId: string
}

/** 1,000円, １０００円, 1000 円; JPY 1,000, ¥1,000, 1,000 yen. */
const AMOUNT = {
  ja: /[0-9０-９][0-9０-９,，]*\s*円/u,
  en: /(?:JPY|¥|￥)\s*[0-9][0-9,]*|[0-9][0-9,]*\s*yen\b/iu
} as const

/** The fee texts that state an amount instead of placing the field's. @since 0.1.0 */
export const literalFeeAmounts = (policy: Policy): ReadonlyArray<LiteralAmount> =>
  (policy.fees ?? []).flatMap((fee, feeIndex) =>
    (fee.text ?? []).flatMap((text, textIndex) =>
      (["ja", "en"] as const).flatMap((lang) => {
        const words = text[lang]
        const match = words === undefined ? null : AMOUNT[lang].exec(words)
        return match === null ? [] : [{ path: ["fees", feeIndex, "text", textIndex, lang], amount: match[0], feeId: fee.id }]
      })
    )
  )
