/**
 * One of the opt-out items 27(3) names changed: the data items (iii) or the
 * categories they come from, how they are acquired (iv), the method of
 * provision (v), how to ask for a stop (vii), how the items are updated (viii).
 *
 * @since 0.1.0
 */
import { defineChange, optOutInUse, within } from "../ChangeRule.ts"

const OPT_OUT = "thirdPartyProvision.optOut"

export default defineChange({
  id: "opt-out-item-changed",
  impact: "notify-in-advance",
  matches: (edit, context) =>
    (optOutInUse(context.before) || optOutInUse(context.after)) &&
    within(
      edit,
      `${OPT_OUT}.categories`,
      `${OPT_OUT}.items`,
      `${OPT_OUT}.itemsAsPublished`,
      `${OPT_OUT}.acquisitionMethod`,
      `${OPT_OUT}.provisionMethod`,
      `${OPT_OUT}.requestMethod`,
      `${OPT_OUT}.updateMethod`,
      `${OPT_OUT}.startDate`
    )
})
