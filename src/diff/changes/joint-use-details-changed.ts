/**
 * Anything else about a joint use: how the data was acquired, the categories restated.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-details-changed",
  impact: "publish",
  matches: (edit) => within(edit, "jointUses.*.acquisitionMethod", "jointUses.*.categories")
})
