/**
 * A joint use's responsible party was added, removed or renamed. A new name
 * is read as a different party (the stricter of the two readings); the hint
 * names the other.
 *
 * @since 0.1.0
 */
import { at, defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "responsible-party-replaced",
  impact: "notify-in-advance",
  matches: (edit) => at(edit, "jointUses.*.responsibleParties.*.name") || isEntry(edit, "jointUses.*.responsibleParties")
})
