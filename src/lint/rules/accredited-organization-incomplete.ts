/**
 * An accredited organization the operator belongs to is named with its
 * complaint desk (32(1)(iv), 令10(iii)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "accredited-organization-incomplete",
    severity: "warning",
    severityReason: {
      en: "warning: the organization's name and complaint desk need only be where the person can know them, which includes another page or an answer on request (32(1), Order 10(iii))",
      ja: "警告: 団体の名称と苦情の申出先は本人の知り得る状態に置けば足り、別のページや求めに応じた回答でもよい（32条1項、施行令10条3号）"
    },
    citation: { en: "APPI 32(1)(iv); Cabinet Order 10(iii)", ja: "個人情報保護法32条1項4号、施行令10条3号" },
    description: {
      en: "an accredited organization the operator belongs to is named, with where to complain",
      ja: "対象事業者である認定個人情報保護団体の名称と苦情の申出先が示されている"
    },
    docs: {
      en: "An operator that is a covered business of an accredited personal information protection organization (認定個人情報保護団体) must publish the organization's name and where to submit complaints for resolution (Cabinet Order Art. 10(iii)).",
      ja: "認定個人情報保護団体の対象事業者である場合、その団体の名称と苦情の解決の申出先を本人の知り得る状態に置かなければならない（施行令10条3号）。"
    },
    messages: {
      "missing-name": {
        en: "the operator belongs to an accredited organization whose name is not given",
        ja: "認定個人情報保護団体の対象事業者だが団体の名称がない",
        help: { en: "add `accreditedOrganization.name`", ja: "`accreditedOrganization.name` を記載する" }
      },
      "missing-complaint-desk": {
        en: "the accredited organization `{name}` has no complaint desk",
        ja: "認定個人情報保護団体 `{name}` の苦情の申出先がない",
        help: { en: "add `accreditedOrganization.complaintDesk` (and its address or phone)", ja: "`accreditedOrganization.complaintDesk`（と所在地・電話番号）を記載する" }
      }
    }
  },
  check: (policy, report) => {
    const organization = policy.accreditedOrganization
    if (organization?.member !== true) return
    if (organization.name === undefined) report("missing-name", ["accreditedOrganization", "name"])
    if (organization.complaintDesk === undefined) {
      report("missing-complaint-desk", ["accreditedOrganization", "complaintDesk"], { name: organization.name?.ja ?? "?" })
    }
  }
})
