/**
 * The security measures (安全管理措置) changed, including the countries where data is held.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "security-measures-changed",
  impact: "publish",
  article: { en: "APPI 32(1)(iv); Enforcement Order 10(i)", ja: "個人情報保護法32条1項4号・施行令10条1号" },
  explain: {
    en: "the security measures for retained personal data (including the foreign countries where it is held) must be kept where the persons can know them: publish the change",
    ja: "保有個人データの安全管理措置（外国で保管する場合の外的環境の把握を含む）は本人の知り得る状態に置く必要がある。変更を公表する"
  },
  matches: (edit) => within(edit, "securityMeasures")
})
