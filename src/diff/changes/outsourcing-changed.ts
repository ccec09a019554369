/**
 * Outsourcing (委託) started, stopped or its supervision changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "outsourcing-changed",
  impact: "publish",
  matches: (edit) => within(edit, "outsourcing")
})
