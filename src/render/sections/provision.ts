/**
 * Sharing personal data: provision to third parties (27, 28) with opt-out
 * (27(2)), joint use (27(5)(iii)) and outsourcing (25, 27(5)(i)).
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { CategoryScope } from "../../model/Purpose.ts"
import type { Provision, Recipient } from "../../model/ThirdPartyProvision.ts"
import { type FieldInput, fields, item, list, paragraph, policyList, policyParagraphs } from "../blocks.ts"
import { clause, word } from "../clauses/index.ts"
import { countryName } from "../clauses/countries.ts"
import type { Block, Phrase } from "../parts.ts"
import { fromAddress, fromPolicy, joinWith, series } from "../phrase.ts"
import { type Context, nameWithPeople, type SectionBuilder, type SubsectionDraft } from "./context.ts"

/** The categories a scope names, or nothing for `all` (then the scope adds no information). */
const categoriesOfScope = (context: Context, scope: CategoryScope): Phrase | undefined =>
  scope === "all"
    ? undefined
    : series(
        scope.flatMap((id) => {
          const entry = context.categories.get(id)
          return entry === undefined ? [] : [fromPolicy(entry.category.name, ["dataCategories", entry.index, "name"])]
        })
      )

const recipientBlocks = (recipient: Recipient, path: JsonPath): ReadonlyArray<Block> => [
  ...fields([
    [word((c) => c.labels["recipient-country"]), recipient.country === undefined ? undefined : countryName(recipient.country)],
    [word((c) => c.labels["recipient-country-system"]), recipient.countrySystem === undefined ? undefined : fromPolicy(recipient.countrySystem, [...path, "countrySystem"])],
    [word((c) => c.labels["recipient-measures"]), recipient.recipientMeasures === undefined ? undefined : fromPolicy(recipient.recipientMeasures, [...path, "recipientMeasures"])],
    [word((c) => c.labels["recipient-purposes"]), policyList("bullet", recipient.purposes, [...path, "purposes"])],
    [word((c) => c.labels["recipient-items"]), policyList("bullet", recipient.items, [...path, "items"])]
  ]),
  ...(recipient.systemBased !== undefined ? [paragraph(clause("provision.system-based", {}))] : [])
]

const provisionSubsection = (context: Context, provision: Provision, index: number): SubsectionDraft => {
  const path = ["thirdPartyProvision", "provisions", index]
  const recipients = (provision.recipients ?? []).map((recipient, i) =>
    item(fromPolicy(recipient.name, [...path, "recipients", i, "name"]), recipientBlocks(recipient, [...path, "recipients", i]))
  )
  return {
    id: `provision-${provision.id}`,
    title: provision.title === undefined ? word((c) => c.headings.provision) : fromPolicy(provision.title, [...path, "title"]),
    blocks: [
      ...policyParagraphs(provision.text, [...path, "text"]),
      ...fields([
        [word((c) => c.labels.category), categoriesOfScope(context, provision.categories)],
        [word((c) => c.labels["provision-purposes"]), policyList("bullet", provision.purposes, [...path, "purposes"])],
        [word((c) => c.labels["provision-items"]), policyList("bullet", provision.items, [...path, "items"])],
        [word((c) => c.labels["provision-method"]), provision.method === undefined ? undefined : fromPolicy(provision.method, [...path, "method"])],
        [word((c) => c.labels.recipients), list("bullet", recipients)]
      ]),
      ...(provision.mayIncludeForeignRecipients === true ? [paragraph(clause("provision.foreign-recipients-possible", {}))] : [])
    ]
  }
}

