/**
 * Every category of personal information is served by some purpose (17(1),
 * 21(1), 32(1)(ii)). Anonymized data is not personal information (its items
 * are checked by `anonymized-data`); pseudonymized data has its own rule
 * (`pseudonymized-data`, 41(4)); entrusted data gets a milder message.
 *
 * @since 0.1.0
 */
import { scopeCovers } from "../../model/facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "category-without-purpose",
    severity: "warning",
    severityReason: {
      en: "warning: the purposes may be published on another page or notified when the data is acquired (21(1), 32(1)(ii)); the document cannot show that the category's purposes are published nowhere. For data handled for a client the law asks no purpose of the entrustee at all",
      ja: "警告: 利用目的は別のページで公表し、又は取得の際に通知してもよく（21条1項・32条1項2号）、その種別の利用目的がどこにも公表されていないことは文書からは分からない。受託した個人情報については、法律は受託者に利用目的を求めていない"
    },
    citation: { en: "APPI 17(1), 21(1), 32(1)(ii)", ja: "個人情報保護法17条1項・21条1項・32条1項2号" },
    description: { en: "no category of personal information is left without a purpose of use", ja: "利用目的のない個人情報の種別がない" },
    docs: {
      en: "An operator specifies the purposes of the personal information it handles (Art. 17(1)), notifies or publishes them on acquisition (Art. 21(1)) and keeps the purposes of all retained personal data where the person can know them (Art. 32(1)(ii)), so every kind of data the policy declares needs at least one purpose. `categories: all` does not reach data handled on a client's behalf or My Number data: those serve only purposes that name them. Not checked here: anonymized data (匿名加工情報) is not personal information and has no purpose under Arts. 17 or 21 — what Art. 43(3) asks is its items (`anonymized-data`); pseudonymized data (仮名加工情報) is checked under 41(4) by `pseudonymized-data`. Data handled for a client (受託) is not the entrustee's retained personal data (16(4): it has no authority to disclose or correct it), so 32(1)(ii) does not reach it; the rule only warns that nothing in the policy says what it may be used for — the runtime guard denies any use of entrusted data unless a purpose names it.",
      ja: "事業者は取り扱う個人情報の利用目的を特定し（17条1項）、取得に際して通知又は公表し（21条1項）、全ての保有個人データの利用目的を本人の知り得る状態に置く（32条1項2号）。そのため方針が挙げる種別には少なくとも一つの利用目的が要る。`categories: all` は受託した個人情報と特定個人情報には及ばず、これらはそれを名指しする利用目的にのみ使える。ここで扱わないもの: 匿名加工情報は個人情報ではなく17条・21条の利用目的はない（43条3項が求めるのは項目の公表で、`anonymized-data` が確認する）。仮名加工情報は41条4項により `pseudonymized-data` が確認する。受託した個人情報は受託者の保有個人データではない（16条4項: 開示・訂正等の権限がない）ため32条1項2号は及ばない。このルールは、何に使えるかが方針に書かれていないことを警告するだけである（実行時ガードは、利用目的が名指ししない限り受託データの利用をすべて拒否する）。"
    },
    messages: {
      uncovered: {
        en: "no purpose of use covers the data category `{id}`",
        ja: "個人情報の種別 `{id}` を対象とする利用目的がない",
        help: {
          en: "name `{id}` in the `categories` of the purposes it serves, unless its purposes are published elsewhere or notified when it is acquired",
          ja: "対象となる利用目的の `categories` に `{id}` を加える（別の場所で公表し、又は取得の際に通知している場合を除く）"
        }
      },
      "my-number-needs-explicit-purpose": {
        en: "the My Number data category `{id}` is served only by `categories: all`, which does not cover My Number data",
        ja: "特定個人情報の種別 `{id}` は `categories: all` の利用目的しかないが、`all` は特定個人情報には及ばない",
        help: {
          en: "name `{id}` in the purposes of the My Number affairs it serves (My Number Act 9)",
          ja: "特定個人情報を使う個人番号関係事務等の利用目的の `categories` に `{id}` を名指しで加える（番号法9条）"
        }
      },
      "entrusted-without-purpose": {
        en: "no purpose names the data category `{id}`, which is handled on a client's behalf",
        ja: "受託した個人情報の種別 `{id}` を名指しする利用目的がない",
        help: {
          en: "the law asks no purpose of an entrustee, but the guard denies any use of entrusted data unless a purpose names it: add a purpose such as 「委託元から委託された業務の遂行のため」 with `categories: [{id}]`",
          ja: "受託者に利用目的の公表義務はないが、ガードは利用目的が名指ししない限り受託データの利用をすべて拒否する。「委託元から委託された業務の遂行のため」のような利用目的を `categories: [{id}]` で加える"
        }
      }
    }
  },
  check: (policy, report) => {
    const purposes = policy.purposes.items
    policy.dataCategories.forEach((category, i) => {
      // Not personal information (43), or checked under 41(4) by `pseudonymized-data`.
      if (category.sensitivity === "anonymized" || category.sensitivity === "pseudonymized") return
      if (purposes.some((purpose) => scopeCovers(purpose.categories, category))) return
      if (category.disclosure.entrusted === true) report("entrusted-without-purpose", ["dataCategories", i], { id: category.id })
      else if (category.sensitivity === "my-number" && purposes.some((purpose) => purpose.categories === "all")) {
        report("my-number-needs-explicit-purpose", ["dataCategories", i], { id: category.id })
      } else report("uncovered", ["dataCategories", i], { id: category.id })
    })
  }
})
