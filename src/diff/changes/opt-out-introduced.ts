/**
 * The policy starts providing data by opt-out (27(2)).
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-introduced",
  impact: "notify-in-advance",
  matches: (edit) => at(edit, "thirdPartyProvision.optOut") && edit.kind === "added"
})