const optOutSubsection = (context: Context): SubsectionDraft => {
  const optOut = context.policy.thirdPartyProvision!.optOut!
  const path = ["thirdPartyProvision", "optOut"]
  const operator = context.policy.operator
  const label = (key: Parameters<typeof word>[0]) => word(key)
  const text = (value: Parameters<typeof fromPolicy>[0] | undefined, key: string) => (value === undefined ? undefined : fromPolicy(value, [...path, key]))
  const operatorPhrase =
    operator.name === undefined
      ? undefined
      : joinWith(
          [
            nameWithPeople(fromPolicy(operator.name, ["operator", "name"]), operator.representatives, ["operator", "representatives"]),
            ...(operator.address === undefined ? [] : [fromAddress(operator.address, ["operator", "address"])])
          ],
          { ja: " ", en: ", " }
        )
  const items: ReadonlyArray<Block> =
    context.own(optOut.itemsAsPublished) !== undefined
      ? policyList(context.statutoryMarker, optOut.itemsAsPublished, [...path, "itemsAsPublished"])
      : fields([
          [label((c) => c.optOutItems.operator), operatorPhrase],
          [label((c) => c.optOutItems["provision-is-purpose"]), optOut.provisionIsPurpose === true ? clause("opt-out.provision-is-purpose", {}) : undefined],
          [label((c) => c.optOutItems.items), policyList("bullet", optOut.items, [...path, "items"])],
          [label((c) => c.optOutItems["acquisition-method"]), text(optOut.acquisitionMethod, "acquisitionMethod")],
          [label((c) => c.optOutItems["provision-method"]), text(optOut.provisionMethod, "provisionMethod")],
          [label((c) => c.optOutItems["stop-on-request"]), optOut.stopOnRequest === true ? clause("opt-out.stop-on-request", {}) : undefined],
          [label((c) => c.optOutItems["request-method"]), text(optOut.requestMethod, "requestMethod")],
          [label((c) => c.optOutItems["update-method"]), text(optOut.updateMethod, "updateMethod")],
          [label((c) => c.optOutItems["start-date"]), optOut.startDate === undefined ? undefined : context.date(optOut.startDate)]
        ])
  return {
    id: "opt-out",
    title: word((c) => c.headings["opt-out"]),
    blocks: [
      paragraph(
        context.own(optOut.condition) === undefined
          ? clause("opt-out.intro", { notified: optOut.notifiedToCommission === true })
          : fromPolicy(optOut.condition!, [...path, "condition"])
      ),
      ...items,
      paragraph(clause("opt-out.special-care-excluded", {}))
    ]
  }
}

/** The 27(1) list: a reference to the 18(3) list when it is the same list, the items otherwise. */
const exceptionItems = (context: Context): ReadonlyArray<Phrase> => {
  const provision = context.policy.thirdPartyProvision!
  const use = context.policy.useBeyondPurpose
  const sameIds = (a: ReadonlyArray<{ readonly id: string }>, b: ReadonlyArray<{ readonly id: string }>) =>
    a.length === b.length && a.every((entry) => b.some((other) => other.id === entry.id))
  const useSection = context.ref("use-beyond-purpose")
  if (
    use !== undefined &&
    useSection !== undefined &&
    provision.exceptions.length > 0 &&
    provision.exceptions.every((exception) => context.own(exception.wording) === undefined) &&
    sameIds(provision.exceptions, use.exceptions)
  ) {
    // The items of 18(3) and 27(1) are worded alike, so the list is cited, not repeated (as the seeds do).
    return [clause("provision.exceptions-of", { section: useSection })]
  }
  return provision.exceptions.map((exception, index) =>
    context.own(exception.wording) === undefined
      ? word((c) => c.provisionExceptions[exception.id])
      : fromPolicy(exception.wording!, ["thirdPartyProvision", "exceptions", index, "wording"])
  )
}

/** 第三者提供: consent, the exceptions and other grounds, then each arrangement, opt-out and My Number. @since 0.1.0 */
export const thirdPartyProvision: SectionBuilder = {
  present: (policy) => policy.thirdPartyProvision !== undefined,
  build: (context) => {
    const provision = context.policy.thirdPartyProvision!
    const path = ["thirdPartyProvision"]
    const grounds = (provision.otherGrounds ?? []).map((ground, index) =>
      item(fromPolicy(ground.text, [...path, "otherGrounds", index, "text"]), policyList(context.statutoryMarker, ground.items, [...path, "otherGrounds", index, "items"]))
    )
    const statement =
      context.own(provision.text) === undefined
        ? [paragraph(clause(provision.consentRequired ? "provision.consent" : "provision.no-consent", {}))]
        : policyParagraphs(provision.text, [...path, "text"])
    const hasMyNumber = provision.myNumber !== undefined || context.policy.dataCategories.some((category) => category.sensitivity === "my-number")
    const subsections: Array<SubsectionDraft> = (provision.provisions ?? []).map((entry, index) => provisionSubsection(context, entry, index))
    if (provision.optOut !== undefined) subsections.push(optOutSubsection(context))
    if (hasMyNumber) {
      subsections.push({
        id: "my-number",
        title: word((c) => c.headings["my-number"]),
        blocks: [paragraph(provision.myNumber === undefined ? clause("provision.my-number", {}) : fromPolicy(provision.myNumber, [...path, "myNumber"]))]
      })
    }
    return {
      title: word((c) => c.headings["third-party-provision"]),
      blocks: [...statement, ...list(context.statutoryMarker, [...exceptionItems(context).map((text) => item(text)), ...grounds])],
      subsections
    }
  }
}

