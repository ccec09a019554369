/**
 * A joint user added, or the range of joint users reworded.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-user-added",
  impact: "consent",
  matches: (edit) =>
    ((at(edit, "jointUses.*.users.*") || at(edit, "jointUses.*.users")) && edit.kind === "added") ||
    (at(edit, "jointUses.*.usersRange") && edit.kind !== "removed")
})
