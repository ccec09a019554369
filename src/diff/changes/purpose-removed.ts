/**
 * A purpose of use dropped.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-removed",
  impact: "notify",
  matches: (edit) => isEntry(edit, "purposes.items", "removed")
})
