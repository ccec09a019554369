/**
 * A purpose no longer covers some data categories.
 *
 * @since 0.1.0
 */
import { at, defineChange, narrowsScope } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-narrowed",
  impact: "notify",
  matches: (edit, context) => at(edit, "purposes.items.*.categories") && narrowsScope(edit, context)
})
