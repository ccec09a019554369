/**
 * Joint use states everything 27(5)(iii) asks for.
 *
 * @since 0.1.0
 */
import { jointUseGaps } from "../../model/facts.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "joint-use-incomplete",
    severity: "warning",
    severityReason: {
      en: "warning: the five matters need only be notified in advance or made easily knowable (27(5)(iii)), which another page or a notice to the person can do; the document cannot show that they are not. Where this policy is where they are published, sharing the data is provision that needs consent, and the guard treats it so",
      ja: "警告: 五つの事項はあらかじめ本人に通知し、又は本人が容易に知り得る状態に置けば足り（27条5項3号）、別のページや本人への通知でもよい。そうでないことは文書からは分からない。この方針がその公表の場である場合、共有は同意を要する提供であり、ガードもそのように扱う"
    },
    citation: { en: "APPI 27(5)(iii)", ja: "個人情報保護法27条5項3号" },
    description: { en: "each joint use states its items, users, purposes and responsible party in full", ja: "共同利用ごとに項目・範囲・利用目的・責任者が全て示されている" },
    docs: {
      en: "Joint use is not provision to a third party only if the person is told in advance, or can easily know: that the data is used jointly, the items used, the range of joint users, their purposes, and the name, address and (for a corporation) representative of the party responsible for managing the data (Art. 27(5)(iii)). A missing item turns the sharing into provision that needs consent.",
      ja: "共同利用が第三者提供に当たらないのは、共同利用する旨、共同して利用される個人データの項目、共同して利用する者の範囲、利用する者の利用目的、管理について責任を有する者の氏名又は名称及び住所並びに法人にあってはその代表者の氏名を、あらかじめ本人に通知し又は容易に知り得る状態に置いている場合に限られる（27条5項3号）。一つでも欠けると同意を要する第三者提供になる。"
    },
    messages: {
      "no-items": {
        en: "the joint use `{id}` does not list the items used jointly",
        ja: "共同利用 `{id}` に共同して利用される項目がない",
        help: { en: "list the data items under `items`", ja: "`items` に項目を記載する" }
      },
      "no-users": {
        en: "the joint use `{id}` does not say who the joint users are",
        ja: "共同利用 `{id}` に共同して利用する者の範囲がない",
        help: { en: "list them under `users`, or describe the range in `usersRange`", ja: "`users` に利用者を列挙するか、`usersRange` に範囲を記載する" }
      },
      "no-purposes": {
        en: "the joint use `{id}` does not say what the joint users use the data for",
        ja: "共同利用 `{id}` に利用する者の利用目的がない",
        help: { en: "name the operator's purposes in `purposes`, or word the joint users' own in `purposesText`", ja: "`purposes` に当社の利用目的を指定するか、`purposesText` に利用する者の利用目的を記載する" }
      },
      "no-responsible-address": {
        en: "the responsible party `{name}` of the joint use `{id}` has no address",
        ja: "共同利用 `{id}` の責任者 `{name}` の住所がない",
        help: { en: "add the party's `address`", ja: "責任者の `address` を記載する" }
      },
      "no-responsible-representative": {
        en: "the responsible party `{name}` of the joint use `{id}` has no representative",
        ja: "共同利用 `{id}` の責任者 `{name}` の代表者の氏名がない",
        help: { en: "add the party's `representatives` with title and name", ja: "責任者の `representatives` に役職と氏名を記載する" }
      },
      "unnamed-representative": {
        en: "the representative `{title}` of the responsible party of the joint use `{id}` has no name",
        ja: "共同利用 `{id}` の責任者の代表者 `{title}` の氏名がない",
        help: { en: "the law asks for the representative's name", ja: "代表者の氏名が必要" }
      }
    }
  },
  check: (policy, report) => {
    policy.jointUses?.forEach((jointUse, i) => {
      const at = ["jointUses", i] as const
      const { id } = jointUse
      const parties = jointUse.responsibleParties
      for (const gap of jointUseGaps(jointUse)) {
        switch (gap.kind) {
          case "items":
            report("no-items", [...at, "items"], { id })
            break
          case "users":
            report("no-users", [...at, "users"], { id })
            break
          case "purposes":
            report("no-purposes", [...at, "purposesText"], { id })
            break
          case "responsible-address":
            report("no-responsible-address", [...at, "responsibleParties", gap.party, "address"], { id, name: parties[gap.party]!.name.ja })
            break
          case "responsible-representative":
            report("no-responsible-representative", [...at, "responsibleParties", gap.party, "representatives"], { id, name: parties[gap.party]!.name.ja })
            break
          case "unnamed-representative":
            report("unnamed-representative", [...at, "responsibleParties", gap.party, "representatives", gap.index, "name"], {
              id,
              title: parties[gap.party]!.representatives?.[gap.index]?.title.ja ?? "?"
            })
        }
      }
    })
  }
})
