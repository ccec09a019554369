/**
 * A procedure for every kind of request, including provision-record
 * disclosure (32(1)(iii)).
 *
 * @since 0.1.0
 */
import type { RequestKind } from "../../model/Requests.ts"
import { squashJa } from "../facts.ts"
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

/** Grounds for use-stop or provision-stop that the Act has had since before 2022: 35(1) (breach of 18, 19 or 20) and 35(3) (breach of 27(1) or 28). */
const OLD_GROUND =
  /目的外|利用目的の(?:達成に必要な)?範囲を超え|不正(?:の)?手段|偽りその他不正|不適正|違法(?:又は|若しくは|もしくは|または)?不当な行為|同意(?:を得ず|を得ないで|なく|のない|なしに).{0,12}(?:第三者|外国)|第三者に提供されて|第(?:十八|十九|二十|二十七|二十八|18|19|20|27|28)条/u
/** The grounds added in 2022 (35(5)): no longer needed, a 26(1) breach, the person's rights or legitimate interests likely to be harmed. */
const GROUND_35_5 = /必要がなくなった|利用する必要がない|第(?:二十六|26)条|漏えい|漏洩|権利(?:又は|若しくは|もしくは|または)?正当な利益/u

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "request-procedures",
    severity: "warning",
    severityReason: {
      en: "warning: the procedures may be published on another page, e.g. a request form with its instructions (32(1)(iii) 「本人の知り得る状態」), and an identity check or the 2022 grounds may be applied without being written here; the document cannot show that they are not",
      ja: "警告: 手続は別のページ（請求書の様式と説明など）で公表してもよく（32条1項3号「本人の知り得る状態」）、本人確認や2022年の請求事由もここに書かれずに運用されているかもしれない。そうでないことは文書からは分からない"
    },
    citation: { en: "APPI 32(1)(iii), 35(5), 37; Cabinet Order 12", ja: "個人情報保護法32条1項3号・35条5項・37条、施行令12条" },
    description: {
      en: "the policy says how to make every kind of request, including disclosure of provision records",
      ja: "開示等の請求の全ての種類（第三者提供記録の開示を含む）について手続が公表されている"
    },
    docs: {
      en: "Art. 32(1)(iii) requires the procedures for requests for purpose notification (32(2)), disclosure (33(1)), disclosure of the records of provision to or from third parties (33(5), since April 2022), correction (34(1)), use-stop or erasure (35(1),(5)) and stopping provision (35(3),(5)) to be published, with the fees. The procedure says where and how to submit (Art. 37: the desk, the form, the identity check, how fees are paid). How the requester's identity is confirmed is one of the matters the operator sets (Cabinet Order 12(iii)); disclosing without a check leaks the data to whoever asks (Art. 23). Since April 2022 use-stop and provision-stop may also be requested when the data is no longer needed, when a 26(1) breach has occurred, or when the person's rights or legitimate interests are likely to be harmed (Art. 35(5)); a policy that lists only the older grounds (breaches of 18, 19, 20, 27(1) or 28) leaves them out.",
      ja: "32条1項3号は、利用目的の通知（32条2項）、開示（33条1項）、第三者提供記録の開示（33条5項、2022年4月から）、訂正等（34条1項）、利用停止等（35条1項・5項）、第三者提供の停止（35条3項・5項）の請求に応じる手続と手数料の額を公表することを求める。手続とは、どこへどのように請求するか（37条: 申出先、書面の様式、本人確認の方法、手数料の徴収方法）である。本人確認の方法は事業者が定める手続の一つであり（施行令12条3号）、確認せずに開示すれば本人以外への漏えいになる（23条）。2022年4月からは、利用する必要がなくなった場合、26条1項の漏えい等が生じた場合、本人の権利又は正当な利益が害されるおそれがある場合にも利用停止等・第三者提供の停止を請求できる（35条5項）。請求事由を旧来の事由（18条・19条・20条・27条1項・28条違反）だけに限って列挙する方針はこれを欠く。"
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
      "no-identity-check": {
        en: "requests are accepted but the policy says nothing of how the requester's identity is confirmed",
        ja: "請求を受け付けるとしているが、請求者の本人確認の方法が示されていない",
        help: {
          en: "give `requests.identity` (per requester: the person, a legal representative, an appointed agent) or `requests.verification`",
          ja: "`requests.identity`（本人・法定代理人・任意代理人ごと）又は `requests.verification` に本人確認の方法を記載する"
        }
      },
      "old-grounds-only": {
        en: "the grounds for `{kind}` requests are only those from before 2022; the 35(5) grounds are missing",
        ja: "`{kind}` の請求事由が2022年改正前のものに限られ、35条5項の事由がない",
        help: {
          en: "add the 35(5) grounds: the data is no longer needed, a 26(1) breach has occurred, or the person's rights or legitimate interests are likely to be harmed",
          ja: "35条5項の事由（利用する必要がなくなった場合、26条1項本文の事態が生じた場合、本人の権利又は正当な利益が害されるおそれがある場合）を加える"
        }
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
    if (requests.kinds.length > 0 && (requests.identity ?? []).length === 0 && requests.verification === undefined) report("no-identity-check", ["requests"])
    requests.handling?.forEach((handling, i) => {
      if (handling.kind !== "use-stop" && handling.kind !== "provision-stop") return
      const grounds = (handling.grounds ?? []).map(squashJa)
      // Only when every ground is recognisably an old one: generic wording (「法令に定める場合」) is not read as a limit.
      if (grounds.length > 0 && grounds.every((ground) => OLD_GROUND.test(ground) && !GROUND_35_5.test(ground))) {
        report("old-grounds-only", ["requests", "handling", i, "grounds"], { kind: handling.kind })
      }
    })
  }
})
