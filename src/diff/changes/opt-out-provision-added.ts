/**
 * A new provision arrangement declared to rest on opt-out: no consent, but
 * the 27(2) items must be notified or made easily knowable in advance and
 * filed with the Commission before provision starts.
 *
 * @since 0.2.0
 */
import { defineChange, fieldOf, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-provision-added",
  impact: "notify-in-advance",
  matches: (edit) => isEntry(edit, "thirdPartyProvision.provisions", "added") && fieldOf(edit.after, "basis") === "opt-out"
})
