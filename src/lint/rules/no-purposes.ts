/**
 * At least one purpose of use (17(1), 21(1), 32(1)(ii)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "no-purposes",
    severity: "warning",
    severityReason: {
      en: "warning: the purposes may be published on another page or notified when the data is acquired (21(1), 32(1)(ii)); the document cannot show that they are published nowhere",
      ja: "警告: 利用目的は別のページで公表し、又は取得の際に通知してもよい（21条1項・32条1項2号）。どこにも公表されていないことは文書からは分からない"
    },
    citation: { en: "APPI 17(1), 21(1), 32(1)(ii)", ja: "個人情報保護法17条1項・21条1項・32条1項2号" },
    description: { en: "the policy publishes at least one purpose of use", ja: "利用目的が少なくとも一つ公表されている" },
    docs: {
      en: "An operator must specify the purposes for which it uses personal information as far as possible (Art. 17(1)), notify or publish them when acquiring it (Art. 21(1)), and keep the purposes of all retained personal data where the person can know them (Art. 32(1)(ii)). A privacy policy without a purpose does none of this.",
      ja: "事業者は利用目的をできる限り特定し（17条1項）、取得に際して通知又は公表し（21条1項）、全ての保有個人データの利用目的を本人の知り得る状態に置かなければならない（32条1項2号）。利用目的のない方針はそのいずれも満たさない。"
    },
    messages: {
      none: {
        en: "no purpose of use is published",
        ja: "利用目的が一つも公表されていない",
        help: { en: "list each purpose under `purposes.items` with the categories it serves", ja: "`purposes.items` に利用目的と対象の種別を記載する" }
      }
    }
  },
  check: (policy, report) => {
    if (policy.purposes.items.length === 0) report("none", ["purposes", "items"])
  }
})