const jointUseBlocks = (context: Context, index: number): ReadonlyArray<Block> => {
  const jointUse = context.policy.jointUses![index]!
  const path = ["jointUses", index]
  const users = jointUse.users.map((user, i) => {
    const userPath = [...path, "users", i]
    return item(nameWithPeople(fromPolicy(user.name, [...userPath, "name"]), user.representatives, [...userPath, "representatives"]), [
      ...(user.address === undefined ? [] : [paragraph(fromAddress(user.address, [...userPath, "address"]))])
    ])
  })
  const party = jointUse.responsibleParty
  const partyPath = [...path, "responsibleParty"]
  const purposesRef = context.ref("purposes")
  const purposes: FieldInput[1] =
    jointUse.purposes === "all"
      ? clause("joint-use.all-purposes", { section: purposesRef ?? word((c) => c.headings.purposes) })
      : list(
          "bullet",
          jointUse.purposes.flatMap((id) => {
            const entry = context.purposes.get(id)
            return entry === undefined ? [] : [fromPolicy(entry.purpose.text, ["purposes", "items", entry.index, "text"])]
          })
        )
  return [
    paragraph(context.own(jointUse.text) === undefined ? clause("joint-use.intro", {}) : fromPolicy(jointUse.text!, [...path, "text"])),
    ...fields([
      [word((c) => c.labels.category), categoriesOfScope(context, jointUse.categories)],
      [word((c) => c.labels["joint-use-items"]), policyList("bullet", jointUse.items, [...path, "items"])],
      [
        word((c) => c.labels["joint-use-users"]),
        [...(jointUse.usersRange === undefined ? [] : [paragraph(fromPolicy(jointUse.usersRange, [...path, "usersRange"]))]), ...list("bullet", users)]
      ],
      [word((c) => c.labels["joint-use-purposes"]), purposes],
      [
        word((c) => c.labels["joint-use-responsible"]),
        [
          paragraph(nameWithPeople(fromPolicy(party.name, [...partyPath, "name"]), party.representatives, [...partyPath, "representatives"])),
          ...(party.address === undefined ? [] : [paragraph(fromAddress(party.address, [...partyPath, "address"]))])
        ]
      ],
      [word((c) => c.labels["joint-use-acquisition"]), jointUse.acquisitionMethod === undefined ? undefined : fromPolicy(jointUse.acquisitionMethod, [...path, "acquisitionMethod"])]
    ])
  ]
}

/** 共同利用: the statement and the five items of 27(5)(iii); one subsection per arrangement when there are several. @since 0.1.0 */
export const jointUses: SectionBuilder = {
  present: (policy) => (policy.jointUses ?? []).length > 0,
  build: (context) => {
    const all = context.policy.jointUses!
    const title = word((c) => c.headings["joint-use"])
    if (all.length === 1) return { title, blocks: jointUseBlocks(context, 0) }
    return {
      title,
      blocks: policyParagraphs(context.policy.sectionIntros?.jointUses, ["sectionIntros", "jointUses"]),
      subsections: all.map((jointUse, index) => ({
        id: `joint-use-${jointUse.id}`,
        title: series(jointUse.users.map((user, i) => fromPolicy(user.name, ["jointUses", index, "users", i, "name"]))),
        blocks: jointUseBlocks(context, index)
      }))
    }
  }
}

/** 委託: the statement, then selection, contract, supervision, re-entrustment, and data the operator handles for clients. @since 0.1.0 */
export const outsourcing: SectionBuilder = {
  present: (policy) => policy.outsourcing !== undefined,
  build: ({ policy, own }) => {
    const entrust = policy.outsourcing!
    const path = ["outsourcing"]
    const statement =
      own(entrust.text) === undefined
        ? [paragraph(entrust.used ? clause("outsourcing.used", { withinPurposes: entrust.withinPurposes === true }) : clause("outsourcing.not-used", {}))]
        : policyParagraphs(entrust.text, [...path, "text"])
    return {
      title: word((c) => c.headings.outsourcing),
      blocks: [
        ...statement,
        ...fields([
          [word((c) => c.labels["selection-criteria"]), policyList("bullet", entrust.selectionCriteria, [...path, "selectionCriteria"])],
          [word((c) => c.labels["contract-clauses"]), policyList("bullet", entrust.contractClauses, [...path, "contractClauses"])],
          [word((c) => c.labels.supervision), policyList("bullet", entrust.supervision, [...path, "supervision"])],
          [word((c) => c.labels["re-entrustment"]), entrust.reEntrustment === undefined ? undefined : fromPolicy(entrust.reEntrustment, [...path, "reEntrustment"])],
          [word((c) => c.labels["as-contractor"]), policyList("bullet", entrust.asContractor, [...path, "asContractor"])]
        ])
      ]
    }
  }
}
