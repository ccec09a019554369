/**
 * A purpose's text or notes changed. Whether the new wording stays within what
 * is reasonably related to the old cannot be read from the structure; rewording
 * within it is what 17(2) allows, so the change is classified as a notified
 * change of purpose, and the hint asks the reviewer to confirm.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-reworded",
  impact: "notify",
  matches: (edit) => within(edit, "purposes.items.*.text", "purposes.items.*.notes")
})
