/**
 * The input as numbered lines: plain text as it is, Markdown with its
 * markup taken off, HTML with navigation and scripts stripped and its
 * blocks, lists and tables laid out as lines. Every line keeps the number of
 * the source line it starts on, so a fact found in it can be traced back.
 *
 * @since 0.3.0
 */
import { decodeHTMLStrict } from "entities"
import { Lexer, type MarkedToken, type Token, type Tokens } from "marked"
import { BULLETS, escapePipes, htmlLines } from "./html.ts"

/** One line of the input, numbered from 1 in the original file. @since 0.3.0 */
export interface SourceLine {
  readonly n: number
  readonly text: string
  /** A heading level (1–6) given by the markup (Markdown `#`, HTML `<h1>`…), when there was one. */
  readonly heading?: number
}

/** @since 0.3.0 */
export const INPUT_FORMATS = ["text", "markdown", "html"] as const
/** @since 0.3.0 */
export type InputFormat = (typeof INPUT_FORMATS)[number]

/** The format a file's name or content suggests: `.html`/`.htm` or a tag soup is HTML, `.md` or `#` headings Markdown. @since 0.3.0 */
export const detectFormat = (text: string, fileName = ""): InputFormat => {
  const name = fileName.toLowerCase()
  if (/\.x?html?$/u.test(name)) return "html"
  if (/\.(?:md|markdown)$/u.test(name)) return "markdown"
  const head = text.slice(0, 2000).trimStart().toLowerCase()
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || (text.match(/<\/(?:p|div|li|td|h[1-6])>/giu)?.length ?? 0) >= 3) return "html"
  if (/^#{1,6}\s+\S/mu.test(text) || /^\s*[-*]\s+\[[^\]]+\]\([^)]+\)/mu.test(text)) return "markdown"
  return "text"
}

/** A line break inside a line of the source (`<br>`): the words after it start a line of their own, with the same number. */
const BREAK = "\u0000"
/** `*` and `_` the source escaped or wrote in code: kept as written by the clean-up of leftover emphasis below. */
const KEPT: Readonly<Record<string, string>> = { "*": "\ue000", _: "\ue001" }
const keep = (text: string): string => text.replace(/[*_]/gu, (c) => KEPT[c]!)
const unkeep = (text: string): string => text.replace(/\ue000/gu, "*").replace(/\ue001/gu, "_")
const newlines = (text: string): number => {
  let count = 0
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++
  return count
}
const CJK = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/u

/**
 * Emphasis that CommonMark leaves as written around Japanese punctuation
 * (`**「当社」**は`: a closing `**` after `」` and before a letter is not
 * right-flanking), taken off as a reader would.
 */
const leftoverEmphasis = (text: string): string =>
  text.replace(/(\*\*|__)(?=\S)(.*?\S)\1/gu, "$2").replace(/(^|[^*\w])\*(?=[^\s*])([^*]*?[^\s*])\*(?!\*)/gu, "$1$2")

/**
 * Inline tokens as plain text: emphasis and code marks off, character
 * references decoded, an image by its alternative text, a link by its text
 * and, when the text does not show it, its address. Every line ending of the
 * source stays a `\n`, so that the lines keep their numbers; a `<br>` is a
 * {@link BREAK}.
 */
