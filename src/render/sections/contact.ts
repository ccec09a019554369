/**
 * Who to turn to: complaints (40), contact windows (32(1), 令10), the
 * operator's identity (32(1)(i)) and the accredited organization (令10(iii)).
 *
 * @since 0.1.0
 */
import type { ContactWindow, ReceptionHours } from "../../model/ContactWindow.ts"
import type { JsonPath } from "../../core/Diagnostic.ts"
import { type FieldInput, fields, item, list, paragraph, policyParagraphs } from "../blocks.ts"
import { clause, word } from "../clauses/index.ts"
import type { WeekdayKey } from "../clauses/Catalog.ts"
import { countryName } from "../clauses/countries.ts"
import type { Block, Phrase } from "../parts.ts"
import { bilingual, concat, fromAddress, fromName, fromPolicy, inParentheses, joinWith, labelled, link, same, series } from "../phrase.ts"
import { type Context, peoplePhrase, personPhrase, type SectionBuilder, sectionOf } from "./context.ts"
import { windowPhrase } from "./requests.ts"
import { JA } from "../japanese.ts"

const WEEK: ReadonlyArray<WeekdayKey> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** Consecutive weekdays as ranges: 月〜金 / Mon–Fri; holidays last. */
const dayRanges = (days: ReadonlyArray<string>): Phrase => {
  const open = new Set(days)
  const ranges: Array<Phrase> = []
  let first = 0
  while (first < WEEK.length) {
    if (!open.has(WEEK[first]!)) {
      first += 1
      continue
    }
    let last = first
    while (last + 1 < WEEK.length && open.has(WEEK[last + 1]!)) last += 1
    const from = WEEK[first]!
    const to = WEEK[last]!
    ranges.push(last === first ? word((c) => c.weekdays[from]) : concat(word((c) => c.weekdays[from]), bilingual("〜", "–"), word((c) => c.weekdays[to])))
    first = last + 1
  }
  if (open.has("holiday")) ranges.push(word((c) => c.weekdays.holiday))
  return joinWith(ranges, { ja: "、", en: ", " })
}

const clock = (time: string): string => time.replace(/^0(?=\d)/u, "")

const monthDay = (value: string): Phrase => {
  const [month, day] = value.split("-").map(Number) as [number, number]
  return bilingual(JA.monthDay(month, day), `${day} ${MONTHS_EN[month - 1]}`)
}

/** 月〜金 9:00〜17:00（12月31日〜1月2日を除く） / Mon–Fri 9:00–17:00 (closed 31 Dec – 2 Jan). */
const hoursPhrase = (hours: typeof ReceptionHours.Type, path: JsonPath): ReadonlyArray<Block> => {
  const closedOn = new Set(hours.closedOn ?? [])
  const times = joinWith(
    hours.windows.map((window) => bilingual(`${clock(window.from)}〜${clock(window.to)}`, `${clock(window.from)}–${clock(window.to)}`)),
    { ja: "、", en: ", " }
  )
  const closed = hours.closed ?? []
  const line = concat(
    clause("contact.hours", { days: dayRanges(hours.days), times }),
    ...(closed.length === 0 && closedOn.size === 0
      ? []
      : [
          clause("contact.closed", {
            periods:
              closed.length === 0
                ? undefined
                : joinWith(
                    closed.map((period) => (period.from === period.to ? monthDay(period.from) : concat(monthDay(period.from), bilingual("〜", " – "), monthDay(period.to)))),
                    { ja: "、", en: ", " }
                  ),
            holidays: closedOn.has("public-holidays"),
            companyDays: closedOn.has("company-days")
          })
        ])
  )
  return [paragraph(line), ...(hours.note === undefined ? [] : [paragraph(fromPolicy(hours.note, [...path, "note"]))])]
}

const linkList = (values: ReadonlyArray<string> | undefined, scheme: string): ReadonlyArray<Block> =>
  (values ?? []).length === 1 ? [paragraph(link(values![0]!, `${scheme}${values![0]!}`))] : list("bullet", (values ?? []).map((value) => link(value, `${scheme}${value}`)))

const windowBlocks = (window: ContactWindow, index: number): ReadonlyArray<Block> => {
  const path = ["contactWindows", index]
  // Each person responsible: labelled by their title where it is a role with a named holder, else under 責任者.
  const managerFields: ReadonlyArray<FieldInput> = (window.managers ?? []).map((manager, index) => {
    const at = [...path, "managers", index]
    const details = joinWith(
      [
        ...(manager.department === undefined ? [] : [fromPolicy(manager.department, [...at, "department"])]),
        ...(manager.position === undefined ? [] : [fromPolicy(manager.position, [...at, "position"])]),
        ...(manager.name === undefined ? [] : [fromName(manager.name, [...at, "name"])])
      ],
      { ja: " ", en: " " }
    )
    return details.ja.length === 0 ? [word((c) => c.labels.manager), fromPolicy(manager.title, [...at, "title"])] : [fromPolicy(manager.title, [...at, "title"]), details]
  })
  const form = window.form
  return [
    ...policyParagraphs(window.text, [...path, "text"]),
    ...fields([
      [word((c) => c.labels.department), window.department === undefined ? undefined : fromPolicy(window.department, [...path, "department"])],
      [word((c) => c.labels.address), window.address === undefined ? undefined : fromAddress(window.address, [...path, "address"])],
      [word((c) => c.labels.phone), linkList(window.phones, "tel:")],
      [word((c) => c.labels.fax), window.fax === undefined ? undefined : same(window.fax)],
      [word((c) => c.labels.email), linkList(window.emails, "mailto:")],
      [
        word((c) => c.labels.form),
        form === undefined
          ? undefined
          : form.url === undefined
            ? fromPolicy(form.name, [...path, "form", "name"])
            : inParentheses(fromPolicy(form.name, [...path, "form", "name"]), link(form.url, form.url))
      ],
      [
        word((c) => c.labels["other-channels"]),
        list(
          "bullet",
          (window.otherChannels ?? []).map((channel, i) => {
            const name = fromPolicy(channel.name, [...path, "otherChannels", i, "name"])
            return channel.address === undefined ? name : labelled(name, same(channel.address))
          })
        )
      ],
      [word((c) => c.labels["reception-hours"]), window.receptionHours === undefined ? undefined : hoursPhrase(window.receptionHours, [...path, "receptionHours"])],
      ...managerFields,
      [word((c) => c.labels["window-roles"]), (window.roles ?? []).length === 0 ? undefined : series(window.roles!.map((role) => word((c) => c.windowRoles[role])))]
    ])
  ]
}

