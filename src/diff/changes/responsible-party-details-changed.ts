/**
 * The address, representatives or covered items of a joint use's responsible party changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "responsible-party-details-changed",
  impact: "notify",
  matches: (edit) => within(edit, "jointUses.*.responsibleParties")
})
