/**
 * How requests (開示等の請求) are made or handled changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "request-procedure-changed",
  impact: "publish",
  matches: (edit) => within(edit, "requests")
})
