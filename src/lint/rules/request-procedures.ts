/**
 * A procedure for every kind of request, including provision-record
 * disclosure (32(1)(iii)).
 *
 * @since 0.1.0
 */
import type { RequestKind } from "../../model/Requests.ts"
import { squashJa } from "../facts.ts"
import { appi, appiOrder, type Citation, formatCitations } from "../../core/citation.ts"
import { term } from "../catalog/terms.ts"
import { defineRule } from "../Rule.ts"

/** Every request kind the law gives the person, with its provisions. */
const KINDS: ReadonlyArray<{ readonly kind: RequestKind; readonly citations: ReadonlyArray<Citation> }> = [
  { kind: "purpose-notification", citations: [appi(32, 2)] },
  { kind: "disclosure", citations: [appi(33, 1)] },
  { kind: "provision-record-disclosure", citations: [appi(33, 5)] },
  { kind: "correction", citations: [appi(34, 1)] },
  { kind: "use-stop", citations: [appi(35, 1), appi(35, 5)] },
  { kind: "provision-stop", citations: [appi(35, 3), appi(35, 5)] }
]

/** Grounds for use-stop or provision-stop that the Act has had since before 2022: 35(1) (breach of 18, 19 or 20) and 35(3) (breach of 27(1) or 28). */
const OLD_GROUND =
  /目的外|利用目的の(?:達成に必要な)?範囲を超え|不正(?:の)?手段|偽りその他不正|不適正|違法(?:又は|若しくは|もしくは|または)?不当な行為|同意(?:を得ず|を得ないで|なく|のない|なしに).{0,12}(?:第三者|外国)|第三者に提供されて|第(?:十八|十九|二十|二十七|二十八|18|19|20|27|28)条/u
/** The grounds added in 2022 (35(5)): no longer needed, a 26(1) breach, the person's rights or legitimate interests likely to be harmed. */
const GROUND_35_5 = /必要がなくなった|利用する必要がない|第(?:二十六|26)条|漏えい|漏洩|権利(?:又は|若しくは|もしくは|または)?正当な利益/u

/** @since 0.1.0 */
export default defineRule({
  id: "request-procedures",
  severity: "warning",
  citation: [appi(32, 1, 3), appi(35, 5), appi(37), appiOrder(12)],
  check: (policy, report) => {
    const requests = policy.requests
    if (requests === undefined) {
      report("no-requests", ["requests"])
      return
    }
    for (const { kind, citations } of KINDS) {
      const article = { ja: formatCitations(citations, "ja"), en: formatCitations(citations, "en") }
      if (!requests.kinds.includes(kind)) report("missing-kind", ["requests", "kinds"], { kind, label: term("requestKinds", kind), article })
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
