/**
 * A provision covers more: more categories, items, purposes or recipients, or a basis other than consent.
 *
 * @since 0.1.0
 */
import { addsTo, at, defineChange, widensScope } from "../ChangeRule.ts"

const PROVISION = "thirdPartyProvision.provisions.*"

export default defineChange({
  id: "provision-widened",
  impact: "consent",
  matches: (edit, context) =>
    (at(edit, `${PROVISION}.categories`) && widensScope(edit, context)) ||
    addsTo(edit, `${PROVISION}.items`) ||
    addsTo(edit, `${PROVISION}.purposes`) ||
    (at(edit, `${PROVISION}.recipients.*`) && edit.kind === "added") ||
    (at(edit, `${PROVISION}.recipients`) && edit.kind === "added") ||
    (at(edit, `${PROVISION}.basis`) && edit.before === "consent")
})
