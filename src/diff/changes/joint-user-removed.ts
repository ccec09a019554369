/**
 * A joint user dropped, or the range of joint users no longer described.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-user-removed",
  impact: "publish",
  article: { en: "APPI 27(5)(iii)", ja: "個人情報保護法27条5項3号" },
  explain: {
    en: "the range of joint users shrinks: keep the persons able to know it (publish the updated policy)",
    ja: "共同して利用する者の範囲の縮小。本人が容易に知り得る状態を保つよう、改定後の方針を公表する"
  },
  matches: (edit) =>
    ((at(edit, "jointUses.*.users.*") || at(edit, "jointUses.*.users")) && edit.kind === "removed") ||
    (at(edit, "jointUses.*.usersRange") && edit.kind === "removed")
})
