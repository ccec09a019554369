/**
 * The history (制定・改定) changed: a revision or effective date added.
 *
 * @since 0.1.0
 */
import { defineChange, NO_ARTICLE, within } from "../ChangeRule.ts"

export default defineChange({
  id: "history-updated",
  impact: "editorial",
  article: NO_ARTICLE,
  explain: {
    en: "the dates of establishment, revision or effect changed",
    ja: "制定日・改定日・施行日の変更"
  },
  hint: {
    en: "changes that must be notified in advance may take effect only after the notice: check the effective date",
    ja: "事前の通知を要する変更は通知後でなければ施行できない。施行日を確認すること"
  },
  matches: (edit) => within(edit, "history")
})
