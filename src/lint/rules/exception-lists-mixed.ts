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
import { defineRule } from "../Rule.ts"

/** The three lists, by the article that holds them. */
type List = "18(3)" | "21(4)" | "33(2)"

const LIST_NAMES: Readonly<Record<List, { readonly en: string; readonly ja: string }>> = {
  "18(3)": { en: "use beyond the purposes or provision without consent (18(3), 27(1))", ja: "目的外利用・同意のない提供の例外（18条3項・27条1項）" },
  "21(4)": { en: "not notifying a purpose (21(4))", ja: "利用目的の通知等をしない場合（21条4項）" },
  "33(2)": { en: "refusing disclosure (33(2))", ja: "開示しない場合（33条2項）" }
}

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
  meta: {
    id: "exception-lists-mixed",
    severity: "error",
    severityReason: {
      en: "error: a ground worded as another list's claims a power the law does not give (refusing correction on a 33(2) ground, using data beyond the purposes on a 21(4) ground), and refusal grounds for a request the document does not accept contradict its list of requests",
      ja: "エラー: 別の各号の文言で書かれた事由は、法律が与えていない権限を主張している（33条2項の事由で訂正を拒む、21条4項の事由で目的外利用する）。受け付けない請求の不開示事由は、請求の一覧と矛盾する"
    },
    citation: { en: "APPI 18(3), 21(4), 27(1), 33(2)", ja: "個人情報保護法18条3項・21条4項・27条1項・33条2項" },
    description: {
      en: "the statutory reason lists of 18(3)/27(1), 21(4) and 33(2) are not mixed",
      ja: "18条3項・27条1項、21条4項、33条2項の各号を混同していない"
    },
    docs: {
      en: "Several lists look alike but do different things. Art. 18(3) (use beyond the purposes, six items), Art. 20(2) (acquiring special-care data, eight items) and Art. 27(1) (provision without consent, seven items) share only items (i)–(iv) — laws and regulations; life, body or property; public health and children; cooperation with state bodies. Their academic-research items differ (18(3)(v)(vi), 20(2)(v)(vi), 27(1)(v)–(vii)), and 20(2) adds (vii) public sources and (viii) the Cabinet Order cases. Art. 21(4) lists when a purpose need not be notified or published; Art. 33(2) when disclosure may be refused. The model keeps each list a closed catalog of ids, so ids cannot be mixed; this rule reads the policy's own `wording` of each item and reports one that states a ground of another list (or another item of its own list), and refusal grounds of 33(2) applied to correction, use-stop or the like, which have their own conditions (34, 35).",
      ja: "似た各号がいくつかあるが働きは異なる。18条3項（目的外利用、6号）、20条2項（要配慮個人情報の取得、8号）、27条1項（同意のない提供、7号）で同じなのは1号から4号（法令に基づく場合、人の生命・身体・財産の保護、公衆衛生・児童、国の機関等への協力）だけである。学術研究の号はそれぞれ異なり（18条3項5号・6号、20条2項5号・6号、27条1項5号〜7号）、20条2項には7号（公開されている場合）と8号（政令で定める場合）が加わる。21条4項は利用目的の通知・公表を要しない場合、33条2項は開示しないことができる場合を定める。モデルは各号を別々の閉じた識別子の一覧にしているので識別子は混ざらない。このルールは各項目の `wording`（方針自身の文言）を読み、別の各号（又は同じ各号の別の号）の内容になっているもの、及び33条2項の不開示事由を訂正等・利用停止等にまで及ぼしている記載（これらには34条・35条の別の要件がある）を報告する。",
    },
    messages: {
      "other-list": {
        en: "the wording of `{id}` in the list for {list} reads as a ground for {other}",
        ja: "{listJa}の `{id}` の文言が{otherJa}の事由になっている",
        help: { en: "move the ground to the list it belongs to, or restore the statutory wording", ja: "該当する各号に移すか、法律の文言に戻す" }
      },
      "other-item": {
        en: "the wording of `{id}` reads as the item `{other}` of the same list",
        ja: "`{id}` の文言が同じ各号の `{other}` の内容になっている",
        help: { en: "use the id `{other}`, or fix the wording", ja: "識別子を `{other}` にするか文言を直す" }
      },
      "refusal-beyond-disclosure": {
        en: "grounds for refusing disclosure (33(2)) are applied to other requests",
        ja: "開示しない事由（33条2項）が開示以外の請求にも及ぼされている",
        help: {
          en: "limit the refusal to disclosure; correction (34) and use-stop or provision-stop (35) have their own conditions",
          ja: "不開示は開示の請求に限る。訂正等（34条）・利用停止等（35条）にはそれぞれの要件がある"
        }
      },
      "refusal-without-disclosure": {
        en: "grounds for refusing disclosure are given, but disclosure is not among the requests accepted",
        ja: "不開示事由が記載されているが、開示の請求を受け付けていない",
        help: { en: "add `disclosure` to `requests.kinds`", ja: "`requests.kinds` に `disclosure` を加える" }
      }
    }
  },
  check: (policy, report) => {
    const checkList = (list: List, grounds: ReadonlyArray<Ground> | undefined, at: JsonPath): void => {
      grounds?.forEach((ground, i) => {
        if (ground.wording === undefined) return
        const path = [...at, i, "wording", "ja"]
        const words = squashJa(ground.wording)
        const other = listOfWording(words)
        if (other !== undefined && other !== list) {
          report("other-list", path, { id: ground.id, list: LIST_NAMES[list].en, listJa: LIST_NAMES[list].ja, other: LIST_NAMES[other].en, otherJa: LIST_NAMES[other].ja })
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
