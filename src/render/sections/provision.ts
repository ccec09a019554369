/**
 * Sharing personal data: provision to third parties (27, 28) with opt-out
 * (27(2)), joint use (27(5)(iii)) and outsourcing (25, 27(5)(i)).
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { CategoryScope } from "../../model/Purpose.ts"
import { NOT_THIRD_PARTY_KINDS, type Provision, type Recipient } from "../../model/ThirdPartyProvision.ts"
import { type FieldInput, fields, item, list, paragraph, policyList, policyParagraphs } from "../blocks.ts"
import { clause, word } from "../clauses/index.ts"
import { countryName } from "../clauses/countries.ts"
import type { Block, ListItem, Phrase } from "../parts.ts"
import { fromAddress, fromName, fromPolicy, joinWith, series } from "../phrase.ts"
import { type Context, nameWithPeople, type SectionBuilder, type SubsectionDraft, sectionOf } from "./context.ts"

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
  // A system-based recipient (28(1), Rule 16): the fact the policy declares, the operator's measures in its own
  // words (none are claimed for it), and the 28(3) on-request sentence only where the policy says so.
  ...(recipient.systemBased === undefined
    ? []
    : [
        paragraph(clause("provision.system-based", {}, [[...path, "systemBased", "basis"]])),
        ...(recipient.systemBased.measures === undefined ? [] : [paragraph(fromPolicy(recipient.systemBased.measures, [...path, "systemBased", "measures"]))]),
        ...(recipient.systemBased.informationOnRequest === true
          ? [paragraph(clause("provision.system-based-on-request", {}, [[...path, "systemBased", "informationOnRequest"]]))]
          : [])
      ])
]

const provisionSubsection = (context: Context, provision: Provision, index: number): SubsectionDraft => {
  const path = ["thirdPartyProvision", "provisions", index]
  const recipients = (provision.recipients ?? []).map((recipient, i) =>
    item(fromName(recipient.name, [...path, "recipients", i, "name"]), recipientBlocks(recipient, [...path, "recipients", i]))
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
      ...(provision.mayIncludeForeignRecipients === true ? [paragraph(clause("provision.foreign-recipients-possible", {}, [[...path, "mayIncludeForeignRecipients"]]))] : [])
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
            nameWithPeople(fromName(operator.name, ["operator", "name"]), operator.representatives, ["operator", "representatives"]),
            ...(operator.address === undefined ? [] : [fromAddress(operator.address, ["operator", "address"])])
          ],
          { ja: " ", en: ", " }
        )
  const items: ReadonlyArray<Block> =
    context.own(optOut.itemsAsPublished) !== undefined
      ? policyList(context.statutoryMarker, optOut.itemsAsPublished, [...path, "itemsAsPublished"])
      : fields([
          [label((c) => c.optOutItems.operator), operatorPhrase],
          [
            label((c) => c.optOutItems["provision-is-purpose"]),
            optOut.provisionIsPurpose === true ? clause("opt-out.provision-is-purpose", {}, [[...path, "provisionIsPurpose"]]) : undefined
          ],
          [label((c) => c.optOutItems.items), policyList("bullet", optOut.items, [...path, "items"])],
          [label((c) => c.optOutItems["acquisition-method"]), text(optOut.acquisitionMethod, "acquisitionMethod")],
          [label((c) => c.optOutItems["provision-method"]), text(optOut.provisionMethod, "provisionMethod")],
          [label((c) => c.optOutItems["stop-on-request"]), optOut.stopOnRequest === true ? clause("opt-out.stop-on-request", {}, [[...path, "stopOnRequest"]]) : undefined],
          [label((c) => c.optOutItems["request-method"]), text(optOut.requestMethod, "requestMethod")],
          [label((c) => c.optOutItems["update-method"]), text(optOut.updateMethod, "updateMethod")],
          [label((c) => c.optOutItems["start-date"]), optOut.startDate === undefined ? undefined : context.date(optOut.startDate)]
        ])
  return {
    id: "opt-out",
    title: word((c) => c.headings["opt-out"]),
    blocks: [
      paragraph(
        context.own(optOut.condition) !== undefined
          ? fromPolicy(optOut.condition!, [...path, "condition"])
          : optOut.notifiedToCommission === true && optOut.conditional !== true
            ? clause("opt-out.intro", {}, [[...path, "notifiedToCommission"]])
            : clause("opt-out.listed", {})
      ),
      ...items
    ]
  }
}

/** The 27(1) exceptions as one item: the policy's own citation, or a generated one when the list is 18(3)'s. */
const citedExceptions = (context: Context): Phrase | undefined => {
  const provision = context.policy.thirdPartyProvision!
  const use = context.policy.useBeyondPurpose
  const useSection = context.ref("use-beyond-purpose")
  const sameIds = (a: ReadonlyArray<{ readonly id: string }>, b: ReadonlyArray<{ readonly id: string }>) =>
    a.length === b.length && a.every((entry) => b.some((other) => other.id === entry.id))
  if (
    use !== undefined &&
    useSection !== undefined &&
    provision.exceptions.length > 0 &&
    provision.exceptions.every((exception) => context.own(exception.wording) === undefined) &&
    sameIds(provision.exceptions, use.exceptions)
  ) {
    // The items of 18(3) and 27(1) are worded alike, so the list is cited, not repeated (as the seeds do).
    return clause("provision.exceptions-of", { section: useSection }, [["thirdPartyProvision", "exceptions"]])
  }
  const reference = context.own(provision.exceptionsReference)
  return reference === undefined ? undefined : fromPolicy(reference, ["thirdPartyProvision", "exceptionsReference"])
}

