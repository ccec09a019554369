/**
 * The statutory reason lists stay apart: 18(3)/27(1) (use beyond purpose,
 * provision without consent), 21(4) (purpose not notified) and 33(2)
 * (disclosure refused). Their ids are separate closed catalogs, so what can
 * still go wrong is in the words: a `wording` that reads as another list's
 * ground (or as another item of its own list), and 33(2) grounds applied to
 * requests other than disclosure.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { LocalizedText } from "../../model/primitives.ts"
import { squashJa } from "../facts.ts"
import { appi } from "../../core/citation.ts"
import { term } from "../catalog/terms.ts"
import { defineRule } from "../Rule.ts"

/** The three lists, by the article that holds them. */
type List = "18(3)" | "21(4)" | "33(2)"

/**
 * Which list a ground's words belong to. 21(4) grounds turn on notifying or
 * publishing the purpose, 33(2) grounds on harm, business hindrance or another
 * law, 18(3) grounds on the difficulty of getting consent.
 *
 * @since 0.1.0
 */
export const listOfWording = (ja: string): List | undefined => {
  const t = ja.replace(/\s+/gu, "")
  if (/取得の状況/u.test(t) || /(?:事業者|当社|弊社|会社)の権利(?:又は|または|若しくは|もしくは)正当な利益/u.test(t)) return "21(4)"
  if (/通知し|公表すること/u.test(t) && /害する|支障|明らか/u.test(t)) return "21(4)"
  if (/業務の適正な実施に著しい支障|法令に違反|権利利益を害する/u.test(t)) return "33(2)"
  if (/同意を得ることが困難|同意を得ることにより|法令に基づく|公衆衛生|児童|子ども|学術研究/u.test(t)) return "18(3)"
  return undefined
}

/** Words that identify each item within its list. */
const ITEM_WORDS: Readonly<Record<List, Readonly<Record<string, RegExp>>>> = {
  "18(3)": {
    "laws-and-regulations": /法令に基づく/u,
    "life-body-property": /生命|身体|財産/u,
    "public-health-children": /公衆衛生|児童|子ども/u,
    "state-cooperation": /国の機関|地方公共団体/u,
    "academic-research-institution": /学術研究/u,
    "academic-research-provision": /学術研究/u,
    "academic-research-joint": /学術研究/u
  },
  "21(4)": {
    "harm-to-person-or-third-party": /(?:本人|第三者)(?:又は|または|若しくは|もしくは)?(?:第三者)?の(?:生命|権利)/u,
    "harm-to-operator": /(?:事業者|当社|弊社|会社)の権利/u,
    "state-cooperation": /国の機関|地方公共団体/u,
    "obvious-from-circumstances": /取得の状況/u
  },
  "33(2)": {
    "harm-to-person-or-third-party": /生命|権利利益/u,
    "serious-business-hindrance": /業務の適正な実施/u,
    "violates-other-law": /法令に違反/u
  }
}

/** Request kinds other than disclosure, named in a refusal. */
const BEYOND_DISCLOSURE = /開示等|訂正|追加|削除|利用(?:の)?停止|消去|提供(?:の)?停止/u

interface Ground {
  readonly id: string
  readonly wording?: LocalizedText
}

/** @since 0.1.0 */
export default defineRule({
  id: "exception-lists-mixed",
  severity: "error",
  citation: [appi(18, 3), appi(21, 4), appi(27, 1), appi(33, 2)],
  check: (policy, report) => {
    const checkList = (list: List, grounds: ReadonlyArray<Ground> | undefined, at: JsonPath): void => {
      grounds?.forEach((ground, i) => {
        if (ground.wording === undefined) return
        const path = [...at, i, "wording", "ja"]
        const words = squashJa(ground.wording)
        const other = listOfWording(words)
        if (other !== undefined && other !== list) {
          report("other-list", path, { id: ground.id, list: term("exceptionLists", list), other: term("exceptionLists", other) })
          return
        }
        const items = ITEM_WORDS[list]
        if (items[ground.id]?.test(words) === true) return
        const matches = Object.entries(items).filter(([, pattern]) => pattern.test(words)).map(([id]) => id)
        // Only an unambiguous other item is reported (the academic items share their words).
        if (matches.length === 1) report("other-item", path, { id: ground.id, other: matches[0]! })
      })
    }
    checkList("18(3)", policy.useBeyondPurpose?.exceptions, ["useBeyondPurpose", "exceptions"])
    checkList("18(3)", policy.thirdPartyProvision?.exceptions, ["thirdPartyProvision", "exceptions"])
    checkList("21(4)", policy.purposeNotice?.exceptions, ["purposeNotice", "exceptions"])
    checkList("33(2)", policy.requests?.refusalGrounds, ["requests", "refusalGrounds"])

    const requests = policy.requests
    const grounds = requests?.refusalGrounds ?? []
    if (requests === undefined || grounds.length === 0) return
    if (!requests.kinds.includes("disclosure")) report("refusal-without-disclosure", ["requests", "refusalGrounds"])
    if (requests.refusalText !== undefined && BEYOND_DISCLOSURE.test(squashJa(requests.refusalText))) {
      report("refusal-beyond-disclosure", ["requests", "refusalText", "ja"])
    } else {
      const wide = grounds.findIndex((ground) => BEYOND_DISCLOSURE.test(squashJa(ground.wording)))
      if (wide >= 0) report("refusal-beyond-disclosure", ["requests", "refusalGrounds", wide, "wording", "ja"])
    }
  }
})
