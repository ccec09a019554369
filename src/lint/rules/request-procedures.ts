/**
 * A procedure for every kind of request, including provision-record
 * disclosure (32(1)(iii)).
 *
 * @since 0.1.0
 */
import type { RequestKind } from "../../model/Requests.ts"
import { defineRule } from "../Rule.ts"

/** Every request kind the law gives the person, with its article. */
const KINDS: ReadonlyArray<{ readonly kind: RequestKind; readonly en: string; readonly ja: string; readonly article: string; readonly articleJa: string }> = [
  { kind: "purpose-notification", en: "notification of the purposes", ja: "利用目的の通知", article: "32(2)", articleJa: "32条2項" },
  { kind: "disclosure", en: "disclosure", ja: "開示", article: "33(1)", articleJa: "33条1項" },
  { kind: "provision-record-disclosure", en: "disclosure of provision records", ja: "第三者提供記録の開示", article: "33(5)", articleJa: "33条5項" },
  { kind: "correction", en: "correction, addition or deletion", ja: "訂正・追加・削除", article: "34(1)", articleJa: "34条1項" },
  { kind: "use-stop", en: "use-stop or erasure", ja: "利用停止・消去", article: "35(1), 35(5)", articleJa: "35条1項・5項" },
  { kind: "provision-stop", en: "stopping provision to third parties", ja: "第三者提供の停止", article: "35(3), 35(5)", articleJa: "35条3項・5項" }
]

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "request-procedures",
    severity: "error",
    citation: { en: "APPI 32(1)(iii), 37", ja: "個人情報保護法32条1項3号・37条" },
    description: {
      en: "the policy says how to make every kind of request, including disclosure of provision records",
      ja: "開示等の請求の全ての種類（第三者提供記録の開示を含む）について手続が公表されている"
    },
    docs: {
      en: "Art. 32(1)(iii) requires the procedures for requests for purpose notification (32(2)), disclosure (33(1)), disclosure of the records of provision to or from third parties (33(5), since April 2022), correction (34(1)), use-stop or erasure (35(1),(5)) and stopping provision (35(3),(5)) to be published, with the fees. The procedure says where and how to submit (Art. 37: the desk, the form, the identity check, how fees are paid).",
      ja: "32条1項3号は、利用目的の通知（32条2項）、開示（33条1項）、第三者提供記録の開示（33条5項、2022年4月から）、訂正等（34条1項）、利用停止等（35条1項・5項）、第三者提供の停止（35条3項・5項）の請求に応じる手続と手数料の額を公表することを求める。手続とは、どこへどのように請求するか（37条: 申出先、書面の様式、本人確認の方法、手数料の徴収方法）である。"
    },
    messages: {
      "no-requests": {
        en: "the policy says nothing of requests for disclosure and the like",
        ja: "開示等の請求について記載がない",
        help: { en: "add `requests` with the kinds accepted and how to submit them", ja: "`requests` に受け付ける請求の種類と請求の方法を記載する" }
      },
      "missing-kind": {
        en: "no procedure for requests for {label} (`{kind}`, {article})",
        ja: "{labelJa}の請求（`{kind}`、{articleJa}）に応じる手続がない",
        help: { en: "add `{kind}` to `requests.kinds` and describe it", ja: "`requests.kinds` に `{kind}` を加えて手続を記載する" }
      },
      "no-procedure": {
        en: "the policy does not say where or how to make a request",
        ja: "請求の申出先や方法が記載されていない",
        help: {
          en: "give `requests.submission` (channels and the window), the `procedure` steps or the `forms`",
          ja: "`requests.submission`（方法と窓口）、`procedure`（手順）又は `forms`（様式）を記載する"
        }
      }
    }
  },
  check: (policy, report) => {
    const requests = policy.requests
    if (requests === undefined) {
      report("no-requests", ["requests"])
      return
    }
    for (const { kind, en, ja, article, articleJa } of KINDS) {
      if (!requests.kinds.includes(kind)) report("missing-kind", ["requests", "kinds"], { kind, label: en, labelJa: ja, article, articleJa })
    }
    const submission = requests.submission
    const where = submission !== undefined && (submission.channels.length > 0 || submission.window !== undefined)
    if (!where && (requests.procedure ?? []).length === 0 && (requests.forms ?? []).length === 0) report("no-procedure", ["requests"])
  }
})