const STATUTORY_EXCEPTIONS = "statutory-exceptions"

/**
 * The cases of 第三者提供 as the policy lists them. Without `caseLists`, as
 * the law groups them: the 27(1) exceptions (cited as one item where that is
 * how the policy or the statute's parallel allows) with the other grounds,
 * then the 27(5) cases, which are not provision to a third party at all, as
 * a list of their own — merging them would make the exceptions read as
 * "not a third party". A ground written as a sentence (a proviso) follows
 * its list as a paragraph.
 */
const caseBlocks = (context: Context): ReadonlyArray<Block> => {
  const provision = context.policy.thirdPartyProvision!
  const path = ["thirdPartyProvision"]
  const grounds = provision.otherGrounds ?? []
  const exceptionItem = (index: number): ListItem => {
    const exception = provision.exceptions[index]!
    return item(
      context.own(exception.wording) === undefined
        ? word((c) => c.provisionExceptions[exception.id], [[...path, "exceptions", index, "id"]])
        : fromPolicy(exception.wording!, [...path, "exceptions", index, "wording"])
    )
  }
  const groundItem = (index: number): ListItem =>
    item(fromPolicy(grounds[index]!.text, [...path, "otherGrounds", index, "text"]), policyList(context.statutoryMarker, grounds[index]!.items, [...path, "otherGrounds", index, "items"]))
  const cited = citedExceptions(context)

  const layout: ReadonlyArray<{ readonly lead: ReadonlyArray<Block>; readonly cases: ReadonlyArray<string> }> =
    provision.caseLists !== undefined
      ? provision.caseLists.map((entry, index) => ({ lead: policyParagraphs(entry.text, [...path, "caseLists", index, "text"]), cases: entry.cases }))
      : [
          {
            lead: [],
            cases: [
              ...(cited === undefined ? provision.exceptions.map((exception) => exception.id) : [STATUTORY_EXCEPTIONS]),
              ...grounds.filter((ground) => !NOT_THIRD_PARTY_KINDS.has(ground.kind)).map((ground) => ground.id)
            ]
          },
          { lead: [], cases: grounds.filter((ground) => NOT_THIRD_PARTY_KINDS.has(ground.kind)).map((ground) => ground.id) }
        ]

  return layout.flatMap((entry, listIndex) => {
    const items: Array<ListItem> = []
    const sentences: Array<Block> = []
    for (const id of entry.cases) {
      if (id === STATUTORY_EXCEPTIONS) {
        if (cited !== undefined) items.push(item(cited))
        else provision.exceptions.forEach((_, index) => items.push(exceptionItem(index)))
        continue
      }
      const exceptionIndex = provision.exceptions.findIndex((exception) => exception.id === id)
      const groundIndex = grounds.findIndex((ground) => ground.id === id)
      if (groundIndex >= 0 && grounds[groundIndex]!.form === "sentence") sentences.push(paragraph(fromPolicy(grounds[groundIndex]!.text, [...path, "otherGrounds", groundIndex, "text"])))
      else if (groundIndex >= 0) items.push(groundItem(groundIndex))
      else if (exceptionIndex >= 0) items.push(exceptionItem(exceptionIndex))
    }
    if (items.length === 0 && sentences.length === 0) return []
    // The default second list is introduced by a label, not a sentence the company did not write.
    const notThirdParty = provision.caseLists === undefined && listIndex === 1
    const listed = list(context.statutoryMarker, items)
    return notThirdParty
      ? [...fields([[word((c) => c.labels["not-third-party"], [[...path, "otherGrounds"]]), listed]]), ...sentences]
      : [...entry.lead, ...listed, ...sentences]
  })
}

