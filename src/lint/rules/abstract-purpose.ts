/**
 * Purposes too abstract to let the person foresee the use (17(1)): the PPC
 * guidelines' own examples 「事業活動に用いるため」「マーケティング活動に用いるため」
 * 「お客様のサービスの向上」 and their close variants.
 *
 * @since 0.1.0
 */
import { appi, ppcGeneralGuidelines } from "../../core/citation.ts"
import { TRAILING_PUNCTUATION } from "../vocabulary.ts"
import { defineRule } from "../Rule.ts"

/** The PPC's two long examples are abstract wherever they appear. */
const ABSTRACT_PHRASES = /事業活動に用いるため|マーケティング活動に用いるため/u

/** Goals that are abstract when they are the whole purpose (after the endings are dropped). */
const ABSTRACT_GOAL =
  /^(?:当社|弊社)?の?(?:事業活動|事業運営|事業の運営|業務の?遂行|営業活動|マーケティング(?:活動)?|(?:お客様(?:へ)?の)?サービス(?:品質)?の?(?:向上|改善|充実)(?:[・及び並びにや、]*(?:向上|改善|充実))?|品質の?向上)等?$/u

/** The text without its trailing punctuation; a loop, as `/[。．.、]+$/` is quadratic on a long run of dots before a letter. */
const withoutTrailingPunctuation = (text: string): string => {
  let end = text.length
  while (end > 0 && TRAILING_PUNCTUATION.includes(text[end - 1]!)) end--
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
  id: "abstract-purpose",
  severity: "warning",
  citation: [appi(17, 1), ppcGeneralGuidelines("3-1-1")],
  check: (policy, report) => {
    policy.purposes.items.forEach((purpose, i) => {
      if (isAbstractPurpose(purpose.text.ja)) report("abstract", ["purposes", "items", i, "text", "ja"], { id: purpose.id, text: purpose.text.ja })
    })
  }
})
