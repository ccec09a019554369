/**
 * The operator's name, address, representatives, kind or country changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "operator-identity-changed",
  impact: "publish",
  matches: (edit) => within(edit, "operator.name", "operator.address", "operator.representatives", "operator.entityType", "operator.country")
})
