/**
 * A joint use (共同利用) added.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-added",
  impact: "notify-in-advance",
  matches: (edit) => isEntry(edit, "jointUses", "added")
})
