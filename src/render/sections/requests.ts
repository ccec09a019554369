/**
 * The person's requests (32–37) and the fees for them (38).
 *
 * @since 0.1.0
 */
import type { Fee } from "../../model/Fee.ts"
import type { RequestKind } from "../../model/Requests.ts"
import { fields, item, list, paragraph, policyList, policyParagraphs } from "../blocks.ts"
import { citations, clause, type Facts, formatCitations, word } from "../clauses/index.ts"
import { yen } from "../values.ts"
import type { Block, Phrase } from "../parts.ts"
import { bilingual, concat, fromPolicy, inParentheses, series } from "../phrase.ts"
import { placeholdersIn } from "../placeholders.ts"
import { type Context, type SectionBuilder, type SubsectionDraft, sectionOf } from "./context.ts"
import { JA } from "../japanese.ts"

/** （個人情報保護法第33条第1項） / (APPI Art. 33(1)). */
const rightCitation = (kind: RequestKind): Phrase => {
  const cited = citations.rights[kind]
  return bilingual(`${JA.open}${formatCitations(cited, "ja")}${JA.close}`, ` (${formatCitations(cited, "en")})`)
}

/** A contact window by name with a reference to the contact section: 窓口（下記8.）. @since 0.1.0 */
export const windowPhrase = (context: Context, id: string | undefined): Phrase | undefined => {
  const entry = id === undefined ? undefined : context.windows.get(id)
  if (entry === undefined) return undefined
  const name = fromPolicy(entry.window.name, ["contactWindows", entry.index, "name"])
  const ref = context.ref("contact-windows")
  return ref === undefined ? name : inParentheses(name, ref)
}

const kindNames = (kinds: ReadonlyArray<RequestKind>): Phrase => series(kinds.map((kind) => word((c) => c.requestKinds[kind])))

/** 開示等の請求: what may be requested (with the article behind each), how, and when disclosure is declined. @since 0.1.0 */
export const requests = sectionOf("requests", (requestsOf, context, path) => {
  const handlingOf = (kind: RequestKind): ReadonlyArray<Block> =>
    (requestsOf.handling ?? []).flatMap((handling, index) =>
      handling.kind !== kind
        ? []
        : [...policyParagraphs(handling.text, [...path, "handling", index, "text"]), ...policyList("bullet", handling.grounds, [...path, "handling", index, "grounds"])]
    )
  const rights: SubsectionDraft = {
    id: "requests-rights",
    title: word((c) => c.labels.rights),
    blocks: list(
      context.itemMarker,
      requestsOf.kinds.map((kind, index) => item(concat(word((c) => c.rights[kind], [[...path, "kinds", index]]), rightCitation(kind)), handlingOf(kind)))
    )
  }

  const submission = requestsOf.submission
  const channels = submission?.channels ?? []
  const submissionWindow = windowPhrase(context, submission?.window)
  const submissionBlocks: ReadonlyArray<Block> =
    context.own(submission?.text) !== undefined
      ? policyParagraphs(submission!.text, [...path, "submission", "text"])
      : channels.length > 0 || submissionWindow !== undefined
        ? [
            paragraph(
              clause(
                "requests.submission",
                {
                  channels: channels.length === 0 ? undefined : series(channels.map((channel) => word((c) => c.submissionChannels[channel])), "or"),
                  window: submissionWindow
                },
                [[...path, "submission", channels.length > 0 ? "channels" : "window"]]
              )
            )
          ]
        : []
  const identity = requestsOf.identity ?? []
  const howTo: SubsectionDraft = {
    id: "requests-procedure",
    title: word((c) => c.labels["how-to-request"]),
    blocks: [
      ...submissionBlocks,
      ...list(
        "decimal",
        (requestsOf.procedure ?? []).map((step, index) =>
          item(fromPolicy(step.title, [...path, "procedure", index, "title"]), step.text === undefined ? [] : [paragraph(fromPolicy(step.text, [...path, "procedure", index, "text"]))])
        )
      ),
      ...(requestsOf.forms === undefined || requestsOf.forms.length === 0
        ? []
        : [
            paragraph(
              clause(
                "requests.forms",
                { forms: series(requestsOf.forms.map((form, index) => concat(bilingual("「", "“"), fromPolicy(form, [...path, "forms", index]), bilingual("」", "”")))) },
                [[...path, "forms"]]
              )
            )
          ]),
      ...fields([
        [
          word((c) => c.labels.identity),
          [
            ...(requestsOf.verification === undefined ? [] : [paragraph(fromPolicy(requestsOf.verification, [...path, "verification"]))]),
            ...fields(
              identity.map((requirement, index) => [
                word((c) => c.requesters[requirement.requester]),
                [
                  ...policyList("bullet", requirement.documents, [...path, "identity", index, "documents"]),
                  ...(requirement.text === undefined ? [] : [paragraph(fromPolicy(requirement.text, [...path, "identity", index, "text"]))])
                ]
              ])
            ),
            ...(requestsOf.unverified === undefined ? [] : [paragraph(fromPolicy(requestsOf.unverified, [...path, "unverified"]))])
          ]
        ],
        [word((c) => c.labels["response-time"]), requestsOf.responseTime === undefined ? undefined : fromPolicy(requestsOf.responseTime.text, [...path, "responseTime", "text"])]
      ]),
      ...(requestsOf.delivery === undefined || requestsOf.delivery.length === 0
        ? []
        : [paragraph(clause("requests.delivery", { methods: series(requestsOf.delivery.map((method) => word((c) => c.deliveryMethods[method])), "or") }, [[...path, "delivery"]]))])
    ]
  }

  const grounds = requestsOf.refusalGrounds ?? []
  const subsections: Array<SubsectionDraft> = [rights, howTo]
  if (grounds.length > 0 || requestsOf.refusalText !== undefined) {
    subsections.push({
      id: "requests-refusal",
      title: word((c) => c.labels.refusal),
      blocks: [
        ...(context.own(requestsOf.refusalText) !== undefined
          ? [paragraph(fromPolicy(requestsOf.refusalText!, [...path, "refusalText"]))]
          : grounds.length > 0
            ? [paragraph(clause("requests.refusal", {}, [[...path, "refusalGrounds"]]))]
            : []),
        // 33(2): its own list, not the 18(3) exceptions.
        ...list(
          context.statutoryMarker,
          grounds.map((ground, index) =>
            context.own(ground.wording) === undefined
              ? word((c) => c.refusalGrounds[ground.id], [[...path, "refusalGrounds", index, "id"]])
              : fromPolicy(ground.wording!, [...path, "refusalGrounds", index, "wording"])
          )
        )
      ]
    })
  }
  if ((requestsOf.notes ?? []).length > 0) {
    subsections.push({ id: "requests-notes", title: word((c) => c.labels["requests-notes"]), blocks: policyList("bullet", requestsOf.notes, [...path, "notes"]) })
  }
  return {
    title: word((c) => c.headings.requests),
    blocks:
      context.own(requestsOf.text) === undefined
        ? requestsOf.kinds.length === 0
          ? []
          : [paragraph(clause("requests.intro", {}, [[...path, "kinds"]]))]
        : policyParagraphs(requestsOf.text, [...path, "text"]),
    subsections
  }
})

