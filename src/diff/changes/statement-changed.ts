/**
 * The fallback: a change no other kind claims. Everything in the policy is
 * published, so it is at least `publish`.
 *
 * @since 0.1.0
 */
import { defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "statement-changed",
  impact: "publish",
  article: { en: "APPI 32(1)", ja: "個人情報保護法32条1項" },
  explain: {
    en: "a statement of the published policy changed: publish the updated policy",
    ja: "公表している方針の記載の変更。改定後の方針を公表する"
  },
  hint: {
    en: "no specific kind of change classifies this one: review it",
    ja: "個別の分類に該当しない変更。内容を確認すること"
  },
  matches: () => true
})
