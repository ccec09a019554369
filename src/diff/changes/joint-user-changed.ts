/**
 * A joint user's name, address or representatives changed under the same id.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-user-changed",
  impact: "publish",
  article: { en: "APPI 27(5)(iii)", ja: "個人情報保護法27条5項3号" },
  explain: {
    en: "the particulars of a joint user changed: keep the persons able to know the range of joint users (publish the updated policy)",
    ja: "共同して利用する者の名称等の変更。本人が共同利用者の範囲を容易に知り得る状態を保つよう、改定後の方針を公表する"
  },
  hint: {
    en: "a joint user renamed under the same id is taken to be the same company; a different company is a new joint user and needs consent (27(6))",
    ja: "同じ id で名称が変わった利用者は同一の会社とみなしている。別の会社であれば新たな共同利用者として本人の同意が必要（27条6項）"
  },
  matches: (edit) => within(edit, "jointUses.*.users")
})
