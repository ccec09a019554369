/**
 * A provision arrangement added (data provided to third parties on consent or opt-out).
 *
 * @since 0.1.0
 */
import { defineChange, fieldOf, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "provision-added",
  impact: "consent",
  matches: (edit) => isEntry(edit, "thirdPartyProvision.provisions", "added") && fieldOf(edit.after, "basis") === "consent"
})
