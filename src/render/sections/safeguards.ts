/**
 * How data is kept: security measures (23, 令10(i)), retention and deletion,
 * and cookies, logs and external transmission.
 *
 * @since 0.1.0
 */
import { fields, list, paragraph, policyList, policyParagraphs, table } from "../blocks.ts"
import type { JsonPath } from "../../core/Diagnostic.ts"
import { clause, type Facts, word } from "../clauses/index.ts"
import { countryName } from "../clauses/countries.ts"
import type { Block } from "../parts.ts"
import { fromPolicy, labelled, series } from "../phrase.ts"
import { type SectionBuilder, type SubsectionDraft, sectionOf } from "./context.ts"

/** 安全管理措置, in the categories of the PPC guidelines. @since 0.1.0 */
export const securityMeasures = sectionOf("securityMeasures", (measures, _context, path) => {
  const external = measures.externalEnvironment
  const externalBlocks: ReadonlyArray<Block> =
    external === undefined
      ? []
      : [
          ...(external.countries.length === 0
            ? []
            : [paragraph(clause("security.countries", { countries: series(external.countries.map((code) => countryName(code, { article: true }))) }, [[...path, "externalEnvironment", "countries"]]))]),
          ...policyParagraphs(external.text, [...path, "externalEnvironment", "text"])
        ]
  const groups = (
    [
      ["basic-policy", measures.basicPolicy, "basicPolicy"],
      ["handling-rules", measures.rules, "rules"],
      ["organizational", measures.organizational, "organizational"],
      ["human", measures.human, "human"],
      ["physical", measures.physical, "physical"],
      ["technical", measures.technical, "technical"]
    ] as const
  ).flatMap(([label, texts, key]) => ((texts ?? []).length === 0 ? [] : [{ label, key, texts: texts! }]))
  // 「次の措置を講じています」 only over measures the policy lists.
  const declared: ReadonlyArray<JsonPath> = groups.map((group) => [...path, group.key])
  const intro =
    measures.text !== undefined
      ? policyParagraphs(measures.text, [...path, "text"])
      : declared.length > 0
        ? [paragraph(clause("security.intro", {}, declared as Facts))]
        : []
  return {
    title: word((c) => c.headings["security-measures"]),
    blocks: [
      ...intro,
      ...fields([
        ...groups.map((group) => [word((c) => c.labels[group.label]), policyList("bullet", group.texts, [...path, group.key])] as const),
        [word((c) => c.labels["external-environment"]), externalBlocks]
      ]),
      ...(measures.disclosureOnRequest === undefined ? [] : [paragraph(fromPolicy(measures.disclosureOnRequest, [...path, "disclosureOnRequest"]))])
    ]
  }
})

/** 保存期間: one row per rule (seed 002's table). @since 0.1.0 */
export const retention = sectionOf("retention", (rules, _context, path) => {
  const withDeletion = rules.rules.some((rule) => rule.deletion !== undefined)
  const rows = rules.rules.map((rule, index) => {
    const rulePath = [...path, "rules", index]
    const row = [fromPolicy(rule.subject, [...rulePath, "subject"]), fromPolicy(rule.period.text, [...rulePath, "period", "text"])]
    return withDeletion ? [...row, rule.deletion === undefined ? [] : [paragraph(fromPolicy(rule.deletion, [...rulePath, "deletion"]))]] : row
  })
  const head = [word((c) => c.labels["retention-subject"]), word((c) => c.labels["retention-period"]), ...(withDeletion ? [word((c) => c.labels["retention-deletion"])] : [])]
  return {
    title: word((c) => c.headings.retention),
    blocks: [
      ...(rules.text !== undefined
        ? policyParagraphs(rules.text, [...path, "text"])
        : rules.rules.length > 0
          ? [paragraph(clause("retention.intro", {}, [[...path, "rules"]]))]
          : []),
      ...table(head, rows),
      // Deletion is said only where the policy declares it: its own text may refuse it (保存期間経過後も削除しない場合).
      ...(rules.deletesAfterPeriod === true ? [paragraph(clause("retention.deletion", {}, [[...path, "deletesAfterPeriod"]]))] : []),
      ...fields([[word((c) => c.labels["retention-exceptions"]), policyParagraphs(rules.exceptions, [...path, "exceptions"])]])
    ]
  }
})

