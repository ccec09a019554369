/**
 * Retention periods (保存期間) or deletion changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "retention-changed",
  impact: "publish",
  matches: (edit) => within(edit, "retention")
})
