/**
 * One way to cite the law, for every room: a statute's article, paragraph
 * (項), item (号) or proviso (ただし書), or a passage of the PPC's guidance
 * (Guidelines, Q&A). Each room keeps its citations as data beside its
 * messages; this module writes them in either language, so a citation reads
 * the same in the rendered policy, the changelog and the docs.
 *
 * @since 0.3.0
 */
import type { Lang } from "./Lang.ts"

/**
 * `appi`: 個人情報の保護に関する法律; `appi-order`: its Enforcement Order
 * (施行令); `appi-rules`: the PPC's Enforcement Rules (施行規則); `my-number-act`:
 * 番号法; `telecommunications-business-act`: 電気通信事業法.
 *
 * @since 0.1.0
 */
export type Law = "appi" | "appi-order" | "appi-rules" | "my-number-act" | "telecommunications-business-act"

/** Article (`"27"`, `"27-12"` for 第27条の12), paragraph (項), item (号), proviso (ただし書). @since 0.1.0 */
export interface StatuteCitation {
  readonly law: Law
  readonly article: string
  readonly paragraph?: number
  readonly item?: number
  readonly proviso?: true
}

/**
 * The PPC's guidance by its number: `ppc-general-guidelines`, the Guidelines
 * (General Rules) (`"3-1-1"`); `ppc-qa`, the Q&A on the Guidelines (`"7-51"`).
 *
 * @since 0.3.0
 */
export interface GuidanceCitation {
  readonly guidance: "ppc-general-guidelines" | "ppc-qa"
  readonly section: string
}

/** @since 0.1.0 */
export type Citation = StatuteCitation | GuidanceCitation

const cite =
  (law: Law) =>
  (article: number | string, paragraph?: number, item?: number): StatuteCitation => ({
    law,
    article: String(article),
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item })
  })

/** 個人情報保護法 article, paragraph, item: `appi(27, 5, 3)` is 第27条第5項第3号. @since 0.3.0 */
export const appi = cite("appi")
/** 施行令. @since 0.3.0 */
export const appiOrder = cite("appi-order")
/** 施行規則. @since 0.3.0 */
export const appiRules = cite("appi-rules")
/** 番号法. @since 0.3.0 */
export const myNumberAct = cite("my-number-act")
/** 電気通信事業法. @since 0.3.0 */
export const telecommunicationsBusinessAct = cite("telecommunications-business-act")
/** The proviso (ただし書) of a provision. @since 0.3.0 */
export const proviso = (citation: StatuteCitation): StatuteCitation => ({ ...citation, proviso: true })
/** A number of the PPC's Q&A. @since 0.3.0 */
export const ppcQa = (section: string): GuidanceCitation => ({ guidance: "ppc-qa", section })
/** A section of the PPC's Guidelines (General Rules). @since 0.3.0 */
export const ppcGeneralGuidelines = (section: string): GuidanceCitation => ({ guidance: "ppc-general-guidelines", section })

const LAW_NAMES = {
  appi: { ja: "個人情報保護法", en: "APPI" },
  "appi-order": { ja: "個人情報保護法施行令", en: "APPI Enforcement Order" },
  "appi-rules": { ja: "個人情報保護法施行規則", en: "APPI Enforcement Rules" },
  "my-number-act": { ja: "番号法", en: "My Number Act" },
  "telecommunications-business-act": { ja: "電気通信事業法", en: "Telecommunications Business Act" }
} as const

const GUIDANCE_NAMES = {
  "ppc-general-guidelines": { ja: "個人情報保護委員会ガイドライン（通則編）", en: "PPC General Guidelines " },
  "ppc-qa": { ja: "個人情報保護委員会Q&A", en: "PPC Q&A " }
} as const

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]
]

/** Lower-case Roman numerals, as the English translations of Japanese statutes number 号 items. @since 0.1.0 */
export const roman = (n: number): string => {
  let rest = n
  let out = ""
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits
      rest -= value
    }
  }
  return out
}

