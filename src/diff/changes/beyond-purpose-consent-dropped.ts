/**
 * The policy stops promising consent before use beyond the purposes.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "beyond-purpose-consent-dropped",
  impact: "consent",
  unlawful: true,
  matches: (edit) => at(edit, "useBeyondPurpose.consentRequired") && edit.before === true && edit.after === false
})
