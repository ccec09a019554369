/**
 * Purposes change only within a reasonable relation to the old ones (17(2)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "purpose-change-unrelated",
    severity: "error",
    severityReason: {
      en: "error: the document itself reserves changes of purpose that Art. 17(2) forbids without consent; it states an unlawful practice",
      ja: "エラー: 17条2項が同意なしには認めない利用目的の変更を文書自体が留保している。違法な取扱いの記載である"
    },
    citation: { en: "APPI 17(2), 18(1), 21(3)", ja: "個人情報保護法17条2項・18条1項・21条3項" },
    description: {
      en: "purposes change only within what is reasonably related to the old ones",
      ja: "利用目的の変更が変更前と関連性を有すると合理的に認められる範囲にとどまる"
    },
    docs: {
      en: "An operator may change a purpose only within what is reasonably recognised as related to the old purpose (Art. 17(2)), and must notify or publish the change (Art. 21(3)). A change beyond that is use beyond the purposes and needs the person's consent (Art. 18(1)).",
      ja: "利用目的の変更は、変更前の利用目的と関連性を有すると合理的に認められる範囲に限られ（17条2項）、変更した目的は通知又は公表しなければならない（21条3項）。その範囲を超える変更は目的外利用であり、本人の同意を要する（18条1項）。"
    },
    messages: {
      unrelated: {
        en: "the policy reserves changes of purpose beyond a reasonable relation to the old ones",
        ja: "変更前と関連性のない利用目的への変更を留保している",
        help: { en: "set `withinReasonableRelation: true`; wider changes need consent", ja: "`withinReasonableRelation: true` にする（それを超える変更には同意が必要）" }
      }
    }
  },
  check: (policy, report) => {
    if (policy.purposes.change?.withinReasonableRelation === false) report("unrelated", ["purposes", "change", "withinReasonableRelation"])
  }
})