/** 問い合わせ窓口: one subsection per window. @since 0.1.0 */
export const contactWindows: SectionBuilder = {
  present: (policy) => policy.contactWindows.length > 0,
  build: ({ policy }) => ({
    title: word((c) => c.headings["contact-windows"]),
    blocks: policyParagraphs(policy.sectionIntros?.contactWindows, ["sectionIntros", "contactWindows"]),
    subsections: policy.contactWindows.map((window, index) => ({
      id: `contact-${window.id}`,
      title: fromPolicy(window.name, ["contactWindows", index, "name"]),
      blocks: windowBlocks(window, index)
    }))
  })
}

/** 苦情・相談 (40): the statement, where they are received, internal steps and external desks. @since 0.1.0 */
export const complaints = sectionOf("complaints", (handling, context, path) => {
  const window = windowPhrase(context, handling.window)
  return {
    title: word((c) => c.headings.complaints),
    blocks: [
      ...policyParagraphs(handling.text, [...path, "text"]),
      ...(window === undefined ? [] : [paragraph(clause("complaints.window", { window }, [[...path, "window"]]))]),
      ...fields([
        [
          word((c) => c.labels["complaint-steps"]),
          list(
            "decimal",
            (handling.internalSteps ?? []).map((step, index) =>
              item(fromPolicy(step.title, [...path, "internalSteps", index, "title"]), [paragraph(fromPolicy(step.text, [...path, "internalSteps", index, "text"]))])
            )
          )
        ],
        [
          word((c) => c.labels["external-desks"]),
          [
            ...(handling.externalText === undefined ? [] : [paragraph(fromPolicy(handling.externalText, [...path, "externalText"]))]),
            ...list(
              "bullet",
              (handling.externalDesks ?? []).map((desk, index) => {
                const name = fromPolicy(desk.name, [...path, "externalDesks", index, "name"])
                return desk.scope === undefined ? name : inParentheses(name, fromPolicy(desk.scope, [...path, "externalDesks", index, "scope"]))
              })
            )
          ]
        ]
      ])
    ]
  }
})

/** 事業者の名称、住所及び代表者 (32(1)(i)). @since 0.1.0 */
export const operator: SectionBuilder = {
  present: ({ operator: op }) =>
    op.name !== undefined || op.address !== undefined || (op.representatives ?? []).length > 0 || op.country !== undefined || op.website !== undefined,
  build: ({ policy }) => {
    const op = policy.operator
    return {
      title: word((c) => c.headings.operator),
      blocks: fields([
        [word((c) => c.labels.name), op.name === undefined ? undefined : fromName(op.name, ["operator", "name"])],
        [word((c) => c.labels.address), op.address === undefined ? undefined : fromAddress(op.address, ["operator", "address"])],
        [
          word((c) => c.labels.representative),
          (op.representatives ?? []).length === 0 ? undefined : list("bullet", op.representatives!.map((person, index) => personPhrase(person, ["operator", "representatives", index])))
        ],
        [word((c) => c.labels.country), op.country === undefined ? undefined : countryName(op.country)],
        [word((c) => c.labels.website), op.website === undefined ? undefined : link(op.website, op.website)]
      ])
    }
  }
}

/** 認定個人情報保護団体 (令10(iii)): membership and where complaints go, or that there is none. @since 0.1.0 */
export const accreditedOrganization = sectionOf("accreditedOrganization", (organization, _context, path) => {
  const name = organization.name === undefined ? undefined : fromName(organization.name, [...path, "name"])
  const statement =
    organization.text !== undefined
      ? policyParagraphs(organization.text, [...path, "text"])
      : organization.member
        ? name === undefined
          ? []
          : [paragraph(clause("accredited.member", { name }, [[...path, "member"], [...path, "name"]]))]
        : [paragraph(clause("accredited.none", {}, [[...path, "member"]]))]
  return {
    title: word((c) => c.headings["accredited-organization"]),
    blocks: [
      ...statement,
      ...(organization.member
        ? fields([
            [word((c) => c.labels.name), name],
            [word((c) => c.labels["complaint-desk"]), organization.complaintDesk === undefined ? undefined : fromPolicy(organization.complaintDesk, [...path, "complaintDesk"])],
            [word((c) => c.labels.address), organization.address === undefined ? undefined : fromAddress(organization.address, [...path, "address"])],
            [word((c) => c.labels.phone), linkList(organization.phones, "tel:")]
          ])
        : [])
    ]
  }
})

/** The operator's name and representatives, as the seeds sign off at the end. @since 0.1.0 */
export const signature = (context: Context): ReadonlyArray<Phrase> => {
  const op = context.policy.operator
  if (op.name === undefined) return []
  return [fromName(op.name, ["operator", "name"]), ...((op.representatives ?? []).length === 0 ? [] : [peoplePhrase(op.representatives!, ["operator", "representatives"])])]
}
