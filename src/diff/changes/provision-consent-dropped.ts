/**
 * The policy stops promising consent before provision to third parties.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "provision-consent-dropped",
  impact: "consent",
  unlawful: true,
  matches: (edit) => at(edit, "thirdPartyProvision.consentRequired") && edit.before === true && edit.after === false
})