/** Cookie・ログ・外部送信: one subsection each. @since 0.1.0 */
export const tracking: SectionBuilder = {
  present: (policy) => policy.tracking !== undefined && (policy.tracking.cookies !== undefined || policy.tracking.logs !== undefined || (policy.tracking.dataFlows ?? []).length > 0),
  build: ({ policy, itemMarker }) => {
    const { cookies, logs, dataFlows } = policy.tracking!
    const path = ["tracking"]
    const subsections: Array<SubsectionDraft> = []
    if (cookies !== undefined) {
      const cookiePath = [...path, "cookies"]
      const statement = cookies.text === undefined
        ? [
            paragraph(
              cookies.used
                ? clause("cookies.used", {}, [[...cookiePath, "used"]])
                : clause("cookies.not-used", { noWebBeacons: cookies.webBeacons === false }, [[...cookiePath, "used"], ...(cookies.webBeacons === false ? [[...cookiePath, "webBeacons"]] : [])])
            ),
            ...(cookies.identifiesPersons === false ? [paragraph(clause("cookies.no-personal-identification", {}, [[...cookiePath, "identifiesPersons"]]))] : [])
          ]
        : policyParagraphs(cookies.text, [...cookiePath, "text"])
      subsections.push({
        id: "cookies",
        title: word((c) => c.headings.cookies),
        blocks: [
          ...policyParagraphs(cookies.explanation, [...cookiePath, "explanation"]),
          ...statement,
          ...fields([
            [word((c) => c.labels["cookie-purposes"]), policyList(itemMarker, cookies.purposes, [...cookiePath, "purposes"])],
            [word((c) => c.labels["cookie-tools"]), policyList("bullet", cookies.thirdPartyTools, [...cookiePath, "thirdPartyTools"])],
            [word((c) => c.labels["cookie-opt-out"]), cookies.optOut === undefined ? undefined : fromPolicy(cookies.optOut, [...cookiePath, "optOut"])]
          ])
        ]
      })
    }
    if (logs !== undefined) {
      const logPath = [...path, "logs"]
      subsections.push({
        id: "logs",
        title: word((c) => c.headings.logs),
        blocks: [
          ...(logs.text === undefined
            ? [paragraph(clause(logs.collected ? "logs.collected" : "logs.not-collected", {}, [[...logPath, "collected"]]))]
            : policyParagraphs(logs.text, [...logPath, "text"])),
          ...fields([
            [word((c) => c.labels["log-items"]), policyList("bullet", logs.items, [...logPath, "items"])],
            [word((c) => c.labels["log-purposes"]), policyList("bullet", logs.purposes, [...logPath, "purposes"])],
            [word((c) => c.labels["log-not-used-for"]), policyList("bullet", logs.notUsedFor, [...logPath, "notUsedFor"])]
          ])
        ]
      })
    }
    const flows = dataFlows ?? []
    if (flows.length > 0) {
      subsections.push({
        id: "data-flows",
        title: word((c) => c.headings["data-flows"]),
        blocks: list(
          "bullet",
          flows.map((flow, index) => {
            const flowPath = [...path, "dataFlows", index]
            const party = fromPolicy(flow.party, [...flowPath, "party"])
            const sent = flow.direction === "sent-to-third-party"
            const statement =
              flow.text === undefined
                ? [
                    paragraph(
                      sent
                        ? clause("data-flow.sent", { party }, [[...flowPath, "direction"]])
                        : clause("data-flow.received", { party, linked: flow.linkedToPersonalData === true }, [
                            [...flowPath, "direction"],
                            ...(flow.linkedToPersonalData === true ? [[...flowPath, "linkedToPersonalData"]] : [])
                          ])
                    )
                  ]
                : policyParagraphs(flow.text, [...flowPath, "text"])
            return {
              text: labelled(word((c) => c.labels[sent ? "flow-sent-to" : "flow-received-from"]), party),
              blocks: [
                ...statement,
                ...fields([
                  [word((c) => c.labels["flow-items"]), policyList("bullet", flow.items, [...flowPath, "items"])],
                  [word((c) => c.labels["flow-purposes"]), policyList("bullet", flow.purposes, [...flowPath, "purposes"])],
                  [word((c) => c.labels["flow-opt-out"]), flow.optOut === undefined ? undefined : fromPolicy(flow.optOut, [...flowPath, "optOut"])]
                ])
              ]
            }
          })
        )
      })
    }
    return { title: word((c) => c.headings.tracking), blocks: [], subsections }
  }
}
