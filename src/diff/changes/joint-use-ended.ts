/**
 * A joint use dropped.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-ended",
  impact: "publish",
  article: { en: "APPI 27(5)(iii)", ja: "個人情報保護法27条5項3号" },
  explain: {
    en: "a joint use ends: keep the persons able to know it (publish the updated policy)",
    ja: "共同利用の終了。本人が容易に知り得る状態を保つよう、改定後の方針を公表する"
  },
  matches: (edit) => isEntry(edit, "jointUses", "removed")
})