const isStatute = (citation: Citation): citation is StatuteCitation => "law" in citation

/**
 * A citation as each language writes it: 個人情報保護法第27条第2項第3号 /
 * APPI Art. 27(2)(iii); 第27条の12 / Art. 27-12; 第27条第2項ただし書 / Art. 27(2)
 * proviso; 個人情報保護委員会Q&A7-51 / PPC Q&A 7-51.
 *
 * @example
 * ```ts
 * formatCitation({ law: "appi", article: "33", paragraph: 5 }, "ja") // "個人情報保護法第33条第5項"
 * ```
 * @since 0.1.0
 */
export const formatCitation = (citation: Citation, lang: Lang): string => {
  if (!isStatute(citation)) return `${GUIDANCE_NAMES[citation.guidance][lang]}${citation.section}`
  const [main, branch] = citation.article.split("-")
  if (lang === "ja") {
    return `${LAW_NAMES[citation.law].ja}第${main}条${branch === undefined ? "" : `の${branch}`}${citation.paragraph === undefined ? "" : `第${citation.paragraph}項`}${citation.item === undefined ? "" : `第${citation.item}号`}${citation.proviso === true ? "ただし書" : ""}`
  }
  const romanItem = citation.item === undefined ? "" : `(${roman(citation.item)})`
  return `${LAW_NAMES[citation.law].en} Art. ${citation.article}${citation.paragraph === undefined ? "" : `(${citation.paragraph})`}${romanItem}${citation.proviso === true ? " proviso" : ""}`
}

/**
 * Several citations, each law named once and provisions of one article
 * written once: 個人情報保護法第35条第1項及び第5項 / APPI Art. 35(1) and (5);
 * 個人情報保護法第32条第1項第3号、第38条 / APPI Art. 32(1)(iii), Art. 38;
 * different laws apart: …、番号法第19条 / …; My Number Act Art. 19.
 *
 * @since 0.1.0
 */
export const formatCitations = (list: ReadonlyArray<Citation>, lang: Lang): string => {
  const groups: Array<Array<Citation>> = []
  for (const citation of list) {
    const last = groups[groups.length - 1]?.[0]
    if (last !== undefined && isStatute(last) && isStatute(citation) && last.law === citation.law && last.article === citation.article) groups[groups.length - 1]!.push(citation)
    else groups.push([citation])
  }
  let previousLaw: Law | undefined
  let out = ""
  for (const [first, ...rest] of groups) {
    const sameLaw = isStatute(first!) && first.law === previousLaw
    if (out !== "") out += lang === "ja" ? "、" : sameLaw ? ", " : "; "
    if (!isStatute(first!)) {
      previousLaw = undefined
      out += formatCitation(first!, lang)
      continue
    }
    previousLaw = first.law
    const full = formatCitation(first, lang)
    // The law the previous citation named is not repeated: 第38条 / Art. 38.
    const head = sameLaw ? full.slice(full.indexOf(lang === "ja" ? "第" : "Art.")) : full
    // The same article: keep only what follows what they share (第5項 / (5); 第4号 / (iv) in one paragraph).
    const tails = rest.map((citation) => {
      const shared = isStatute(citation) && first.paragraph !== undefined && citation.paragraph === first.paragraph && citation.item !== undefined ? { paragraph: first.paragraph } : {}
      return formatCitation(citation, lang).slice(formatCitation({ law: first.law, article: first.article, ...shared }, lang).length)
    })
    out += [head, ...tails].join(lang === "ja" ? "及び" : " and ")
  }
  return out
}

/** What an empty list of citations means: no provision imposes a duty. @since 0.3.0 */
export const NO_STATUTORY_DUTY = { ja: "法令上の義務なし", en: "no statutory duty" } as const

/** `formatCitations`, or `NO_STATUTORY_DUTY` for an empty list. @since 0.3.0 */
export const formatCitationsOrNone = (list: ReadonlyArray<Citation>, lang: Lang): string => (list.length === 0 ? NO_STATUTORY_DUTY[lang] : formatCitations(list, lang))
