/**
 * A fee (手数料) added, dropped or changed: amount, unit, kinds, payment.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "fee-changed",
  impact: "publish",
  matches: (edit) => within(edit, "fees", "sectionIntros.fees")
})
