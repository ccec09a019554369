/**
 * Retention periods (保存期間) or deletion changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "retention-changed",
  impact: "publish",
  article: { en: "APPI 22", ja: "個人情報保護法22条" },
  explain: {
    en: "how long data is kept changed: data no longer needed should be erased without delay; publish the updated policy",
    ja: "保存期間・削除方法の変更。利用する必要がなくなった個人データは遅滞なく消去するよう努める。改定後の方針を公表する"
  },
  matches: (edit) => within(edit, "retention")
})
