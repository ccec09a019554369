/**
 * My Number data is never jointly used, provided by opt-out or provided on
 * consent (番号法 19).
 *
 * @since 0.1.0
 */
import type { Policy } from "../../model/Policy.ts"
import type { CategoryScope } from "../../model/Purpose.ts"
import { defineRule } from "../Rule.ts"

/** Indices in an explicit scope that name a My Number category (`all` never covers one). */
const myNumberRefs = (policy: Policy, scope: CategoryScope): ReadonlyArray<{ readonly index: number; readonly id: string }> => {
  if (scope === "all") return []
  const myNumber = new Set(policy.dataCategories.filter((c) => c.sensitivity === "my-number").map((c) => c.id))
  return scope.flatMap((id, index) => (myNumber.has(id) ? [{ index, id }] : []))
}

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "my-number-provision",
    severity: "error",
    severityReason: {
      en: "error for My Number data in joint use, opt-out or consent-based provision: the document states a provision My Number Act 19 forbids. Warning for the missing statement: no provision requires the policy to say so; it is good practice, so that a consent clause is not read as reaching My Number data",
      ja: "特定個人情報を共同利用・オプトアウト・同意による提供の対象にする記載はエラー: 番号法19条が禁じる提供を文書が述べている。除外の記載がないことは警告: 記載を求める規定はなく、同意条項が特定個人情報に及ぶと読まれないための望ましい実務である"
    },
    citation: { en: "My Number Act 19", ja: "番号法19条" },
    description: {
      en: "My Number data is not in joint use, opt-out or consent-based provision, and the policy says so",
      ja: "特定個人情報を共同利用・オプトアウト・同意による提供の対象にせず、その旨を示している"
    },
    docs: {
      en: "Specific personal information (特定個人情報, data containing an individual number) may be provided only in the cases listed in Art. 19 of the My Number Act, such as submitting withholding slips to the tax office. The person's consent does not widen them, and APPI's joint use and opt-out do not apply. A policy that holds My Number data and promises provision on consent should say that My Number data is excluded; no provision requires the statement (hence a warning), but without it the consent clause reads as reaching My Number data.",
      ja: "特定個人情報は番号法19条各号に該当する場合（源泉徴収票の税務署への提出など）を除き提供できない。本人の同意があっても提供できず、個人情報保護法の共同利用やオプトアウトも使えない。特定個人情報を扱いながら同意による提供を定める方針は、特定個人情報をその対象から除く旨を示すことが望ましい。記載を求める規定はない（そのため警告）が、記載がなければ同意条項が特定個人情報にも及ぶように読める。"
    },
    messages: {
      "joint-use": {
        en: "the My Number data `{id}` is in the joint use `{use}`",
        ja: "特定個人情報 `{id}` が共同利用 `{use}` の対象になっている",
        help: { en: "remove `{id}` from the joint use; My Number data cannot be used jointly", ja: "共同利用から `{id}` を除く（特定個人情報は共同利用できない）" }
      },
      "opt-out": {
        en: "the My Number data `{id}` is covered by the opt-out",
        ja: "特定個人情報 `{id}` がオプトアウトの対象になっている",
        help: { en: "remove `{id}` from `optOut.categories`", ja: "`optOut.categories` から `{id}` を除く" }
      },
      "consent-provision": {
        en: "the My Number data `{id}` is provided under `{provision}` ({basis})",
        ja: "特定個人情報 `{id}` が提供 `{provision}`（{basis}）の対象になっている",
        help: { en: "remove `{id}`: My Number data may be provided only as the My Number Act lists", ja: "特定個人情報は番号法の定める場合にのみ提供できる。`{id}` を除く" }
      },
      "no-statement": {
        severity: "warning",
        en: "the policy holds My Number data (`{id}`) and provides data on consent, but does not exclude My Number data",
        ja: "特定個人情報（`{id}`）を扱い同意による提供を定めているが、特定個人情報を除く旨がない",
        help: {
          en: "state in `thirdPartyProvision.myNumber` that My Number data is provided only as the My Number Act allows",
          ja: "`thirdPartyProvision.myNumber` に、特定個人情報は番号法の定める場合を除き提供しない旨を記載する"
        }
      }
    }
  },
  check: (policy, report) => {
    policy.jointUses?.forEach((jointUse, i) => {
      for (const { index, id } of myNumberRefs(policy, jointUse.categories)) report("joint-use", ["jointUses", i, "categories", index], { id, use: jointUse.id })
    })
    const provision = policy.thirdPartyProvision
    if (provision === undefined) return
    if (provision.optOut !== undefined) {
      for (const { index, id } of myNumberRefs(policy, provision.optOut.categories)) report("opt-out", ["thirdPartyProvision", "optOut", "categories", index], { id })
    }
    provision.provisions?.forEach((arrangement, i) => {
      if (arrangement.basis === "statutory") return
      for (const { index, id } of myNumberRefs(policy, arrangement.categories)) {
        report("consent-provision", ["thirdPartyProvision", "provisions", i, "categories", index], { id, provision: arrangement.id, basis: arrangement.basis })
      }
    })
    const myNumber = policy.dataCategories.find((c) => c.sensitivity === "my-number")
    if (myNumber !== undefined && provision.consentRequired && provision.myNumber === undefined) report("no-statement", ["thirdPartyProvision", "myNumber"], { id: myNumber.id })
  }
})
