/**
 * Provision without consent rests only on grounds the law knows (27(1), 27(2), 27(5)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "non-statutory-provision-ground",
    severity: "error",
    severityReason: {
      en: "error for business necessity: the document itself declares a ground for provision without consent that Art. 27 does not know, and no fact outside it makes the ground lawful. Warning for published information: it is lawful as an opt-out if the items are notified and the filing was made, which the document does not show either way (as for `opt-out-incomplete`)",
      ja: "業務上の必要はエラー: 27条にない同意なき提供の事由を文書自体が宣言しており、文書の外のどんな事実もこの事由を適法にしない。公開情報は警告: 事項を通知し届出をしていればオプトアウトとして適法であり、そのいずれかは文書から分からない（`opt-out-incomplete` と同じ）"
    },
    citation: { en: "APPI 27(1), 27(2), 27(5)", ja: "個人情報保護法27条1項・2項・5項" },
    description: {
      en: "provision without consent relies only on grounds the law provides",
      ja: "同意のない提供の根拠が法律の定めるものに限られている"
    },
    docs: {
      en: "Personal data may be provided to a third party without consent only under the exceptions of Art. 27(1), by opt-out filed with the PPC (27(2)), or in the cases that are not provision at all (27(5): outsourcing, business succession, joint use). \"Business necessity\" — providing data to business partners to move a deal along — is none of these; neither is the old JIS ground for officers' and shareholders' published information, which under the current law is opt-out and needs filing.",
      ja: "個人データを本人の同意なく第三者に提供できるのは、27条1項の例外、委員会に届け出たオプトアウト（27条2項）、そもそも第三者提供に当たらない場合（27条5項: 委託、事業承継、共同利用）に限られる。取引先との商談を円滑に進めるための「業務上の必要」による提供はいずれにも当たらない。役員・株主に関する公開情報についての旧JISの事由も、現行法ではオプトアウトであり届出を要する。"
    },
    messages: {
      "business-necessity": {
        en: "the ground `{id}` provides data without consent for business necessity, which the law does not allow",
        ja: "提供事由 `{id}` は業務上の必要による同意のない提供であり、法律上認められていない",
        help: { en: "obtain consent, or rely on outsourcing or joint use if that is what happens", ja: "同意を得るか、実態が委託・共同利用であればその要件を満たして記載する" }
      },
      "public-information": {
        severity: "warning",
        en: "the ground `{id}` provides published information without consent, which the law allows only as a filed opt-out",
        ja: "提供事由 `{id}` は公開情報の同意のない提供であり、委員会に届け出たオプトアウトとしてしか認められていない",
        help: { en: "drop the ground, or declare a filed opt-out under `thirdPartyProvision.optOut`", ja: "この事由を削るか、届け出たオプトアウトとして `thirdPartyProvision.optOut` に記載する" }
      }
    }
  },
  check: (policy, report) => {
    policy.thirdPartyProvision?.otherGrounds?.forEach((ground, i) => {
      if (ground.kind === "business-necessity" || ground.kind === "public-information") {
        report(ground.kind, ["thirdPartyProvision", "otherGrounds", i], { id: ground.id })
      }
    })
  }
})
