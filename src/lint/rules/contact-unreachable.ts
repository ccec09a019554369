/**
 * A contact window can be reached: an address, phone, fax, e-mail, form or
 * other channel (32(1), 令10(ii)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "contact-unreachable",
    severity: "warning",
    severityReason: {
      en: "warning: a window's address, phone or form may be published elsewhere (a contact page), which 32(1) allows; the document alone cannot show that the window cannot be reached",
      ja: "警告: 窓口の所在地・電話・フォームは別の場所（お問い合わせページ等）に公表されていてもよく（32条1項）、文書だけでは窓口に連絡できないとはいえない"
    },
    citation: { en: "APPI 32(1)(iii), 32(1)(iv); Cabinet Order 10(ii)", ja: "個人情報保護法32条1項3号・4号、施行令10条2号" },
    description: { en: "every contact window has a way to reach it", ja: "問い合わせ窓口ごとに連絡手段が示されている" },
    docs: {
      en: "Requests (Art. 32(1)(iii)) and complaints (Cabinet Order Art. 10(ii)) go to a place the person must be able to reach. A window given only by its name — 「お客様窓口」 without an address, phone number, e-mail address or form — cannot receive anything.",
      ja: "開示等の請求（32条1項3号）や苦情（施行令10条2号）の申出先は、本人が実際に連絡できるものでなければならない。所在地・電話番号・メールアドレス・フォームのない「お客様窓口」という名称だけの窓口には何も届かない。"
    },
    messages: {
      "no-window": {
        en: "the policy gives no contact window",
        ja: "問い合わせ窓口が示されていない",
        help: { en: "add one under `contactWindows` with an address, phone, e-mail or form", ja: "`contactWindows` に所在地・電話・メール・フォームのいずれかを備えた窓口を記載する" }
      },
      unreachable: {
        en: "the contact window `{id}` has no address, phone, e-mail, form or other channel",
        ja: "問い合わせ窓口 `{id}` に所在地・電話番号・メールアドレス・フォーム等の連絡手段がない",
        help: { en: "give at least one of `address`, `phones`, `emails`, `form`, `otherChannels`", ja: "`address`・`phones`・`emails`・`form`・`otherChannels` の少なくとも一つを記載する" }
      }
    }
  },
  check: (policy, report) => {
    if (policy.contactWindows.length === 0) {
      report("no-window", ["contactWindows"])
      return
    }
    policy.contactWindows.forEach((window, i) => {
      const reachable =
        window.address !== undefined ||
        (window.phones ?? []).length > 0 ||
        window.fax !== undefined ||
        (window.emails ?? []).length > 0 ||
        window.form !== undefined ||
        (window.otherChannels ?? []).length > 0
      if (!reachable) report("unreachable", ["contactWindows", i], { id: window.id })
    })
  }
})
