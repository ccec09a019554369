/**
 * Profiling or ad targeting is described as a purpose when the policy shows
 * it happens (PPC General Guidelines 3-1-1 ※1, under 17(1)).
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../../core/Diagnostic.ts"
import type { Policy } from "../../model/Policy.ts"
import { squashJa } from "../facts.ts"
import { appi, ppcGeneralGuidelines } from "../../core/citation.ts"
import { ANALYSED, ANALYSING } from "../vocabulary.ts"
import { defineRule } from "../Rule.ts"


/**
 * A purpose that speaks of analysing interests, behaviour or traits: both
 * words, in either order. Code, not `/A.*B|B.*A/`, which backtracks in
 * quadratic time on a long text of one of the words repeated.
 */
const describesAnalysis = (text: string): boolean => {
  const first = (words: ReadonlyArray<string>): number => Math.min(...words.map((w) => text.indexOf(w)).map((i) => (i < 0 ? Infinity : i)))
  const last = (words: ReadonlyArray<string>): number => Math.max(...words.map((w) => text.lastIndexOf(w)))
  return first(ANALYSING) < last(ANALYSED) || first(ANALYSED) < last(ANALYSING)
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

/** @since 0.1.0 */
export default defineRule({
  id: "profiling-purpose",
  severity: "warning",
  citation: [appi(17, 1), ppcGeneralGuidelines("3-1-1")],
  check: (policy, report) => {
    const described = policy.purposes.items.some((p) => p.tags?.includes("profiling") === true || describesAnalysis(squashJa(p.text)))
    if (described) return
    const signal = firstSignal(policy)
    if (signal !== undefined) report(signal.kind, signal.path, { name: signal.name })
  }
})
