/**
 * The purposes of a joint use changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-purposes-changed",
  impact: "notify-in-advance",
  matches: (edit) => within(edit, "jointUses.*.purposes", "jointUses.*.purposesText")
})
