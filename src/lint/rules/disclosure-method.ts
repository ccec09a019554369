/**
 * Disclosure is made by the method the person chooses (33(1)–(2), since
 * April 2022; Enforcement Rules 30): a policy that fixes the method —
 * paper only, or anything that leaves out electronic records or paper —
 * contradicts it.
 *
 * @since 0.2.0
 */
import { defineRule } from "../Rule.ts"

/** The methods of Enforcement Rules 30 the person may always designate: an electronic record, or paper (the statutory fallback of 33(2)). */
const CHOICES = ["electronic", "paper"] as const

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "disclosure-method",
    severity: "error",
    severityReason: {
      en: "error: the document itself fixes a method of disclosure that 33(1)–(2) leave to the person; it states a practice the law forbids, whatever is done elsewhere",
      ja: "エラー: 33条1項・2項が本人の選択に委ねる開示の方法を、文書自体が限定している。他でどうしていようと、法律が許さない取扱いの記載である"
    },
    citation: { en: "APPI 33(1), 33(2); Enforcement Rules 30", ja: "個人情報保護法33条1項・2項、施行規則30条" },
    description: {
      en: "the policy does not restrict disclosure to a method the person did not choose",
      ja: "開示の方法を本人が選ばない方法に限定していない"
    },
    docs: {
      en: "Since April 2022 the person may ask for disclosure by an electronic record, by paper, or by another method the operator sets (Art. 33(1), Enforcement Rules 30), and the operator must disclose by the method the person asked for; only when that method costs a great deal or is otherwise difficult may it fall back to paper, telling the person so (33(2), 33(3)). 「開示は、書面の交付により行います」 was the rule before 2022 and is now a restriction the Act does not allow; so is a policy that offers only electronic records, since paper is both a method of Rule 30 and the fallback. The rule reads `requests.delivery`: it must include `electronic` and `paper` (`other` may be added).",
      ja: "2022年4月から、本人は電磁的記録の提供、書面の交付その他事業者の定める方法のうちから開示の方法を指示でき（33条1項、施行規則30条）、事業者は指示された方法で開示しなければならない。その方法に多額の費用を要する等で困難な場合に限り書面の交付によることができ、その旨を通知する（33条2項・3項）。「開示は、書面の交付により行います」は2022年前の規律であり、今は法律の認めない限定である。電磁的記録に限る方針も同じである（書面は規則30条の方法であり、法定の代替手段でもある）。このルールは `requests.delivery` を読み、`electronic` と `paper` の両方を含むことを求める（`other` を加えるのは自由）。"
    },
    messages: {
      "paper-only": {
        en: "disclosure is made only on paper, but the person chooses the method, electronic records included",
        ja: "開示を書面に限っているが、開示の方法は本人が指示でき、電磁的記録も含まれる",
        help: {
          en: "set `requests.delivery: [electronic, paper]` and say that the method the person asks for is used, with paper where it is difficult (33(2))",
          ja: "`requests.delivery: [electronic, paper]` とし、本人が指示した方法により開示し、困難な場合は書面の交付による旨を記載する（33条2項）"
        }
      },
      "excludes-choice": {
        en: "disclosure is made only by `{methods}`, which leaves out `{missing}` the person may ask for",
        ja: "開示を `{methods}` に限っており、本人が指示できる `{missing}` を除いている",
        help: {
          en: "include `electronic` and `paper` in `requests.delivery`; the person chooses among them (33(1), Rule 30)",
          ja: "`requests.delivery` に `electronic` と `paper` を含める（本人がその中から指示する、33条1項・規則30条）"
        }
      }
    }
  },
  check: (policy, report) => {
    const delivery = policy.requests?.delivery ?? []
    if (delivery.length === 0) return
    const missing = CHOICES.filter((method) => !delivery.includes(method))
    if (missing.length === 0) return
    if (delivery.every((method) => method === "paper")) report("paper-only", ["requests", "delivery"])
    else report("excludes-choice", ["requests", "delivery"], { methods: delivery.join(", "), missing: missing.join(", ") })
  }
})
