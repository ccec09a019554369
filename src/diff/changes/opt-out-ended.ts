/**
 * The policy stops providing data by opt-out.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-ended",
  impact: "notify",
  matches: (edit) => at(edit, "thirdPartyProvision.optOut") && edit.kind === "removed"
})
