/**
 * A joint use dropped.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-ended",
  impact: "publish",
  matches: (edit) => isEntry(edit, "jointUses", "removed")
})
