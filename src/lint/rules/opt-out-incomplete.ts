/**
 * Opt-out provision states its items and is filed with the PPC (27(2)).
 *
 * @since 0.1.0
 */
import type { OptOut } from "../../model/ThirdPartyProvision.ts"
import { defineRule } from "../Rule.ts"

/**
 * Items (ii)–(viii) of 27(2); item (viii) is what the Enforcement Rules add (Art. 11: how the items are
 * updated, when provision starts). Item (i), the operator's identity, is checked by `operator-identity`.
 */
const ITEMS: ReadonlyArray<{ readonly key: keyof OptOut; readonly item: string; readonly itemJa: number; readonly en: string; readonly ja: string; readonly present: (o: OptOut) => boolean }> = [
  { key: "provisionIsPurpose", item: "ii", itemJa: 2, en: "that provision to third parties is a purpose", ja: "第三者への提供を利用目的とすること", present: (o) => o.provisionIsPurpose === true },
  { key: "items", item: "iii", itemJa: 3, en: "the data items provided", ja: "第三者に提供される個人データの項目", present: (o) => (o.items ?? []).length > 0 },
  { key: "acquisitionMethod", item: "iv", itemJa: 4, en: "how the data is acquired", ja: "第三者に提供される個人データの取得の方法", present: (o) => o.acquisitionMethod !== undefined },
  { key: "provisionMethod", item: "v", itemJa: 5, en: "how the data is provided", ja: "第三者への提供の方法", present: (o) => o.provisionMethod !== undefined },
  { key: "stopOnRequest", item: "vi", itemJa: 6, en: "that provision stops at the person's request", ja: "本人の求めに応じて第三者への提供を停止すること", present: (o) => o.stopOnRequest === true },
  { key: "requestMethod", item: "vii", itemJa: 7, en: "how to ask for provision to stop", ja: "本人の求めを受け付ける方法", present: (o) => o.requestMethod !== undefined },
  { key: "updateMethod", item: "viii", itemJa: 8, en: "how the items are updated", ja: "第三者に提供される個人データの更新の方法", present: (o) => o.updateMethod !== undefined },
  { key: "startDate", item: "viii", itemJa: 8, en: "when provision starts", ja: "第三者への提供を開始する予定日", present: (o) => o.startDate !== undefined }
]

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "opt-out-incomplete",
    severity: "error",
    citation: { en: "APPI 27(2), 27(4); Enforcement Rules 11", ja: "個人情報保護法27条2項・4項、施行規則11条" },
    description: { en: "opt-out provision states all its items and is filed with the PPC", ja: "オプトアウトによる提供が全ての通知事項を示し、委員会に届け出られている" },
    docs: {
      en: "Provision without consent by opt-out is allowed only if the person is told in advance, or can easily know, nine items — the operator's name, address and representative; that provision is a purpose; the items; how they are acquired; how they are provided; that provision stops on request; how to request it; and, under item (viii) and Enforcement Rules Art. 11, how the items are updated and when provision starts — and the same items are filed with the Personal Information Protection Commission, which publishes them (Art. 27(2), (4)). Naming the items without their content, as older JIS-based policies do, is not enough.",
      ja: "オプトアウトによる同意のない提供は、事業者の氏名・名称・住所・代表者、第三者提供を利用目的とすること、項目、取得の方法、提供の方法、本人の求めに応じて提供を停止すること、求めを受け付ける方法、8号（施行規則11条）による項目の更新の方法と提供開始予定日の九項目を、あらかじめ本人に通知し又は容易に知り得る状態に置き、個人情報保護委員会に届け出た場合に限り認められる（27条2項。届け出た事項は委員会が公表する、同条4項）。旧JISに倣って事項名を並べるだけで内容を書かない記載では足りない。"
    },
    messages: {
      "missing-item": {
        en: "the opt-out does not state {label} (27(2)({item}), `{key}`)",
        ja: "オプトアウトの通知事項「{labelJa}」（27条2項{itemJa}号、`{key}`）が記載されていない",
        help: { en: "give `{key}` in `thirdPartyProvision.optOut`", ja: "`thirdPartyProvision.optOut` に `{key}` を記載する" }
      },
      "not-notified": {
        en: "the opt-out is not filed with the Personal Information Protection Commission",
        ja: "オプトアウトによる提供が個人情報保護委員会に届け出られていない",
        help: {
          en: "file the items with the PPC and set `notifiedToCommission: true`; without it, provide only with consent",
          ja: "委員会に届け出て `notifiedToCommission: true` とする。届け出ていない場合は同意を得て提供する"
        }
      }
    }
  },
  check: (policy, report) => {
    const optOut = policy.thirdPartyProvision?.optOut
    if (optOut === undefined) return
    const at = ["thirdPartyProvision", "optOut"] as const
    for (const { key, item, itemJa, en, ja, present } of ITEMS) {
      if (!present(optOut)) report("missing-item", [...at, key], { key, item, itemJa, label: en, labelJa: ja })
    }
    if (optOut.notifiedToCommission !== true) report("not-notified", [...at, "notifiedToCommission"])
  }
})
