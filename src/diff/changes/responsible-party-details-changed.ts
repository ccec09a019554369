/**
 * The address, representatives or covered items of a joint use's responsible party changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "responsible-party-details-changed",
  impact: "notify",
  article: { en: "APPI 27(6)", ja: "個人情報保護法27条6項" },
  explain: {
    en: "the address or representative of the responsible party changed: notify the persons (or make it easily known) without delay",
    ja: "責任を有する者の住所・代表者の変更。遅滞なく本人に通知し、又は容易に知り得る状態に置く必要がある"
  },
  matches: (edit) => within(edit, "jointUses.*.responsibleParties")
})
