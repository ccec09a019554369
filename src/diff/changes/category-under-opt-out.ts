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
  article: { en: "APPI 27(3)", ja: "個人情報保護法27条3項" },
  explain: {
    en: "a new category falls under the opt-out provision, so the items provided (27(2)(iii)) change: notify the persons (or make it easily known) and file with the PPC before providing it",
    ja: "追加された種別がオプトアウトによる提供の対象になり、提供する項目（27条2項3号）が変わる。提供前に本人に通知し（又は容易に知り得る状態に置き）、個人情報保護委員会に届け出る必要がある"
  },
  hint: {
    en: "special-care data can never be provided by opt-out",
    ja: "要配慮個人情報はオプトアウトにより提供できない"
  },
  matches: (edit, context) => isEntry(edit, "dataCategories", "added") && coveredByAll(edit.after) && optOutInUse(context.before) && context.before.thirdPartyProvision?.optOut?.categories === "all"
})
