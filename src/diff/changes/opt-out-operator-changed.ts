/**
 * The operator's name, address or representative changed while it provides data by opt-out.
 *
 * @since 0.1.0
 */
import { defineChange, optOutInUse, within } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-operator-changed",
  impact: "notify",
  matches: (edit, context) => optOutInUse(context.before) && within(edit, "operator.name", "operator.address", "operator.representatives")
})