const inline = (tokens: ReadonlyArray<Token>): string => {
  let out = ""
  for (const token of tokens as ReadonlyArray<MarkedToken>) {
    let text: string
    switch (token.type) {
      case "text":
        text = token.tokens === undefined ? decodeHTMLStrict(token.text) : inline(token.tokens)
        break
      case "escape":
        text = keep(token.text)
        break
      case "strong":
      case "em":
      case "del":
        text = inline(token.tokens)
        break
      case "codespan":
        text = keep(token.raw.replace(/^(`+)([\s\S]*?)\1$/u, "$2").replace(/^ ([\s\S]*\S[\s\S]*) $/u, "$1"))
        break
      case "br":
        text = "\n"
        break
      case "link": {
        // An address is kept as written (`__` in it is not emphasis).
        const label = token.autolink === true ? keep(token.text) : inline(token.tokens)
        const address = token.href.replace(/^mailto:/u, "")
        const shown = unkeep(label).includes(address.replace(/^https?:\/\//u, ""))
        text = shown || !/^(?:https?:|mailto:)/u.test(token.href) ? label : `${label} ${keep(address)} `
        break
      }
      case "image":
        text = decodeHTMLStrict(token.text)
        break
      case "html":
        text = /^<br\b/iu.test(token.raw) ? BREAK : ""
        break
      case "checkbox":
        text = ""
        break
      default:
        text = token.raw
    }
    // A line ending inside markup that is dropped (a tag, a link's title) still ends a line.
    out += text + "\n".repeat(Math.max(0, newlines(token.raw) - newlines(text)))
  }
  return out
}

/** Joins the lines of a heading (a setext heading may take several): no space between Japanese characters. */
const joinLines = (lines: ReadonlyArray<string>): string =>
  lines.map((line) => line.trim()).filter((line) => line !== "").reduce((a, b) => (a === "" ? b : CJK.test(a.slice(-1)) || CJK.test(b[0]!) ? a + b : `${a} ${b}`), "")

/** A prefix for link reference definitions that are really prose (`[注1]: 当社は…`: its "address" has no `.`, `:`, `/` or `#`). */
const isAddress = (href: string): boolean => /[.:/#]/u.test(href)

/**
 * Markdown as lines, read by `marked`'s lexer (CommonMark and GitHub tables):
 * one line per source line, numbered as in the file. Headings (`#` and
 * setext) keep their level; paragraphs, list items and table rows keep their
 * lines, their inline markup taken off; list items keep their marker (a
 * nested bulleted list another bullet, as for HTML); code blocks are kept as
 * text, as written; HTML blocks are read as HTML (comments and scripts go);
 * thematic breaks, fences and link reference definitions are blank lines.
 */
const markdownLines = (source: string): ReadonlyArray<SourceLine> => {
  const text = source.replace(/\r\n|\r/gu, "\n")
  const raws = text.split("\n")
  const slots: Array<Array<{ text: string; heading?: number }>> = raws.map(() => [])
  /** Its own options, not `marked`'s global defaults (which an application may have changed with `marked.use`). */
  const lexer = new Lexer({ gfm: true, breaks: false, pedantic: false })
  /** A list item's marker, written before its first words. */
  let marker: string | undefined

  const emit = (n: number, words: string, heading?: number): void => {
    const slot = slots[Math.min(Math.max(n, 1), slots.length) - 1]!
    let line = words.trimEnd()
    if (marker !== undefined && line.trim() !== "") {
      line = marker + line.trimStart()
      marker = undefined
    }
    slot.push(heading === undefined ? { text: line } : { text: line, heading })
  }
  /** Inline text over lines from `n`: each line indented as in the source (a list item's continuation stays in the item). */
  const paragraph = (token: Tokens.Paragraph | Tokens.Text, n: number): void => {
    const lines = newlines(token.raw.replace(/\n+$/u, ""))
    let text = inline(token.tokens ?? [])
    // The lexer may change a text's lines (a setext underline inside a list item): then each line is read on its own.
    if (newlines(text) !== lines) text = token.raw.replace(/\n+$/u, "").split("\n").map((line) => inline(lexer.inlineTokens(line)).replace(/\n/gu, " ")).join("\n")
    text
      .split("\n")
      .forEach((line, i) => {
        const indent = /^[ \t]*/u.exec(raws[n + i - 1] ?? "")![0]
        line.split(BREAK).forEach((part, j) => {
          const words = unkeep(leftoverEmphasis(part.replace(/^[ \t]+/u, "")))
          if (words.trim() !== "" || j === 0) emit(n + i, (i === 0 && j === 0 && marker !== undefined ? "" : j === 0 ? indent : "") + words)
        })
      })
  }
  /**
   * The tokens of a container, each at its line: `within` is the container's
   * text (the source, a quote without its `>`, a list item without its
   * marker), line for line as in the source from line `first`. A token is
   * found in it by its text (the lexer trims the end of a list, so counting
   * the lines of the tokens before it would drift).
   */
  const blocks = (tokens: ReadonlyArray<Token>, within: string, first: number, depth: number): void => {
    let offset = 0
    let n = first
    for (const token of tokens as ReadonlyArray<MarkedToken>) {
      const at = within.indexOf(token.raw, offset)
      if (at >= 0) {
        n += newlines(within.slice(offset, at))
        offset = at + token.raw.length
      } else {
        // Not found as written (a task item's checkbox is not in its text): it takes as many lines as it has.
        for (let k = newlines(token.raw); k > 0; k--) {
          const end = within.indexOf("\n", offset)
          offset = end < 0 ? within.length : end + 1
        }
      }
      block(token, n, depth)
      n += newlines(token.raw)
    }
  }
  const block = (token: MarkedToken, n: number, depth: number): void => {
    switch (token.type) {
      case "space":
      case "hr":
      case "checkbox":
        return
      case "heading":
        emit(n, joinLines(inline(token.tokens).split(/\n|\u0000/u)), token.depth)
        return
      case "paragraph":
        paragraph(token, n)
        return
      case "text":
        if (token.tokens === undefined) token.text.split("\n").forEach((line, i) => emit(n + i, line))
        else paragraph(token, n)
        return
      case "list": {
        let offset = 0
        for (const item of token.items) {
          const at = token.raw.indexOf(item.raw, offset)
          if (at >= 0) offset = at
          const number = /^[ \t]*(\d{1,9}[.)])/u.exec(item.raw)?.[1]
          marker = token.ordered && number !== undefined ? `${number} ` : BULLETS[Math.min(depth, BULLETS.length - 1)]!
          // An item's text is its lines without the marker and the indentation: line for line as in the source.
          blocks(item.tokens, item.text, n + newlines(token.raw.slice(0, offset)), depth + 1)
          marker = undefined
          offset += item.raw.length
        }
        return
      }
      case "blockquote":
        blocks(token.tokens, token.text, n, depth)
        return
      case "code": {
        marker = undefined
        const start = token.codeBlockStyle === "indented" ? n : n + 1
        token.text.replace(/\n+$/u, "").split("\n").forEach((line, i) => emit(start + i, line))
        return
      }
      case "html":
        for (const line of htmlLines(token.raw)) emit(n + line.n - 1, line.text, line.heading)
        return
      case "table": {
        marker = undefined
        const cells = (row: ReadonlyArray<Tokens.TableCell>): string => `| ${row.map((cell) => escapePipes(inline(cell.tokens).replace(/[\n\u0000]+/gu, " ").trim())).join(" | ")} |`
        emit(n, cells(token.header))
        emit(n + 1, `|${token.header.map(() => "---").join("|")}|`)
        token.rows.forEach((row, i) => emit(n + 2 + i, cells(row)))
        return
      }
      case "def":
        // A definition is markup; a "definition" whose address is words is a sentence that looks like one.
        if (!isAddress(token.href)) token.raw.split("\n").forEach((line, i) => emit(n + i, line))
        return
      default:
        // Anything else is kept as written: no text is lost.
        token.raw.split("\n").forEach((line, i) => emit(n + i, line))
    }
  }
  blocks(lexer.lex(text), text, 1, 0)
  return slots.flatMap((entries, i) => (entries.length === 0 ? [{ n: i + 1, text: "" }] : entries.map((entry) => ({ n: i + 1, ...entry }))))
}

/**
 * The input as lines, by format.
 *
 * @since 0.3.0
 */
export const sourceLines = (text: string, format: InputFormat): ReadonlyArray<SourceLine> => {
  if (format === "html") return htmlLines(text)
  if (format === "markdown") return markdownLines(text)
  return text.split(/\r\n|\r|\n/u).map((raw, index) => ({ n: index + 1, text: raw.trimEnd() }))
}
