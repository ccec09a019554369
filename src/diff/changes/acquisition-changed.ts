/**
 * How data is acquired changed: a category's acquisition or the acquisition channels.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "acquisition-changed",
  impact: "publish",
  matches: (edit) => within(edit, "dataCategories.*.acquisition", "acquisitionChannels")
})
