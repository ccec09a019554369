/**
 * A data category added while the old policy provides `all` categories by
 * opt-out: the items provided (27(2)(iii)) grow.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry, optOutInUse } from "../ChangeRule.ts"
import { coveredByAll } from "./category-newly-provided.ts"

export default defineChange({
  id: "category-under-opt-out",
  impact: "notify-in-advance",
  matches: (edit, context) => isEntry(edit, "dataCategories", "added") && coveredByAll(edit.after) && optOutInUse(context.before) && context.before.thirdPartyProvision?.optOut?.categories === "all"
})
