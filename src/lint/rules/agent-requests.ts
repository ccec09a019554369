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
import { appi, appiOrder } from "../../core/citation.ts"
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
  id: "agent-requests",
  severity: "error",
  citation: [appi(37, 3), appiOrder(13)],
  messageSeverity: { "no-agents": "warning", "agent-kind-missing": "warning" },
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
