/**
 * A joint use covers less data: items dropped, categories narrowed.
 *
 * @since 0.1.0
 */
import { at, defineChange, narrowsScope, takesFrom } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-narrowed",
  impact: "publish",
  article: { en: "APPI 27(5)(iii)", ja: "個人情報保護法27条5項3号" },
  explain: {
    en: "fewer items are used jointly: keep the persons able to know it (publish the updated policy)",
    ja: "共同利用する項目の縮小。本人が容易に知り得る状態を保つよう、改定後の方針を公表する"
  },
  matches: (edit, context) => takesFrom(edit, "jointUses.*.items") || (at(edit, "jointUses.*.categories") && narrowsScope(edit, context))
})