/** 第三者提供: consent, the cases, then each arrangement, opt-out and My Number. @since 0.1.0 */
export const thirdPartyProvision = sectionOf("thirdPartyProvision", (provision, context, path) => {
  const statement =
    context.own(provision.text) === undefined
      ? [paragraph(clause(provision.consentRequired ? "provision.consent" : "provision.no-consent", {}, [[...path, "consentRequired"]]))]
      : policyParagraphs(provision.text, [...path, "text"])
  const subsections: Array<SubsectionDraft> = (provision.provisions ?? []).map((entry, index) => provisionSubsection(context, entry, index))
  if (provision.optOut !== undefined) subsections.push(optOutSubsection(context))
  // My Number Act 19 forbids provision outside its list whatever the policy says; the policy's own sentence is shown, none is added.
  if (provision.myNumber !== undefined) {
    subsections.push({ id: "my-number", title: word((c) => c.headings["my-number"]), blocks: [paragraph(fromPolicy(provision.myNumber, [...path, "myNumber"]))] })
  }
  return {
    title: word((c) => c.headings["third-party-provision"]),
    blocks: [...statement, ...caseBlocks(context)],
    subsections
  }
})

/** The joint users' purposes: their own words, else the operator's purposes they share. */
const jointUsePurposes = (context: Context, index: number): FieldInput[1] => {
  const jointUse = context.policy.jointUses![index]!
  const path = ["jointUses", index]
  if ((jointUse.purposesText ?? []).length > 0) return policyList("bullet", jointUse.purposesText, [...path, "purposesText"])
  if (jointUse.purposes === undefined) return undefined
  if (jointUse.purposes === "all") return clause("joint-use.all-purposes", { section: context.ref("purposes") ?? word((c) => c.headings.purposes) }, [[...path, "purposes"]])
  return list(
    "bullet",
    jointUse.purposes.flatMap((id) => {
      const entry = context.purposes.get(id)
      return entry === undefined ? [] : [fromPolicy(entry.purpose.text, ["purposes", "items", entry.index, "text"])]
    })
  )
}

