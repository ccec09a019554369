/**
 * Pseudonymized data (仮名加工情報 that is personal information, Art. 41):
 * no provision to third parties save under laws and regulations (41(6)),
 * no use beyond the purposes save under laws and regulations (41(3)), no
 * requests (41(9) disapplies 32–39), and its purposes published (41(4)).
 *
 * @since 0.2.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import { scopeCovers } from "../../model/facts.ts"
import type { CategoryScope } from "../../model/Purpose.ts"
import { coveredCategories, squashJa } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** Where in a scope a category is: its index when named, the scope itself when `all`. */
const at = (path: JsonPath, scope: CategoryScope, id: string): JsonPath => (scope === "all" ? path : [...path, scope.indexOf(id)])

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "pseudonymized-data",
    severity: "error",
    severityReason: {
      en: "error when the document puts pseudonymized data under consent or opt-out provision, or offers requests on it: it states a practice 41(6), 41(7) and 41(9) exclude. Warning for a general clause on use beyond the purposes that does not set pseudonymized data apart, and for missing purposes: the policy may say it elsewhere, and the purposes may be published on another page (41(4))",
      ja: "仮名加工情報を同意又はオプトアウトによる提供の対象にし、又は開示等の請求の対象とする記載はエラー: 41条6項・7項・9項が認めない取扱いを述べている。仮名加工情報を除いていない目的外利用の一般条項と、利用目的の欠落は警告: 別の箇所で述べているかもしれず、利用目的は別のページで公表してもよい（41条4項）"
    },
    citation: { en: "APPI 41(3), 41(4), 41(6), 41(7), 41(9); PPC Q&A 14-17", ja: "個人情報保護法41条3項・4項・6項・7項・9項、個人情報保護法Q&A 14-17" },
    description: {
      en: "pseudonymized data is not provided to third parties, not used beyond its published purposes, and not offered for requests",
      ja: "仮名加工情報を第三者に提供せず、公表した利用目的の外で利用せず、開示等の請求の対象にしていない"
    },
    docs: {
      en: "Pseudonymized data that is personal information follows its own rules. It may be used beyond its purposes only where laws and regulations require it (41(3): Art. 18 does not apply, so neither consent nor the other 18(3) items help). It may not be provided to third parties except under laws and regulations (41(6)), whatever 27(1), 27(2) and 28(1) say — prior consent does not help (PPC Q&A 14-17); outsourcing and joint use (27(5), with the joint-use items published) remain. Its purposes are published (41(4) reads Art. 21 as 公表), and changes of purpose need no consent (41(9) disapplies 17(2)). The operator may not match it with other information to identify the person (41(7)), and Arts. 32–39 do not apply (41(9)): it is not data the person may ask to see, correct or stop. The rule reports a pseudonymized category under a consent or opt-out provision or the opt-out's scope (`categories: all` reaches it), marked `disclosable`, reached by a clause on use beyond the purposes (consent, or an 18(3) item other than laws and regulations) whose text does not set pseudonymized data apart, or served by no purpose.",
      ja: "個人情報である仮名加工情報には独自の規律がある。利用目的の範囲を超えて取り扱えるのは法令に基づく場合に限られる（41条3項: 18条が適用されず、同意も18条3項の他の号も使えない）。法令に基づく場合を除き第三者に提供できず（41条6項）、27条1項・2項や28条1項によっても提供できない（あらかじめ同意を得ても不可、Q&A 14-17）。委託と共同利用（27条5項。共同利用の事項は公表）は可能である。利用目的は公表し（41条4項が21条を公表に読み替える）、利用目的の変更に同意は要らない（41条9項が17条2項を適用除外）。本人を識別するために他の情報と照合してはならず（41条7項）、32条〜39条は適用されない（41条9項）: 開示・訂正・利用停止等の請求の対象ではない。このルールは、同意又はオプトアウトによる提供やオプトアウトの対象にした仮名加工情報（`categories: all` も及ぶ）、`disclosable` とした仮名加工情報、仮名加工情報を除かない目的外利用の条項（同意、又は法令に基づく場合以外の18条3項各号）、利用目的のない仮名加工情報を報告する。"
    },
    messages: {
      provided: {
        en: "the pseudonymized data `{id}` is provided under `{provision}` ({basis}), which 41(6) does not allow",
        ja: "仮名加工情報 `{id}` が提供 `{provision}`（{basis}）の対象になっているが、41条6項により提供できない",
        help: {
          en: "remove `{id}` from the provision: pseudonymized data goes to third parties only under laws and regulations, whatever the consent",
          ja: "提供の対象から `{id}` を除く（仮名加工情報は同意があっても法令に基づく場合を除き第三者に提供できない）"
        }
      },
      "opt-out": {
        en: "the opt-out covers the pseudonymized data `{id}`, which 41(6) does not allow",
        ja: "オプトアウトの対象に仮名加工情報 `{id}` が含まれているが、41条6項により提供できない",
        help: { en: "name only other categories in `optOut.categories`", ja: "`optOut.categories` には他の種別だけを挙げる" }
      },
      disclosable: {
        en: "the pseudonymized data `{id}` is marked disclosable, but 41(9) takes it out of requests and 41(7) forbids identifying the person in it",
        ja: "仮名加工情報 `{id}` が開示対象とされているが、41条9項により開示等の請求の対象外であり、41条7項により本人の識別は禁じられている",
        help: {
          en: "set `disclosure.class: non-disclosable` (the law is the reason: 41(9))",
          ja: "`disclosure.class: non-disclosable` にする（理由は法律による: 41条9項）"
        }
      },
      "use-beyond-purpose": {
        severity: "warning",
        en: "the clause on use beyond the purposes ({how}) reaches the pseudonymized data `{id}`, which may go beyond its purposes only under laws and regulations",
        ja: "目的外利用の条項（{howJa}）が仮名加工情報 `{id}` にも及んでいるが、仮名加工情報の目的外利用は法令に基づく場合に限られる",
        help: {
          en: "say in `useBeyondPurpose.text` that 仮名加工情報 is not used beyond its purposes except under laws and regulations (41(3))",
          ja: "`useBeyondPurpose.text` に、仮名加工情報は法令に基づく場合を除き利用目的の範囲を超えて取り扱わない旨を記載する（41条3項）"
        }
      },
      "no-purpose": {
        severity: "warning",
        en: "no purpose of use covers the pseudonymized data `{id}`",
        ja: "仮名加工情報 `{id}` を対象とする利用目的がない",
        help: {
          en: "name `{id}` in the purposes it serves (41(4): they are published), unless they are published elsewhere",
          ja: "対象となる利用目的に `{id}` を名指しする（41条4項: 公表が必要。別の場所で公表している場合を除く）"
        }
      }
    }
  },
  check: (policy, report) => {
    const pseudonymized = new Set(policy.dataCategories.filter((c) => c.sensitivity === "pseudonymized").map((c) => c.id))
    if (pseudonymized.size === 0) return
    const inScope = (scope: CategoryScope) => coveredCategories(policy, scope).filter(({ category }) => pseudonymized.has(category.id))
    const provision = policy.thirdPartyProvision
    provision?.provisions?.forEach((arrangement, i) => {
      if (arrangement.basis === "statutory") return
      const path = ["thirdPartyProvision", "provisions", i, "categories"]
      for (const { category } of inScope(arrangement.categories)) {
        report("provided", at(path, arrangement.categories, category.id), { id: category.id, provision: arrangement.id, basis: arrangement.basis })
      }
    })
    if (provision?.optOut !== undefined) {
      const scope = provision.optOut.categories
      for (const { category } of inScope(scope)) report("opt-out", at(["thirdPartyProvision", "optOut", "categories"], scope, category.id), { id: category.id })
    }
    const beyond = policy.useBeyondPurpose
    const otherItems = (beyond?.exceptions ?? []).filter((exception) => exception.id !== "laws-and-regulations")
    const setApart = /仮名加工情報/u.test(squashJa(beyond?.text))
    policy.dataCategories.forEach((category, i) => {
      if (!pseudonymized.has(category.id)) return
      if (category.disclosure.class === "disclosable") report("disclosable", ["dataCategories", i, "disclosure", "class"], { id: category.id })
      if (beyond !== undefined && !setApart && (beyond.consentRequired || otherItems.length > 0)) {
        const how = beyond.consentRequired ? "consent" : otherItems.map((e) => e.id).join(", ")
        report("use-beyond-purpose", ["useBeyondPurpose"], { id: category.id, how, howJa: beyond.consentRequired ? "本人の同意" : how })
      }
      if (!policy.purposes.items.some((purpose) => scopeCovers(purpose.categories, category))) {
        report("no-purpose", ["dataCategories", i], { id: category.id })
      }
    })
  }
})
