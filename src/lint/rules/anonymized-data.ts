/**
 * Anonymized data (匿名加工情報, Art. 43): its items are published when it
 * is made (43(3)), and before it is provided, the items and the method of
 * provision (43(4)).
 *
 * @since 0.2.0
 */
import type { Policy } from "../../model/Policy.ts"
import { defineRule } from "../Rule.ts"

/** Where the policy says it provides the category: a provision arrangement or the opt-out that names it. */
const providedAt = (policy: Policy, id: string): ReadonlyArray<string | number> | undefined => {
  const provision = policy.thirdPartyProvision
  // Only a scope that names the category: `all` speaks of personal information, which anonymized data is not.
  const index = (provision?.provisions ?? []).findIndex((p) => p.categories !== "all" && p.categories.includes(id))
  if (index >= 0) return ["thirdPartyProvision", "provisions", index, "categories"]
  const optOut = provision?.optOut?.categories
  if (optOut !== undefined && optOut !== "all" && optOut.includes(id)) return ["thirdPartyProvision", "optOut", "categories"]
  return undefined
}

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "anonymized-data",
    severity: "warning",
    severityReason: {
      en: "warning: the 43(3) and 43(4) publications may be made on another page (the Enforcement Rules ask for the internet or another appropriate method), which the document cannot show",
      ja: "警告: 43条3項・4項の公表は別のページで行ってもよく（施行規則はインターネットの利用その他の適切な方法によるとする）、文書からは分からない"
    },
    citation: { en: "APPI 43(3), 43(4)", ja: "個人情報保護法43条3項・4項" },
    description: {
      en: "anonymized data has its items published, and the items and method of provision before it is provided",
      ja: "匿名加工情報の項目が公表され、提供する場合は提供する項目と方法が公表されている"
    },
    docs: {
      en: "Anonymously processed information (匿名加工情報) is not personal information: Arts. 17, 18, 21 and 27 do not apply to it, so it needs no purpose and no consent to be provided. What the Act asks instead: on making it, the operator publishes the items of information about individuals it contains (43(3)); before providing it to a third party, the operator publishes the items provided and the method of provision, and tells the recipient that the data is anonymously processed information (43(4)). The rule reports an anonymized category without `anonymized.items`, and one that a provision arrangement or the opt-out names without `anonymized.provision`.",
      ja: "匿名加工情報は個人情報ではなく、17条・18条・21条・27条は適用されない。利用目的も提供への同意も要らない。代わりに法律が求めるのは、作成したときに含まれる個人に関する情報の項目を公表すること（43条3項）、第三者に提供するときはあらかじめ提供する情報の項目と提供の方法を公表し、提供先に匿名加工情報である旨を明示すること（43条4項）である。このルールは、`anonymized.items` のない匿名加工情報の種別と、提供又はオプトアウトが名指ししながら `anonymized.provision` のない種別を報告する。"
    },
    messages: {
      "no-items": {
        en: "the anonymized data `{id}` does not publish the items it contains",
        ja: "匿名加工情報 `{id}` に含まれる項目が公表されていない",
        help: {
          en: "list them in `anonymized.items` (43(3)), unless they are published elsewhere",
          ja: "`anonymized.items` に項目を記載する（43条3項。別の場所で公表している場合を除く）"
        }
      },
      "provision-unpublished": {
        en: "the anonymized data `{id}` is provided, but the items provided and the method of provision are not published",
        ja: "匿名加工情報 `{id}` を提供しているが、提供する項目と提供の方法が公表されていない",
        help: {
          en: "give `anonymized.provision` with the items and the method (43(4)), and tell the recipient that it is 匿名加工情報",
          ja: "`anonymized.provision` に提供する項目と方法を記載し（43条4項）、提供先に匿名加工情報である旨を明示する"
        }
      }
    }
  },
  check: (policy, report) => {
    policy.dataCategories.forEach((category, i) => {
      if (category.sensitivity !== "anonymized") return
      if ((category.anonymized?.items ?? []).length === 0) report("no-items", ["dataCategories", i, "anonymized"], { id: category.id })
      const provided = providedAt(policy, category.id)
      if (provided !== undefined && category.anonymized?.provision === undefined) report("provision-unpublished", provided, { id: category.id })
    })
  }
})
