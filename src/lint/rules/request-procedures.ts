/**
 * A procedure for every kind of request, including provision-record
 * disclosure (32(1)(iii)).
 *
 * @since 0.1.0
 */
import type { RequestKind } from "../../model/Requests.ts"
import { squashJa } from "../facts.ts"
import { appi, appiOrder } from "../../core/citation.ts"
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
  id: "request-procedures",
  severity: "warning",
  citation: [appi(32, 1, 3), appi(35, 5), appi(37), appiOrder(12)],
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
