/**
 * Requests may be made through an agent (37(3)): a minor's or adult ward's
 * legal representative, or an agent the person appointed (Cabinet Order 13).
 *
 * @since 0.2.0
 */
import { LEGAL_REPRESENTATIVES } from "../../model/Requests.ts"
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { Policy } from "../../model/Policy.ts"
import type { LocalizedText } from "../../model/primitives.ts"
import { squashJa } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** Words that turn agents away: 「代理人による請求は受け付けません」「ご本人からの請求に限ります」. */
const REFUSAL =
  /(?:代理人|本人以外(?:の方|の者)?)(?:による|から|からの)?の?(?:ご)?(?:請求|申請|申出|申し出|お申し出)?(?:は|には)?(?:一切)?(?:受け付け|受付|お受け|応じ|対応)(?:いたし|し|致し|でき)?(?:ません|かねます|ない)|(?:ご)?本人(?:様)?(?:から|による)の?(?:ご)?(?:請求|申請|申出)に限(?:り|ります|る|らせて)/u

/** Every text of the requests section where a policy might turn agents away, with its path. */
const requestTexts = (policy: Policy): ReadonlyArray<{ readonly text: LocalizedText; readonly path: JsonPath }> => {
  const requests = policy.requests
  if (requests === undefined) return []
  const list = (texts: ReadonlyArray<LocalizedText> | undefined, at: JsonPath) => (texts ?? []).map((text, i) => ({ text, path: [...at, i] }))
  return [
    ...list(requests.text, ["requests", "text"]),
    ...(requests.handling ?? []).flatMap((handling, h) => list(handling.text, ["requests", "handling", h, "text"])),
    ...(requests.identity ?? []).flatMap((identity, k) => (identity.text === undefined ? [] : [{ text: identity.text, path: ["requests", "identity", k, "text"] }])),
    ...(requests.verification === undefined ? [] : [{ text: requests.verification, path: ["requests", "verification"] }]),
    ...(requests.unverified === undefined ? [] : [{ text: requests.unverified, path: ["requests", "unverified"] }]),
    ...list(requests.notes, ["requests", "notes"])
  ]
}

/** @since 0.2.0 */
export default defineRule({
  meta: {
    id: "agent-requests",
    severity: "error",
    severityReason: {
      en: "error when the document turns agents away: it states a refusal 37(3) does not allow. Warning when its identity rules name no agent: how agents prove their authority may be set out on the request form, which the document cannot show",
      ja: "代理人を受け付けないと文書が述べる場合はエラー: 37条3項が認めない拒否である。本人確認の記載に代理人がない場合は警告: 代理権の確認方法は請求書の様式等で示されているかもしれず、文書からは分からない"
    },
    citation: { en: "APPI 37(3); Cabinet Order 13", ja: "個人情報保護法37条3項、施行令13条" },
    description: {
      en: "requests may be made by a legal representative or an appointed agent, and the identity rules say how",
      ja: "法定代理人・任意代理人による請求を受け付け、その確認方法が示されている"
    },
    docs: {
      en: "Requests for notification of purposes, disclosure, correction, use-stop and provision-stop may be made through an agent (Art. 37(3)): the legal representative of a minor or an adult ward, or an agent the person has appointed to make the request (Cabinet Order Art. 13). The operator may set how the agent's authority is confirmed, but may not refuse a valid agent. The rule reports requests texts that turn agents away (「代理人による請求は受け付けません」, 「ご本人からの請求に限ります」), and `requests.identity` entries that name only the person, or only one kind of agent (`any-agent`, an agent the policy does not qualify, counts for both).",
      ja: "利用目的の通知、開示、訂正等、利用停止等の請求は代理人によってすることができる（37条3項）。代理人とは、未成年者又は成年被後見人の法定代理人と、請求をすることにつき本人が委任した代理人である（施行令13条）。事業者は代理権の確認方法を定められるが、正当な代理人を拒むことはできない。このルールは、代理人を受け付けないとする記載（「代理人による請求は受け付けません」「ご本人からの請求に限ります」）と、本人だけ又は一方の代理人だけを挙げる `requests.identity` を報告する（`any-agent`、種類を限らない代理人は両方に当たる）。"
    },
    messages: {
      "agents-refused": {
        en: "the policy turns agents away: `{text}`",
        ja: "代理人による請求を受け付けないとしている: `{text}`",
        help: {
          en: "accept requests by legal representatives and appointed agents, and say how their authority is confirmed (37(3), Cabinet Order 13)",
          ja: "法定代理人・任意代理人による請求を受け付け、代理権の確認方法を記載する（37条3項、施行令13条）"
        }
      },
      "no-agents": {
        severity: "warning",
        en: "the identity rules cover only the person, not legal representatives or appointed agents",
        ja: "本人確認の記載が本人のみで、法定代理人・任意代理人について記載がない",
        help: {
          en: "add `requests.identity` entries for `legal-representative` and `appointed-agent` with the documents they bring",
          ja: "`requests.identity` に `legal-representative` と `appointed-agent` の確認書類を加える"
        }
      },
      "agent-kind-missing": {
        severity: "warning",
        en: "the identity rules cover `{present}` but not `{missing}`",
        ja: "本人確認の記載に `{present}` はあるが `{missing}` がない",
        help: { en: "add a `requests.identity` entry for `{missing}`", ja: "`requests.identity` に `{missing}` の確認方法を加える" }
      }
    }
  },
  check: (policy, report) => {
    const refusal = requestTexts(policy).find(({ text }) => REFUSAL.test(squashJa(text)))
    if (refusal !== undefined) {
      report("agents-refused", [...refusal.path, "ja"], { text: refusal.text.ja })
      return
    }
    const identity = policy.requests?.identity ?? []
    if (identity.length === 0) return
    // 親権者 and 成年後見人 are legal representatives, named apart where their documents differ.
    const kinds = new Set(identity.map((entry) => (LEGAL_REPRESENTATIVES.has(entry.requester) ? "legal-representative" : entry.requester)))
    if (kinds.has("any-agent")) return
    const agents = (["legal-representative", "appointed-agent"] as const).filter((kind) => kinds.has(kind))
    if (agents.length === 0) report("no-agents", ["requests", "identity"])
    else if (agents.length === 1) {
      report("agent-kind-missing", ["requests", "identity"], { present: agents[0]!, missing: agents[0] === "legal-representative" ? "appointed-agent" : "legal-representative" })
    }
  }
})
