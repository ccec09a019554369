/**
 * A contact window (問い合わせ窓口) added, dropped or changed: address, phones, hours …
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "contact-window-changed",
  impact: "publish",
  article: { en: "APPI 32(1)(iii)–(iv); Enforcement Order 10(ii)", ja: "個人情報保護法32条1項3号・4号・施行令10条2号" },
  explain: {
    en: "where requests and complaints go must be kept where the persons can know it: publish the change",
    ja: "請求・苦情の申出先は本人の知り得る状態に置く必要がある。変更を公表する"
  },
  matches: (edit) => within(edit, "contactWindows", "sectionIntros.contactWindows")
})
