/**
 * A joint use covers less data: items dropped, categories narrowed.
 *
 * @since 0.1.0
 */
import { at, defineChange, narrowsScope, takesFrom } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-narrowed",
  impact: "publish",
  matches: (edit, context) => takesFrom(edit, "jointUses.*.items") || (at(edit, "jointUses.*.categories") && narrowsScope(edit, context))
})
