/**
 * Small text helpers: NFKC only where a fact is read (digits, hyphens and
 * brackets of phones, codes, amounts and dates), and a tidy that takes stray
 * white space off the company's own text without changing a word of it.
 *
 * @since 0.3.0
 */

/** Full-width digits, letters and punctuation to their ASCII forms; long dashes to hyphens. For reading facts only. @since 0.3.0 */
export const factText = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[‐‑‒–—―−ー－﹣]/gu, (dash, offset: number, whole: string) => (/\d/u.test(whole[offset - 1] ?? "") && /\d/u.test(whole[offset + 1] ?? "") ? "-" : dash))

/**
 * The company's text as published, with white space tidied: runs collapsed,
 * ends trimmed, and the stray spaces that copy-paste leaves after Japanese
 * punctuation (`、 `, `。 `, `( `) or before it removed. Spaces between words
 * (`坂口 聡隆`, `ASP データ`) stay.
 *
 * @since 0.3.0
 */
export const tidy = (text: string): string =>
  text
    .replace(/[\s\u3000]+/gu, " ")
    .replace(/([、。，．（「『【(〈《：:]) /gu, "$1")
    .replace(/ ([、。，．）」』】)〉》])/gu, "$1")
    .replace(/([）)」』]) (?=[\u3040-\u30ff\u4e00-\u9fff])/gu, "$1")
    .trim()

/** White space removed, for comparing texts. @since 0.3.0 */
export const squash = (text: string): string => text.replace(/[\s\u3000]+/gu, "")

/** The text without a trailing `。`, `.`, `:` or `：`. @since 0.3.0 */
export const stripEnd = (text: string): string => text.replace(/[。．.:：]+$/u, "")

/** Splits a text into sentences after `。` (a `。` inside brackets does not end one). @since 0.3.0 */
export const sentences = (text: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if ("（(「『【".includes(c)) depth++
    else if ("）)」』】".includes(c)) depth = Math.max(0, depth - 1)
    else if (c === "。" && depth === 0) {
      out.push(text.slice(start, i + 1).trim())
      start = i + 1
    }
  }
  const rest = text.slice(start).trim()
  if (rest !== "") out.push(rest)
  return out.filter((s) => s !== "")
}
