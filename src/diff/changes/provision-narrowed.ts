/**
 * Less is provided to third parties: a provision, recipient, item, purpose or
 * category dropped, a basis changed to consent, or a non-statutory ground dropped.
 *
 * @since 0.1.0
 */
import { at, defineChange, fieldOf, isEntry, narrowsScope, takesFrom } from "../ChangeRule.ts"
import { NON_STATUTORY_GROUNDS } from "./non-statutory-ground-changed.ts"

const PROVISION = "thirdPartyProvision.provisions.*"

export default defineChange({
  id: "provision-narrowed",
  impact: "publish",
  matches: (edit, context) =>
    isEntry(edit, "thirdPartyProvision.provisions", "removed") ||
    (at(edit, `${PROVISION}.categories`) && narrowsScope(edit, context)) ||
    takesFrom(edit, `${PROVISION}.items`) ||
    takesFrom(edit, `${PROVISION}.purposes`) ||
    (at(edit, `${PROVISION}.recipients.*`) && edit.kind === "removed") ||
    (at(edit, `${PROVISION}.basis`) && edit.after === "consent") ||
    (isEntry(edit, "thirdPartyProvision.otherGrounds", "removed") && NON_STATUTORY_GROUNDS.has(fieldOf(edit.before, "kind") as string))
})
