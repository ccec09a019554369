/**
 * The operator's name, address or representative changed while it provides data by opt-out.
 *
 * @since 0.1.0
 */
import { defineChange, optOutInUse, within } from "../ChangeRule.ts"

export default defineChange({
  id: "opt-out-operator-changed",
  impact: "notify",
  article: { en: "APPI 27(3)", ja: "個人情報保護法27条3項" },
  explain: {
    en: "the operator's name, address or representative (27(2)(i)) changed while it provides data by opt-out: notify the persons (or make it easily known) and file with the PPC without delay",
    ja: "オプトアウトによる提供を行う事業者の氏名・名称・住所・代表者（27条2項1号）の変更。遅滞なく本人に通知し（又は容易に知り得る状態に置き）、個人情報保護委員会に届け出る必要がある"
  },
  matches: (edit, context) => optOutInUse(context.before) && within(edit, "operator.name", "operator.address", "operator.representatives")
})
