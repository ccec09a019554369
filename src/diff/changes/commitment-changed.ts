/**
 * A commitment the operator makes beyond the statute changed: the marketing
 * opt-out, voluntariness of providing data, how the policy itself changes,
 * how a change of purpose is made known.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "commitment-changed",
  impact: "publish",
  matches: (edit) => within(edit, "marketingOptOut", "voluntariness", "policyChanges", "purposes.change")
})
