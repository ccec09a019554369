/**
 * One of the opt-out items 27(3) names changed: the data items (iii) or the
 * categories they come from, how they are acquired (iv), the method of
 * provision (v), how to ask for a stop (vii), how the items are updated (viii).
 *
 * @since 0.1.0
 */
import { defineChange, optOutInUse, within } from "../ChangeRule.ts"

const OPT_OUT = "thirdPartyProvision.optOut"

export default defineChange({
  id: "opt-out-item-changed",
  impact: "notify-in-advance",
  article: { en: "APPI 27(3); Enforcement Rules 11(4)", ja: "個人情報保護法27条3項、施行規則11条4項" },
  explain: {
    en: "an opt-out item of 27(2)(iii)–(v), (vii) or (viii) changed (item (viii) includes the update method and the planned start date, Rule 11(4)): notify the persons (or make it easily known) and file with the PPC before the change",
    ja: "オプトアウトの届出事項（27条2項3号〜5号・7号・8号。8号には更新の方法と提供開始予定日を含む、施行規則11条4項）の変更。変更前に本人に通知し（又は容易に知り得る状態に置き）、個人情報保護委員会に届け出る必要がある"
  },
  matches: (edit, context) =>
    (optOutInUse(context.before) || optOutInUse(context.after)) &&
    within(
      edit,
      `${OPT_OUT}.categories`,
      `${OPT_OUT}.items`,
      `${OPT_OUT}.itemsAsPublished`,
      `${OPT_OUT}.acquisitionMethod`,
      `${OPT_OUT}.provisionMethod`,
      `${OPT_OUT}.requestMethod`,
      `${OPT_OUT}.updateMethod`,
      `${OPT_OUT}.startDate`
    )
})
