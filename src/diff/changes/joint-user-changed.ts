/**
 * A joint user's name, address or representatives changed under the same id.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-user-changed",
  impact: "publish",
  matches: (edit) => within(edit, "jointUses.*.users")
})
