/**
 * The policy no longer says the opt-out is filed with the Commission: without
 * the filing, 27(2) is no ground, so from then on provision needs the
 * person's consent (27(1)).
 *
 * @since 0.2.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-filing-withdrawn",
  impact: "consent",
  matches: (edit) => at(edit, "thirdPartyProvision.optOut.notifiedToCommission") && edit.before === true && edit.after !== true
})
