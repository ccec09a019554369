/**
 * Cookies, logs or external transmission (外部送信) changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "tracking-changed",
  impact: "publish",
  article: { en: "Telecommunications Business Act 27-12", ja: "電気通信事業法27条の12" },
  explain: {
    en: "what is sent from the user's terminal, to whom and why must be published or notified (external transmission rules): publish the change",
    ja: "利用者の端末から送信される情報・送信先・目的は公表等が必要（外部送信規律）。変更を公表する"
  },
  hint: {
    en: "the cookie opt-out is a browser setting, not APPI's opt-out provision (27(2))",
    ja: "クッキーの拒否はブラウザ設定であり、個人情報保護法のオプトアウト（27条2項）ではない"
  },
  matches: (edit) => within(edit, "tracking")
})
