/**
 * A purpose's tags or group changed, or its categories were restated without
 * covering more or fewer (a list naming exactly what `all` covers).
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-metadata-changed",
  impact: "editorial",
  matches: (edit) => within(edit, "purposes.items.*.tags", "purposes.items.*.group", "purposes.items.*.categories")
})
