/**
 * Anything else about a provision: its method, a recipient's name, country
 * system or measures, a provision on statutory grounds.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "provision-particulars-changed",
  impact: "publish",
  matches: (edit) => within(edit, "thirdPartyProvision.provisions")
})
