/**
 * A data category's items, disclosure class or (other) sensitivity changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "category-changed",
  impact: "publish",
  matches: (edit) => within(edit, "dataCategories.*.items", "dataCategories.*.disclosure", "dataCategories.*.sensitivity")
})
