/**
 * Anything else the policy says of its opt-out: the condition, items (ii), (vi), (ix), the filing.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-statement-changed",
  impact: "publish",
  article: { en: "APPI 27(2)", ja: "個人情報保護法27条2項" },
  explain: {
    en: "what the policy says of its opt-out changed, outside the items whose change must be notified in advance: publish it",
    ja: "オプトアウトに関する記載の変更（事前の通知を要する事項以外）。公表が必要"
  },
  hint: {
    en: "stopping provision on request (27(2)(vi)) is a condition of opt-out itself",
    ja: "本人の求めに応じて提供を停止すること（27条2項6号）はオプトアウトの要件そのものである"
  },
  matches: (edit) => within(edit, "thirdPartyProvision.optOut")
})
