/**
 * The purposes of a joint use changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-use-purposes-changed",
  impact: "notify-in-advance",
  article: { en: "APPI 27(6)", ja: "個人情報保護法27条6項" },
  explain: {
    en: "the purposes of the joint users changed: notify the persons (or make it easily known) before the change",
    ja: "共同して利用する者の利用目的の変更。変更前に本人に通知し、又は容易に知り得る状態に置く必要がある"
  },
  hint: {
    en: "the new purposes must stay within what is reasonably related to the old ones (17(2))",
    ja: "変更後の利用目的は、変更前と関連性を有すると合理的に認められる範囲内である必要がある（17条2項）"
  },
  matches: (edit) => within(edit, "jointUses.*.purposes", "jointUses.*.purposesText")
})