/** Whether any text of a fee places its amount itself (`{fee:id}`). */
const placesAmount = (fee: Fee): boolean =>
  (fee.text ?? []).some((text) => [text.ja, text.en ?? ""].some((words) => placeholdersIn(words).some((entry) => (entry.form === "fee" || entry.form === "amount") && entry.target === fee.id)))

/**
 * 手数料 (38). The amount is always the `amount` field's: in the fee's own
 * text through `{fee:id}`, or in the catalog's fee sentence. A fee's own
 * text wins for the rest (payment, postage); without one, each declared
 * field gets its sentence.
 * @since 0.1.0
 */
export const fees: SectionBuilder = {
  present: (policy) => (policy.fees ?? []).length > 0,
  build: ({ policy, own }) => {
    const feeBlocks = policy.fees!.flatMap((fee, index): ReadonlyArray<Block> => {
      const path = ["fees", index]
      const kinds = kindNames(fee.kinds)
      const amount = fee.amount === undefined ? undefined : yen(fee.amount, fee.taxIncluded)
      const amountPhrase = amount === undefined ? undefined : bilingual(amount.ja, amount.en)
      const amountFacts: Facts = [[...path, "amount"], ...(fee.unit === undefined ? [] : [[...path, "unit"]]), ...(fee.taxIncluded === undefined ? [] : [[...path, "taxIncluded"]])]
      const amountSentence: ReadonlyArray<Block> =
        fee.actualCost === true
          ? [paragraph(clause("fee.actual-cost", { kinds, amount: amountPhrase }, [[...path, "actualCost"], ...(amount === undefined ? [] : amountFacts)]))]
          : fee.amount === 0
            ? [paragraph(clause("fee.free", { kinds }, [[...path, "amount"]]))]
            : amountPhrase === undefined
              ? [paragraph(clause("fee.unspecified", { kinds }, [[...path, "kinds"]]))]
              : [paragraph(clause("fee.charged", { kinds, amount: amountPhrase, unit: fee.unit }, amountFacts))]
      const statement: ReadonlyArray<Block> =
        own(fee.text) !== undefined
          ? [...policyParagraphs(fee.text, [...path, "text"]), ...(amount === undefined || placesAmount(fee) ? [] : amountSentence)]
          : [
              ...amountSentence,
              ...((fee.paymentMethods ?? []).length === 0
                ? []
                : [
                    paragraph(
                      clause("fee.payment", { methods: series(fee.paymentMethods!.map((method) => word((c) => c.paymentMethods[method])), "or") }, [[...path, "paymentMethods"]])
                    )
                  ]),
              ...(fee.postageBorneBy === undefined ? [] : [paragraph(clause("fee.postage", { borneBy: fee.postageBorneBy }, [[...path, "postageBorneBy"]]))])
            ]
      return [...statement, ...(fee.ifUnpaid === undefined ? [] : [paragraph(fromPolicy(fee.ifUnpaid, [...path, "ifUnpaid"]))])]
    })
    return {
      title: word((c) => c.headings.fees),
      blocks: [...policyParagraphs(policy.sectionIntros?.fees, ["sectionIntros", "fees"]), ...feeBlocks]
    }
  }
}
