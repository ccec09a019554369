/**
 * The policy does not contradict itself: cookies said to be unused yet given
 * purposes, cookie data said not to identify anyone yet linked to personal
 * data, outsourcing said to be unused yet described, and the like.
 *
 * @since 0.1.0
 */
import type { ContactWindow } from "../../model/ContactWindow.ts"
import type { Fee } from "../../model/Fee.ts"
import { COOKIE_WORDS, squashJa } from "../facts.ts"
import { appi } from "../../core/citation.ts"
import { composed } from "../catalog/terms.ts"
import { DAY, DAY_JOINER, EXCLUDED, RANGE_JOINER, TIME } from "../vocabulary.ts"
import { defineRule } from "../Rule.ts"
import type { Bilingual } from "../../core/Lang.ts"

/** Full-width digits and separators read as ASCII. */
const asciiDigits = (text: string): string => text.replace(/[０-９：，]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/**
 * The amounts of yen a fee's published text names (「1,000円」「１０００円」).
 *
 * @since 0.2.0
 */
export const yenAmounts = (fee: Fee): ReadonlyArray<number> =>
  (fee.text ?? []).flatMap((text) => [...asciiDigits(squashJa(text)).matchAll(/([0-9][0-9,]*)円/gu)].map((m) => Number(m[1]!.replaceAll(",", ""))))

const RANGE = new RegExp(`${TIME}${RANGE_JOINER}${TIME}`, "gu")
/** A run of days followed by 「を除く」「休み」 and the like; it may not start inside a word or a date (「休業日を除く」「1月3日を除く」 name no weekday). */
const EXCLUDED_DAYS = new RegExp(String.raw`(?<![\p{Script=Han}0-9])((?:${DAY})(?:${DAY_JOINER}(?:${DAY}))*)${EXCLUDED}`, "gu")

const clock = (hours: string, minutes: string | undefined): string => `${hours.padStart(2, "0")}:${(minutes ?? "00").padStart(2, "0")}`

/**
 * What a window's reception-hours note says against its structured hours: a
 * day it excludes that the hours list, or time ranges none of which is a
 * window of the hours and which together span other hours than the windows
 * do. Undefined when they agree, or the note says nothing the check can read.
 *
 * @since 0.2.0
 */
export const hoursContradiction = (window: ContactWindow): Bilingual | undefined => {
  const hours = window.receptionHours
  if (hours?.note === undefined) return undefined
  const note = asciiDigits(squashJa(hours.note))
  for (const match of note.matchAll(EXCLUDED_DAYS)) {
    const days = [...match[1]!.matchAll(new RegExp(DAY, "gu"))].map(([day]) => (/^土/u.test(day) ? "sat" : /^日/u.test(day) ? "sun" : "holiday"))
    const listed = days.find((day) => hours.days.includes(day))
    if (listed !== undefined) return composed((terms) => terms.hoursContradiction.excludedDay({ day: listed }))
  }
  const ranges = [...note.matchAll(RANGE)].map((m) => ({ from: clock(m[1]!, m[2] ?? m[3]), to: clock(m[4]!, m[5] ?? m[6]) }))
  if (ranges.length === 0) return undefined
  const span = (list: ReadonlyArray<{ readonly from: string; readonly to: string }>) =>
    `${list.map((w) => w.from).sort()[0]}-${list.map((w) => w.to).sort()[list.length - 1]}`
  // Agreement: a range of the note is a window, or the note spans what the windows span (「9:00～17:00（12:00～13:00を除く）」).
  const known = new Set([...hours.windows.map((w) => `${w.from}-${w.to}`), span(hours.windows)])
  if (ranges.some((range) => known.has(`${range.from}-${range.to}`)) || known.has(span(ranges))) return undefined
  const given = ranges.map((range) => `${range.from}-${range.to}`)
  const windows = hours.windows.map((w) => `${w.from}-${w.to}`)
  return composed((terms) => terms.hoursContradiction.ranges({ given, windows }))
}

/** @since 0.1.0 */
export default defineRule({
  id: "internal-consistency",
  severity: "error",
  citation: [appi(17, 1), appi(21, 1), appi(32, 1)],
  check: (policy, report) => {
    const cookies = policy.tracking?.cookies
    if (cookies?.used === false) {
      for (const field of ["purposes", "thirdPartyTools"] as const) {
        if ((cookies[field] ?? []).length > 0) report("cookies-unused-but-described", ["tracking", "cookies", field], { field })
      }
      policy.dataCategories.forEach((category, c) =>
        category.items?.forEach((item, k) => {
          if (COOKIE_WORDS.test(item.ja)) report("cookies-unused-but-collected", ["dataCategories", c, "items", k], { what: item.ja })
        })
      )
      policy.tracking?.dataFlows?.forEach((flow, f) =>
        flow.items.forEach((item, k) => {
          if (COOKIE_WORDS.test(item.ja)) report("cookies-unused-but-collected", ["tracking", "dataFlows", f, "items", k], { what: item.ja })
        })
      )
    }
    if (cookies?.identifiesPersons === false) {
      policy.tracking?.dataFlows?.forEach((flow, f) => {
        if (flow.linkedToPersonalData === true && flow.items.some((item) => COOKIE_WORDS.test(item.ja))) {
          report("cookie-data-linked", ["tracking", "dataFlows", f, "linkedToPersonalData"], { id: flow.id })
        }
      })
    }
    const logs = policy.tracking?.logs
    if (logs?.collected === false) {
      for (const field of ["items", "purposes"] as const) {
        if ((logs[field] ?? []).length > 0) report("logs-uncollected-but-described", ["tracking", "logs", field], { field })
      }
    }
    if (policy.outsourcing?.used === false) {
      const ground = policy.thirdPartyProvision?.otherGrounds?.findIndex((g) => g.kind === "outsourcing") ?? -1
      if (ground >= 0) {
        report("outsourcing-unused-but-described", ["thirdPartyProvision", "otherGrounds", ground], { what: composed((terms) => terms.outsourcingEvidence.provisionGround) })
      }
      const purpose = policy.purposes.items.findIndex((p) => p.tags?.includes("outsourcing") === true)
      if (purpose >= 0) {
        report("outsourcing-unused-but-described", ["purposes", "items", purpose], { what: composed((terms) => terms.outsourcingEvidence.purpose) })
      }
      for (const field of ["selectionCriteria", "contractClauses", "supervision"] as const) {
        if ((policy.outsourcing[field] ?? []).length > 0) {
          report("outsourcing-unused-but-described", ["outsourcing", field], { what: composed((terms) => terms.outsourcingEvidence.field({ field })) })
        }
      }
    }
    const provision = policy.thirdPartyProvision
    if (provision?.usesOptOut === false && provision.optOut !== undefined) report("opt-out-unused-but-described", ["thirdPartyProvision", "usesOptOut"])
    policy.fees?.forEach((fee, i) => {
      const named = yenAmounts(fee)
      if (fee.amount !== undefined && named.length > 0 && !named.includes(fee.amount)) {
        report("fee-amount-contradicts", ["fees", i, "amount"], { id: fee.id, amount: fee.amount, named: named.join(", ") })
      }
    })
    policy.contactWindows.forEach((window, i) => {
      const contradiction = hoursContradiction(window)
      if (contradiction !== undefined) report("hours-contradict", ["contactWindows", i, "receptionHours"], { id: window.id, detail: contradiction })
    })
    const organization = policy.accreditedOrganization
    if (organization?.member === false && (organization.name !== undefined || organization.complaintDesk !== undefined)) {
      report("not-member-but-named", ["accreditedOrganization", "member"])
    }
  }
})
