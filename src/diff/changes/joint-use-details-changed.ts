/**
 * Anything else about a joint use: how the data was acquired, the categories restated.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-details-changed",
  impact: "publish",
  article: { en: "APPI 27(5)(iii)", ja: "個人情報保護法27条5項3号" },
  explain: {
    en: "what the policy says of a joint use changed: keep the persons able to know it (publish the updated policy)",
    ja: "共同利用に関する記載の変更。本人が容易に知り得る状態を保つよう、改定後の方針を公表する"
  },
  matches: (edit) => within(edit, "jointUses.*.acquisitionMethod", "jointUses.*.categories")
})
