/**
 * The security measures (安全管理措置) changed, including the countries where data is held.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "security-measures-changed",
  impact: "publish",
  matches: (edit) => within(edit, "securityMeasures")
})
