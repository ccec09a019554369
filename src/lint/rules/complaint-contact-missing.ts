/**
 * Where complaints go (32(1)(iv), 令10(ii)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "complaint-contact-missing",
    severity: "warning",
    severityReason: {
      en: "warning: the complaint desk need only be where the person can know it, which includes another page (32(1), Order 10(ii)); the document cannot show that there is none",
      ja: "警告: 苦情の申出先は本人の知り得る状態に置けば足り、別のページでもよい（32条1項、施行令10条2号）。ないことは文書からは分からない"
    },
    citation: { en: "APPI 32(1)(iv), 40; Cabinet Order 10(ii)", ja: "個人情報保護法32条1項4号・40条、施行令10条2号" },
    description: { en: "the policy says where complaints about the handling of data go", ja: "取扱いに関する苦情の申出先が公表されている" },
    docs: {
      en: "The operator must publish where the person can complain about its handling of retained personal data (Cabinet Order Art. 10(ii)) and must deal with complaints properly and promptly (Art. 40). A window for inquiries about products is not a complaint desk unless the policy says complaints go there.",
      ja: "保有個人データの取扱いに関する苦情の申出先を本人の知り得る状態に置かなければならず（施行令10条2号）、苦情は適切かつ迅速に処理しなければならない（40条）。問い合わせ窓口は、苦情も受け付けると書かれていない限り苦情の申出先にならない。"
    },
    messages: {
      missing: {
        en: "no contact window receives complaints",
        ja: "苦情を受け付ける窓口が示されていない",
        help: {
          en: "add `complaints` to a window's `roles`, or set `complaints.window`",
          ja: "窓口の `roles` に `complaints` を加えるか、`complaints.window` を指定する"
        }
      }
    }
  },
  check: (policy, report) => {
    if (policy.complaints?.window !== undefined) return
    // A window whose roles are not given serves every purpose.
    if (policy.contactWindows.some((window) => window.roles === undefined || window.roles.includes("complaints"))) return
    report("missing", policy.complaints === undefined ? ["contactWindows"] : ["complaints"])
  }
})
