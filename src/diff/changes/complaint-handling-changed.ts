/**
 * How complaints are handled changed, or the external desks.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "complaint-handling-changed",
  impact: "publish",
  article: { en: "APPI 32(1)(iv), 40; Enforcement Order 10(ii)", ja: "個人情報保護法32条1項4号・40条・施行令10条2号" },
  explain: {
    en: "where complaints go must be kept where the persons can know it: publish the change",
    ja: "苦情の申出先は本人の知り得る状態に置く必要がある。変更を公表する"
  },
  matches: (edit) => within(edit, "complaints")
})
