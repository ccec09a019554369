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
    en: "where the external transmission rules apply (telecommunications carriers, and providers of the services MIC designates), what is sent from the user's terminal, to whom and why must be published or notified: publish the change",
    ja: "外部送信規律が適用される場合（電気通信事業者及び総務省令で定める電気通信役務を提供する者）、利用者の端末から送信される情報・送信先・目的の公表等が必要。変更を公表する"
  },
  hint: {
    en: "the cookie opt-out is a browser setting, not APPI's opt-out provision (27(2)); a flow that sends personal data to a third party is a 27(1) provision, one a recipient links to personal data is `linked-data-sent` (31(1))",
    ja: "クッキーの拒否はブラウザ設定であり、個人情報保護法のオプトアウト（27条2項）ではない。個人データを第三者に送る場合は27条1項の提供、提供先が個人データと紐付ける場合は `linked-data-sent`（31条1項）"
  },
  matches: (edit) => within(edit, "tracking")
})
