/**
 * Security measures are published, and are more than "we follow the
 * guidelines" (32(1)(iv), 令10(i)).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "security-measures",
    severity: "warning",
    severityReason: {
      en: "warning: the measures may be published elsewhere or answered on request without delay (Order 10(i)); the document cannot show that they are neither",
      ja: "警告: 安全管理措置は別の場所で公表し、又は求めに応じて遅滞なく回答してもよい（施行令10条1号）。そのいずれでもないことは文書からは分からない"
    },
    citation: { en: "APPI 32(1)(iv); Cabinet Order 10(i)", ja: "個人情報保護法32条1項4号、施行令10条1号" },
    description: { en: "the security measures for retained data are published, concretely", ja: "保有個人データの安全管理措置が具体的に公表されている" },
    docs: {
      en: "Since April 2022 the measures taken to keep retained personal data secure must be where the person can know them (Art. 32(1)(iv), Cabinet Order Art. 10(i)); answering on request without delay also counts. The PPC guidelines say a statement such as 「個人情報保護法やガイドラインに従って適切に取り扱っています」 is not enough: the policy names the measures (basic policy, rules, organizational, human, physical and technical measures, and the foreign environment).",
      ja: "2022年4月から、保有個人データの安全管理のために講じた措置を本人の知り得る状態（本人の求めに応じて遅滞なく回答する場合を含む）に置かなければならない（32条1項4号、施行令10条1号）。通則ガイドラインは「個人情報保護法やガイドラインに従って適切に取り扱っています」のような記載では足りないとする。基本方針、規律、組織的・人的・物理的・技術的安全管理措置、外的環境の把握を具体的に示す。"
    },
    messages: {
      none: {
        en: "the policy publishes no security measures",
        ja: "安全管理措置が公表されていない",
        help: {
          en: "add `securityMeasures` with the organizational, human, physical and technical measures, or `disclosureOnRequest`",
          ja: "`securityMeasures` に組織的・人的・物理的・技術的安全管理措置を記載する（又は `disclosureOnRequest` で求めに応じて回答する旨を記載する）"
        }
      },
      "only-general": {
        en: "the security measures are only a general statement",
        ja: "安全管理措置が一般的な記載にとどまっている",
        help: {
          en: "name the measures (e.g. under `organizational`, `technical`); following the law or the guidelines is not a measure",
          ja: "講じている措置を具体的に記載する（`organizational`、`technical` など）。法令やガイドラインの遵守は措置の記載にならない"
        }
      }
    }
  },
  check: (policy, report) => {
    const measures = policy.securityMeasures
    if (measures === undefined) {
      report("none", ["securityMeasures"])
      return
    }
    const lists = [measures.basicPolicy, measures.rules, measures.organizational, measures.human, measures.physical, measures.technical]
    const concrete = lists.some((list) => (list ?? []).length > 0) || measures.disclosureOnRequest !== undefined
    if (!concrete) report("only-general", ["securityMeasures"])
  }
})
