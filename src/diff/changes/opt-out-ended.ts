/**
 * The policy stops providing data by opt-out.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-ended",
  impact: "notify",
  article: { en: "APPI 27(3)", ja: "個人情報保護法27条3項" },
  explain: {
    en: "provision by opt-out stops: notify the persons (or make it easily known) and file with the PPC without delay",
    ja: "オプトアウトによる第三者提供の終了。遅滞なく本人に通知し（又は容易に知り得る状態に置き）、個人情報保護委員会に届け出る必要がある"
  },
  matches: (edit) => at(edit, "thirdPartyProvision.optOut") && edit.kind === "removed"
})
