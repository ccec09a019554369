/**
 * Purposes too abstract to let the person foresee the use (17(1)): the PPC
 * guidelines' own examples 「事業活動に用いるため」「マーケティング活動に用いるため」
 * 「お客様のサービスの向上」 and their close variants.
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** The PPC's two long examples are abstract wherever they appear. */
const ABSTRACT_PHRASES = /事業活動に用いるため|マーケティング活動に用いるため/u

/** Goals that are abstract when they are the whole purpose (after the endings are dropped). */
const ABSTRACT_GOAL =
  /^(?:当社|弊社)?の?(?:事業活動|事業運営|事業の運営|業務の?遂行|営業活動|マーケティング(?:活動)?|(?:お客様(?:へ)?の)?サービス(?:品質)?の?(?:向上|改善|充実)(?:[・及び並びにや、]*(?:向上|改善|充実))?|品質の?向上)等?$/u

/** The text without its trailing punctuation; a loop, as `/[。．.、]+$/` is quadratic on a long run of dots before a letter. */
const withoutTrailingPunctuation = (text: string): string => {
  let end = text.length
  while (end > 0 && "。．.、".includes(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** Drops the endings 「…のため」「…に用いるため」「…に利用します」 and punctuation, repeatedly. */
const coreOf = (text: string): string => {
  let core = text.replace(/\s+/gu, "")
  for (;;) {
    const next = withoutTrailingPunctuation(core)
      .replace(/(?:に(?:用いる|利用する|使用する)|を図る|を行う)?の?ため(?:に)?$/u, "")
      .replace(/(?:に|で)?(?:利用|使用)(?:します|いたします|する)$/u, "")
      .replace(/の?目的$/u, "")
    if (next === core) return core
    core = next
  }
}

/**
 * True when the purpose's Japanese text is one of the abstract forms.
 *
 * @since 0.1.0
 */
export const isAbstractPurpose = (ja: string): boolean => ABSTRACT_PHRASES.test(ja.replace(/\s+/gu, "")) || ABSTRACT_GOAL.test(coreOf(ja))

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "abstract-purpose",
    severity: "warning",
    severityReason: {
      en: "warning: whether a purpose lets the person foresee the use is a judgement of degree (17(1) 「できる限り」); the rule knows the PPC's examples, not how the purpose reads in its context",
      ja: "警告: 利用目的から利用の範囲を予測できるかは程度の判断である（17条1項「できる限り」）。このルールは委員会の例を知っているだけで、文脈の中での読まれ方は分からない"
    },
    citation: { en: "APPI 17(1); PPC General Guidelines 3-1-1", ja: "個人情報保護法17条1項、通則ガイドライン3-1-1" },
    description: { en: "purposes are specific enough for the person to foresee the use", ja: "利用目的が本人に利用の範囲を予測できる程度に具体的である" },
    docs: {
      en: "Art. 17(1) asks that purposes be specified as far as possible, so that the person can reasonably foresee what will be done with the data. The PPC's guidelines give 「事業活動に用いるため」, 「マーケティング活動に用いるため」 and 「お客様のサービスの向上」 as examples that are not specific. A purpose should say what is done, e.g. 「新商品・サービスに関する情報のお知らせのため」.",
      ja: "17条1項は、本人が自らの個人情報がどのように取り扱われるかを合理的に予測できる程度に、利用目的をできる限り特定することを求める。通則ガイドラインは「事業活動に用いるため」「マーケティング活動に用いるため」「お客様のサービスの向上」を特定したことにならない例に挙げる。何をするのかを書く（例: 「新商品・サービスに関する情報のお知らせのため」）。"
    },
    messages: {
      abstract: {
        en: "the purpose `{id}` is too abstract to foresee the use: `{text}`",
        ja: "利用目的 `{id}` は抽象的で利用の範囲を予測できない: `{text}`",
        help: {
          en: "say what is done with which data, e.g. 「新商品・サービスに関する情報のお知らせのため」",
          ja: "どの情報で何をするのかを書く（例: 「新商品・サービスに関する情報のお知らせのため」）"
        }
      }
    }
  },
  check: (policy, report) => {
    policy.purposes.items.forEach((purpose, i) => {
      if (isAbstractPurpose(purpose.text.ja)) report("abstract", ["purposes", "items", i, "text", "ja"], { id: purpose.id, text: purpose.text.ja })
    })
  }
})
