/**
 * Membership of an accredited organization (認定個人情報保護団体), or its particulars, changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "accredited-organization-changed",
  impact: "publish",
  article: { en: "APPI 32(1)(iv); Enforcement Order 10(iii)", ja: "個人情報保護法32条1項4号・施行令10条3号" },
  explain: {
    en: "the accredited organization the operator belongs to, and its complaint desk, must be kept where the persons can know them: publish the change",
    ja: "対象事業者である認定個人情報保護団体の名称と苦情の解決の申出先は本人の知り得る状態に置く必要がある。変更を公表する"
  },
  matches: (edit) => within(edit, "accreditedOrganization")
})
