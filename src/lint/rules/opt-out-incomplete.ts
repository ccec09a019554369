/**
 * Opt-out provision states its items and is filed with the PPC (27(2)); an
 * opt-out the policy only restates as a condition gets one finding.
 *
 * @since 0.1.0
 */
import { OPT_OUT_ITEMS } from "../../model/facts.ts"
import type { OptOut } from "../../model/ThirdPartyProvision.ts"
import { defineRule } from "../Rule.ts"

/**
 * How each item of 27(2)(ii)–(viii) reads (item (viii) is what Enforcement Rules 11(4) adds: how the items are
 * updated, when provision starts). Item (i), the operator's identity, is checked by `operator-identity`.
 */
const LABELS: Readonly<Partial<Record<keyof OptOut, { readonly en: string; readonly ja: string }>>> = {
  provisionIsPurpose: { en: "that provision to third parties is a purpose", ja: "第三者への提供を利用目的とすること" },
  items: { en: "the data items provided", ja: "第三者に提供される個人データの項目" },
  acquisitionMethod: { en: "how the data is acquired", ja: "第三者に提供される個人データの取得の方法" },
  provisionMethod: { en: "how the data is provided", ja: "第三者への提供の方法" },
  stopOnRequest: { en: "that provision stops at the person's request", ja: "本人の求めに応じて第三者への提供を停止すること" },
  requestMethod: { en: "how to ask for provision to stop", ja: "本人の求めを受け付ける方法" },
  updateMethod: { en: "how the items are updated", ja: "第三者に提供される個人データの更新の方法" },
  startDate: { en: "when provision starts", ja: "第三者への提供を開始する予定日" }
}

const ITEM_NUMBER = { ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8 } as const

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "opt-out-incomplete",
    severity: "error",
    severityReason: {
      en: "error when the document says the opt-out is not filed (`notifiedToCommission: false`): it then states provision without consent that 27(2) does not allow. Warning for a missing item or an unstated filing: the items may be notified or made easily knowable elsewhere, and the filing is a fact the PPC publishes, not the policy; warning too for an opt-out the policy only restates as a condition, which declares no practice",
      ja: "届出をしていないと文書が述べる場合（`notifiedToCommission: false`）はエラー: 27条2項が認めない同意なき提供を述べている。事項の欠落や届出の記載がないことは警告: 事項は別の場所で通知し又は容易に知り得る状態に置いてもよく、届出は委員会が公表する事実で方針からは分からない。オプトアウトを用いる場合を述べるだけの記載も、取扱いを宣言していないので警告"
    },
    citation: { en: "APPI 27(2), 27(4); Enforcement Rules 11", ja: "個人情報保護法27条2項・4項、施行規則11条" },
    description: { en: "opt-out provision states all its items and is filed with the PPC", ja: "オプトアウトによる提供が全ての通知事項を示し、委員会に届け出られている" },
    docs: {
      en: "Provision without consent by opt-out is allowed only if the person is told in advance, or can easily know, nine items — the operator's name, address and representative; that provision is a purpose; the items; how they are acquired; how they are provided; that provision stops on request; how to request it; and, under item (viii) and Enforcement Rules Art. 11(4), how the items are updated and when provision starts — and the same items are filed with the Personal Information Protection Commission, which publishes them (Art. 27(2), (4)). Naming the items without their content, as older JIS-based policies do, is not enough. Some policies only restate the law's condition — 「…本人の同意を得ることが困難な場合であって、次に示す事項を…通知しているとき」 — without saying that the operator provides by opt-out (`conditional: true`): that declares no practice, so the rule reports it once, as a warning, instead of every missing item.",
      ja: "オプトアウトによる同意のない提供は、事業者の氏名・名称・住所・代表者、第三者提供を利用目的とすること、項目、取得の方法、提供の方法、本人の求めに応じて提供を停止すること、求めを受け付ける方法、8号（施行規則11条4項）による項目の更新の方法と提供開始予定日の九項目を、あらかじめ本人に通知し又は容易に知り得る状態に置き、個人情報保護委員会に届け出た場合に限り認められる（27条2項。届け出た事項は委員会が公表する、同条4項）。旧JISに倣って事項名を並べるだけで内容を書かない記載では足りない。オプトアウトを行うとは述べず、法律の要件を言い換えるだけの方針（「…本人の同意を得ることが困難な場合であって、次に示す事項を…通知しているとき」、`conditional: true`）もある。取扱いを宣言していないので、欠けた事項ごとではなく一度だけ警告する。"
    },
    messages: {
      "missing-item": {
        severity: "warning",
        en: "the opt-out does not state {label} (27(2)({item}), `{key}`)",
        ja: "オプトアウトの通知事項「{labelJa}」（27条2項{itemJa}号、`{key}`）が記載されていない",
        help: {
          en: "give `{key}` in `thirdPartyProvision.optOut`, unless the items are notified or made easily knowable elsewhere",
          ja: "`thirdPartyProvision.optOut` に `{key}` を記載する（別の場所で通知し又は容易に知り得る状態に置いている場合を除く）"
        }
      },
      "filing-unstated": {
        severity: "warning",
        en: "the policy does not say that the opt-out is filed with the Personal Information Protection Commission",
        ja: "オプトアウトによる提供を個人情報保護委員会に届け出ていることが示されていない",
        help: {
          en: "check the PPC's published filings and set `notifiedToCommission: true`; without the filing, provide only with consent",
          ja: "委員会が公表する届出を確認して `notifiedToCommission: true` とする。届け出ていない場合は同意を得て提供する"
        }
      },
      "not-filed": {
        en: "the opt-out is said not to be filed with the Personal Information Protection Commission",
        ja: "オプトアウトによる提供を個人情報保護委員会に届け出ていないとしている",
        help: {
          en: "file the items with the PPC and set `notifiedToCommission: true`; until then, provide only with consent",
          ja: "委員会に届け出て `notifiedToCommission: true` とする。それまでは同意を得て提供する"
        }
      },
      conditional: {
        severity: "warning",
        en: "the opt-out clause only restates when opt-out would be used; relying on it needs every item of 27(2) notified or made easily knowable and the filing with the Commission",
        ja: "オプトアウトの条項は、オプトアウトを用いる場合を述べるだけである。用いるには27条2項の全ての事項を通知し又は容易に知り得る状態に置き、委員会に届け出る必要がある",
        help: {
          en: "if the operator does not provide by opt-out, drop the clause and say so (`usesOptOut: false`); if it does, give every item and file them",
          ja: "オプトアウトによる提供を行わないなら条項を削りその旨を記載する（`usesOptOut: false`）。行うなら全ての事項を記載して届け出る"
        }
      }
    }
  },
  check: (policy, report) => {
    const optOut = policy.thirdPartyProvision?.optOut
    if (optOut === undefined) return
    const at = ["thirdPartyProvision", "optOut"] as const
    if (optOut.conditional === true) {
      report("conditional", [...at, "conditional"])
      return
    }
    for (const { key, item, present } of OPT_OUT_ITEMS) {
      // An item the model adds before its label here is still reported, by its key.
      const label = LABELS[key] ?? { en: `\`${key}\``, ja: key }
      if (!present(optOut)) report("missing-item", [...at, key], { key, item, itemJa: ITEM_NUMBER[item], label: label.en, labelJa: label.ja })
    }
    if (optOut.notifiedToCommission === false) report("not-filed", [...at, "notifiedToCommission"])
    else if (optOut.notifiedToCommission !== true) report("filing-unstated", [...at, "notifiedToCommission"])
  }
})
