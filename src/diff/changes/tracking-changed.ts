/**
 * Cookies, logs or external transmission (外部送信) changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "tracking-changed",
  impact: "publish",
  matches: (edit) => within(edit, "tracking")
})
