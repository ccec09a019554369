/**
 * The policy does not contradict itself: cookies said to be unused yet given
 * purposes, cookie data said not to identify anyone yet linked to personal
 * data, outsourcing said to be unused yet described, and the like.
 *
 * @since 0.1.0
 */
import { COOKIE_WORDS } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "internal-consistency",
    severity: "error",
    citation: { en: "APPI 17(1), 21(1), 32(1)", ja: "個人情報保護法17条1項・21条1項・32条1項" },
    description: { en: "the policy does not contradict itself", ja: "方針の記載が互いに矛盾していない" },
    docs: {
      en: "What is published must let the person understand how the data is handled (Arts. 17(1), 21(1), 32(1)). Two statements that contradict each other leave the person unable to tell which holds, and one of them is false: cookies said to be unused but given purposes or tools, cookie data said to identify no one but linked to personal data, logs said not to be collected but itemised, outsourcing said not to happen but relied on, membership of an accredited organization denied but the organization named.",
      ja: "公表事項は、本人が取扱いの内容を理解できるものでなければならない（17条1項・21条1項・32条1項）。互いに矛盾する記載があると本人はどちらが正しいか分からず、いずれかは事実に反する。例: Cookie を使わないとしながら利用目的やツールを挙げる、Cookie の情報は個人を特定しないとしながら個人データと紐付ける、ログを取得しないとしながら項目を挙げる、委託しないとしながら委託を根拠にする、認定個人情報保護団体に属さないとしながら団体名を挙げる。"
    },
    messages: {
      "cookies-unused-but-described": {
        en: "cookies are said to be unused, but `{field}` lists some",
        ja: "Cookie を使用しないとしているが `{field}` が記載されている",
        help: { en: "set `tracking.cookies.used: true`, or remove `{field}`", ja: "`tracking.cookies.used: true` にするか `{field}` を削る" }
      },
      "cookies-unused-but-collected": {
        en: "cookies are said to be unused, but `{what}` is collected",
        ja: "Cookie を使用しないとしているが `{what}` を取得している",
        help: { en: "set `tracking.cookies.used: true`", ja: "`tracking.cookies.used: true` にする" }
      },
      "cookie-data-linked": {
        en: "cookie data is said to identify no one, but `{id}` links cookie data to personal data",
        ja: "Cookie の情報は個人を特定しないとしているが、`{id}` で Cookie による情報を個人データと紐付けている",
        help: {
          en: "once linked, the data is personal information; drop `identifiesPersons: false` and give purposes for it",
          ja: "紐付けた時点で個人情報になる。`identifiesPersons: false` をやめ、その利用目的を示す"
        }
      },
      "logs-uncollected-but-described": {
        en: "logs are said not to be collected, but `{field}` lists some",
        ja: "ログを取得しないとしているが `{field}` が記載されている",
        help: { en: "set `tracking.logs.collected: true`, or remove `{field}`", ja: "`tracking.logs.collected: true` にするか `{field}` を削る" }
      },
      "outsourcing-unused-but-described": {
        en: "outsourcing is said not to happen, but {what}",
        ja: "委託しないとしているが、{whatJa}",
        help: { en: "set `outsourcing.used: true`, or remove it", ja: "`outsourcing.used: true` にするか該当の記載を削る" }
      },
      "not-member-but-named": {
        en: "the operator is said to belong to no accredited organization, but one is named",
        ja: "認定個人情報保護団体に属さないとしているが団体が記載されている",
        help: { en: "set `accreditedOrganization.member: true`, or remove the name", ja: "`accreditedOrganization.member: true` にするか名称を削る" }
      }
    }
  },
  check: (policy, report) => {
    const cookies = policy.tracking?.cookies
    if (cookies?.used === false) {
      for (const field of ["purposes", "thirdPartyTools"] as const) {
        if ((cookies[field] ?? []).length > 0) report("cookies-unused-but-described", ["tracking", "cookies", field], { field })
      }
      policy.dataCategories.forEach((category, c) =>
        category.items?.forEach((item, k) => {
          if (COOKIE_WORDS.test(item.ja)) report("cookies-unused-but-collected", ["dataCategories", c, "items", k], { what: item.ja })
        })
      )
      policy.tracking?.dataFlows?.forEach((flow, f) =>
        flow.items.forEach((item, k) => {
          if (COOKIE_WORDS.test(item.ja)) report("cookies-unused-but-collected", ["tracking", "dataFlows", f, "items", k], { what: item.ja })
        })
      )
    }
    if (cookies?.identifiesPersons === false) {
      policy.tracking?.dataFlows?.forEach((flow, f) => {
        if (flow.linkedToPersonalData === true && flow.items.some((item) => COOKIE_WORDS.test(item.ja))) {
          report("cookie-data-linked", ["tracking", "dataFlows", f, "linkedToPersonalData"], { id: flow.id })
        }
      })
    }
    const logs = policy.tracking?.logs
    if (logs?.collected === false) {
      for (const field of ["items", "purposes"] as const) {
        if ((logs[field] ?? []).length > 0) report("logs-uncollected-but-described", ["tracking", "logs", field], { field })
      }
    }
    if (policy.outsourcing?.used === false) {
      const ground = policy.thirdPartyProvision?.otherGrounds?.findIndex((g) => g.kind === "outsourcing") ?? -1
      if (ground >= 0) {
        report("outsourcing-unused-but-described", ["thirdPartyProvision", "otherGrounds", ground], {
          what: "provision to outsourcees is listed as a ground",
          whatJa: "委託に伴う提供を提供事由に挙げている"
        })
      }
      const purpose = policy.purposes.items.findIndex((p) => p.tags?.includes("outsourcing") === true)
      if (purpose >= 0) {
        report("outsourcing-unused-but-described", ["purposes", "items", purpose], { what: "a purpose is about outsourcing", whatJa: "委託に関する利用目的がある" })
      }
      for (const field of ["selectionCriteria", "contractClauses", "supervision"] as const) {
        if ((policy.outsourcing[field] ?? []).length > 0) {
          report("outsourcing-unused-but-described", ["outsourcing", field], { what: `\`${field}\` is described`, whatJa: `\`${field}\` が記載されている` })
        }
      }
    }
    const organization = policy.accreditedOrganization
    if (organization?.member === false && (organization.name !== undefined || organization.complaintDesk !== undefined)) {
      report("not-member-but-named", ["accreditedOrganization", "member"])
    }
  }
})