/** Each responsible party: name with representatives, address, and the items it covers where several share the role. */
const responsibleBlocks = (context: Context, index: number): ReadonlyArray<Block> => {
  const parties = context.policy.jointUses![index]!.responsibleParties
  const blocksOf = (partyIndex: number): ReadonlyArray<Block> => {
    const party = parties[partyIndex]!
    const partyPath = ["jointUses", index, "responsibleParties", partyIndex]
    return [
      ...(party.address === undefined ? [] : [paragraph(fromAddress(party.address, [...partyPath, "address"]))]),
      ...fields([[word((c) => c.labels["responsible-for"]), policyList("bullet", party.covers, [...partyPath, "covers"])]])
    ]
  }
  const named = (partyIndex: number): Phrase => {
    const party = parties[partyIndex]!
    const partyPath = ["jointUses", index, "responsibleParties", partyIndex]
    return nameWithPeople(fromName(party.name, [...partyPath, "name"]), party.representatives, [...partyPath, "representatives"])
  }
  if (parties.length === 1) return [paragraph(named(0)), ...blocksOf(0)]
  return list(
    "bullet",
    parties.map((_, partyIndex) => item(named(partyIndex), blocksOf(partyIndex)))
  )
}

const jointUseBlocks = (context: Context, index: number): ReadonlyArray<Block> => {
  const jointUse = context.policy.jointUses![index]!
  const path = ["jointUses", index]
  const users = jointUse.users.map((user, i) => {
    const userPath = [...path, "users", i]
    return item(nameWithPeople(fromName(user.name, [...userPath, "name"]), user.representatives, [...userPath, "representatives"]), [
      ...(user.address === undefined ? [] : [paragraph(fromAddress(user.address, [...userPath, "address"]))])
    ])
  })
  return [
    paragraph(context.own(jointUse.text) === undefined ? clause("joint-use.intro", {}, [path]) : fromPolicy(jointUse.text!, [...path, "text"])),
    ...fields([
      [word((c) => c.labels.category), categoriesOfScope(context, jointUse.categories)],
      [word((c) => c.labels["joint-use-items"]), policyList("bullet", jointUse.items, [...path, "items"])],
      [
        word((c) => c.labels["joint-use-users"]),
        [...(jointUse.usersRange === undefined ? [] : [paragraph(fromPolicy(jointUse.usersRange, [...path, "usersRange"]))]), ...list("bullet", users)]
      ],
      [word((c) => c.labels["joint-use-purposes"]), jointUsePurposes(context, index)],
      [word((c) => c.labels["joint-use-responsible"]), responsibleBlocks(context, index)],
      [word((c) => c.labels["joint-use-acquisition"]), jointUse.acquisitionMethod === undefined ? undefined : fromPolicy(jointUse.acquisitionMethod, [...path, "acquisitionMethod"])]
    ])
  ]
}

/** 共同利用: the statement and the five items of 27(5)(iii); one subsection per arrangement when there are several, under its title. @since 0.1.0 */
export const jointUses: SectionBuilder = {
  present: (policy) => (policy.jointUses ?? []).length > 0,
  build: (context) => {
    const all = context.policy.jointUses!
    const title = word((c) => c.headings["joint-use"])
    if (all.length === 1 && all[0]!.title === undefined) return { title, blocks: jointUseBlocks(context, 0) }
    return {
      title,
      blocks: policyParagraphs(context.policy.sectionIntros?.jointUses, ["sectionIntros", "jointUses"]),
      subsections: all.map((jointUse, index) => ({
        id: `joint-use-${jointUse.id}`,
        title:
          jointUse.title === undefined
            ? series(jointUse.users.map((user, i) => fromName(user.name, ["jointUses", index, "users", i, "name"])))
            : fromPolicy(jointUse.title, ["jointUses", index, "title"]),
        blocks: jointUseBlocks(context, index)
      }))
    }
  }
}

/** 委託: the statement, then selection, contract, supervision, re-entrustment, and data the operator handles for clients. @since 0.1.0 */
export const outsourcing = sectionOf("outsourcing", (entrust, { own }, path) => {
  const statement =
    own(entrust.text) === undefined
      ? [
          paragraph(
            entrust.used
              ? clause("outsourcing.used", { withinPurposes: entrust.withinPurposes === true }, [[...path, "used"]])
              : clause("outsourcing.not-used", {}, [[...path, "used"]])
          )
        ]
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
})
