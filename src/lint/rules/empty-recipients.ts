/**
 * A declared recipients list that is empty (seed 001's 提供先 heading with nothing under it).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "empty-recipients",
    severity: "warning",
    severityReason: {
      en: "warning: the law does not require recipients to be named (27(1) asks that the person can judge what they consent to; 28(2) asks for the country, not names), so an empty list is a drafting defect rather than a breach",
      ja: "警告: 法律は提供先の名称の記載を求めていない（27条1項は同意の対象を判断できること、28条2項は国名等を求める）。空の一覧は起草上の欠陥であって違反ではない"
    },
    citation: { en: "APPI 27(1), 28(2)", ja: "個人情報保護法27条1項・28条2項" },
    description: { en: "a recipients list, when given, names someone", ja: "提供先の一覧を掲げる場合、提供先が記載されている" },
    docs: {
      en: "For consent to provision (Art. 27(1)) the PPC asks that what the person consents to be shown clearly enough for a reasonable judgement; it does not require each recipient to be named, and for recipients abroad Art. 28(2) asks for the country, its system and the recipient's measures, not names. A policy that announces a list of recipients (提供先) and leaves it empty is still a defect of the document: the person is told that recipients are listed and finds none. Name them, describe their range (e.g. 「提携する広告配信事業者」), or drop the heading.",
      ja: "提供への同意（27条1項）について委員会は、本人が同意に係る判断を行うために必要と考えられる合理的かつ適切な範囲の内容を明確に示すことを求めるが、提供先ごとの名称の記載までは求めていない。外国にある第三者についても28条2項が求めるのは国名・制度・提供先の措置であり名称ではない。それでも、提供先の一覧を掲げながら空である方針は文書として欠陥がある（提供先が示されているとされながら一つもない）。提供先を記載するか、その範囲を記載する（例:「提携する広告配信事業者」）か、見出しを削る。",
    },
    messages: {
      empty: {
        en: "the provision `{id}` announces its recipients but lists none",
        ja: "提供 `{id}` は提供先を掲げているが一つも記載されていない",
        help: { en: "name each recipient (or the category of recipients) under `recipients`", ja: "`recipients` に提供先（又は提供先の範囲）を記載する" }
      }
    }
  },
  check: (policy, report) => {
    policy.thirdPartyProvision?.provisions?.forEach((provision, i) => {
      if (provision.recipients !== undefined && provision.recipients.length === 0) {
        report("empty", ["thirdPartyProvision", "provisions", i, "recipients"], { id: provision.id })
      }
    })
  }
})
