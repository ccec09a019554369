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
    severity: "error",
    citation: { en: "APPI 27(1), 28(2)", ja: "個人情報保護法27条1項・28条2項" },
    description: { en: "a recipients list, when given, names someone", ja: "提供先の一覧を掲げる場合、提供先が記載されている" },
    docs: {
      en: "Consent to provision is valid only if the person can tell what they agree to, which includes who receives the data; for recipients abroad Art. 28(2) requires the information on each. A policy that announces a list of recipients (提供先) and leaves it empty asks for consent to an unknown recipient.",
      ja: "提供への同意は、本人が何に同意するのか（誰が受け取るのかを含む）を判断できて初めて有効であり、外国にある第三者については28条2項が提供先ごとの情報提供を求める。提供先の一覧を掲げながら空である方針は、誰とも分からない提供先への同意を求めていることになる。"
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
