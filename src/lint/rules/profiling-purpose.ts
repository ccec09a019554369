/**
 * Profiling or ad targeting is described as a purpose when the policy shows
 * it happens (PPC General Guidelines 3-1-1 ※1, under 17(1)).
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { Policy } from "../../model/Policy.ts"
import { squashJa } from "../facts.ts"
import { defineRule } from "../Rule.ts"

/** Words of analysing a person's behaviour or interests. */
const ANALYSING = ["分析", "解析"]
const OF_WHAT = ["趣味", "嗜好", "興味", "関心", "属性", "行動", "傾向"]

/**
 * A purpose that speaks of analysing interests, behaviour or traits: both
 * words, in either order. Code, not `/A.*B|B.*A/`, which backtracks in
 * quadratic time on a long text of one of the words repeated.
 */
const describesAnalysis = (text: string): boolean => {
  const first = (words: ReadonlyArray<string>): number => Math.min(...words.map((w) => text.indexOf(w)).map((i) => (i < 0 ? Infinity : i)))
  const last = (words: ReadonlyArray<string>): number => Math.max(...words.map((w) => text.lastIndexOf(w)))
  return first(ANALYSING) < last(OF_WHAT) || first(OF_WHAT) < last(ANALYSING)
}
const AD_WORDS = /広告|ターゲティング|行動|嗜好|興味|関心|最適化|カスタマイズ/u
const BEHAVIOURAL_ITEMS = /行動履歴|閲覧履歴|購買履歴|購入履歴|位置情報/u

type Signal =
  | { readonly kind: "ad-targeting-purpose"; readonly path: JsonPath; readonly name: string }
  | { readonly kind: "linked-data-flow"; readonly path: JsonPath; readonly name: string }
  | { readonly kind: "ad-provision"; readonly path: JsonPath; readonly name: string }
  | { readonly kind: "tracking-cookies"; readonly path: JsonPath; readonly name: string }
  | { readonly kind: "behavioural-items"; readonly path: JsonPath; readonly name: string }

/** The first place (in a fixed order of kinds) that shows profiling or ad targeting. */
const firstSignal = (policy: Policy): Signal | undefined => {
  const purpose = policy.purposes.items.findIndex((p) => p.tags?.includes("ad-targeting") === true)
  if (purpose >= 0) return { kind: "ad-targeting-purpose", path: ["purposes", "items", purpose], name: policy.purposes.items[purpose]!.id }
  const flows = policy.tracking?.dataFlows ?? []
  const flow = flows.findIndex((f) => f.direction === "received-from-third-party" && f.linkedToPersonalData === true)
  if (flow >= 0) return { kind: "linked-data-flow", path: ["tracking", "dataFlows", flow], name: flows[flow]!.id }
  const provisions = policy.thirdPartyProvision?.provisions ?? []
  const provision = provisions.findIndex((p) => p.purposes.some((text) => /広告/u.test(text.ja)))
  if (provision >= 0) return { kind: "ad-provision", path: ["thirdPartyProvision", "provisions", provision], name: provisions[provision]!.id }
  const cookies = policy.tracking?.cookies
  if (cookies?.used === true && cookies.identifiesPersons !== false && [...(cookies.purposes ?? []), ...(cookies.thirdPartyTools ?? [])].some((t) => AD_WORDS.test(t.ja))) {
    return { kind: "tracking-cookies", path: ["tracking", "cookies"], name: "cookies" }
  }
  for (const [c, category] of policy.dataCategories.entries()) {
    const item = (category.items ?? []).findIndex((i) => BEHAVIOURAL_ITEMS.test(i.ja))
    if (item >= 0) return { kind: "behavioural-items", path: ["dataCategories", c, "items", item], name: category.items![item]!.ja }
  }
  return undefined
}

const help = {
  en: "add a purpose that says the data is analysed, e.g. 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」, and tag it `profiling`",
  ja: "分析することが分かる利用目的を加え（例: 「閲覧履歴や購買履歴を分析して、趣味・嗜好に応じた広告を配信するため」）、`profiling` のタグを付ける"
}

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "profiling-purpose",
    severity: "warning",
    severityReason: {
      en: "warning: whether the data is in fact analysed, and whether the purposes let the person foresee it, are judged from signs, not shown by the document",
      ja: "警告: 実際に分析しているか、利用目的からそれを予測できるかは兆候からの判断であり、文書からは分からない"
    },
    citation: { en: "APPI 17(1); PPC General Guidelines 3-1-1", ja: "個人情報保護法17条1項、通則ガイドライン3-1-1" },
    description: {
      en: "when data is used for profiling or ad targeting, a purpose says it is analysed",
      ja: "プロファイリングや広告のターゲティングに使う場合、分析することが利用目的に書かれている"
    },
    docs: {
      en: "Since the 2022 guidelines, an operator that analyses behaviour or interests from the data it holds (browsing or purchase history, data linked from cookies or ad platforms) must say so in the purpose: 「広告配信のため」 alone does not let the person foresee the analysis. The rule looks for signs of it (a purpose tagged `ad-targeting`, data from a third party linked to personal data, provision for ad delivery, ad cookies that identify the person, behavioural data items) and reports the first when no purpose is tagged `profiling` or speaks of analysing interests or behaviour.",
      ja: "2022年改正後の通則ガイドラインでは、本人の行動・関心等の情報を分析する場合（閲覧履歴・購買履歴、Cookie や広告基盤から得て個人データと紐付けた情報など）、その分析を行うことが分かるよう利用目的を特定しなければならない。「広告配信のため」だけでは分析を予測できない。このルールは兆候（`ad-targeting` の利用目的、個人データと紐付ける第三者由来の情報、広告配信のための提供、本人を識別する広告用 Cookie、行動履歴等の項目）を探し、`profiling` のタグや趣味・嗜好等の分析に触れる利用目的がない場合に最初の兆候を報告する。"
    },
    messages: {
      "ad-targeting-purpose": {
        en: "the purpose `{name}` targets ads, but no purpose says the person's behaviour or interests are analysed",
        ja: "利用目的 `{name}` は広告の最適化を行うが、行動や関心を分析することを述べた利用目的がない",
        help
      },
      "linked-data-flow": {
        en: "data received through `{name}` is linked to personal data, but no purpose says the person's behaviour or interests are analysed",
        ja: "`{name}` で取得した情報を個人データと紐付けているが、行動や関心を分析することを述べた利用目的がない",
        help
      },
      "ad-provision": {
        en: "personal data is provided for ad delivery (`{name}`), but no purpose says the person's behaviour or interests are analysed",
        ja: "広告配信のために個人データを提供している（`{name}`）が、行動や関心を分析することを述べた利用目的がない",
        help
      },
      "tracking-cookies": {
        en: "cookies that identify the person are used for ads or personalisation, but no purpose says the person's behaviour or interests are analysed",
        ja: "本人を識別する Cookie を広告や個別最適化に使っているが、行動や関心を分析することを述べた利用目的がない",
        help
      },
      "behavioural-items": {
        en: "behavioural data `{name}` is collected, but no purpose says the person's behaviour or interests are analysed",
        ja: "行動に関する情報 `{name}` を取得しているが、行動や関心を分析することを述べた利用目的がない",
        help
      }
    }
  },
  check: (policy, report) => {
    const described = policy.purposes.items.some((p) => p.tags?.includes("profiling") === true || describesAnalysis(squashJa(p.text)))
    if (described) return
    const signal = firstSignal(policy)
    if (signal !== undefined) report(signal.kind, signal.path, { name: signal.name })
  }
})
