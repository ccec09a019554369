/**
 * A joint user dropped, or the range of joint users no longer described.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-user-removed",
  impact: "publish",
  matches: (edit) =>
    ((at(edit, "jointUses.*.users.*") || at(edit, "jointUses.*.users")) && edit.kind === "removed") ||
    (at(edit, "jointUses.*.usersRange") && edit.kind === "removed")
})
