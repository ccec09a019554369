/**
 * The operator's name, address, representatives, kind or country changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "operator-identity-changed",
  impact: "publish",
  article: { en: "APPI 32(1)(i)", ja: "個人情報保護法32条1項1号" },
  explain: {
    en: "the operator's name, address or representative must be kept where the persons can know them: publish the change",
    ja: "個人情報取扱事業者の氏名・名称・住所・代表者は本人の知り得る状態に置く必要がある。変更を公表する"
  },
  hint: {
    en: "if the operator is the responsible party of a joint use, its new name or address must also be notified without delay (27(6))",
    ja: "事業者が共同利用の責任者である場合は、名称・住所の変更を遅滞なく通知等する必要もある（27条6項）"
  },
  matches: (edit) => within(edit, "operator.name", "operator.address", "operator.representatives", "operator.entityType", "operator.country")
})
