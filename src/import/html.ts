/**
 * A saved HTML page as lines: what a browser would show of the policy, with
 * navigation, scripts, forms and page chrome left out. The page is parsed by
 * `htmlparser2` (a tolerant HTML tokenizer and tree builder: implied end tags,
 * raw-text `<script>`/`<style>`, comments and CDATA, every named character
 * reference); this module only lays the tree out. Headings keep their level,
 * list items become `- ` lines (nested lists another bullet, so that the
 * structure survives), table rows become pipe rows (a `|` inside a cell
 * escaped as `\|`). Each line is numbered by the source line its first
 * character stands on.
 *
 * @since 0.3.0
 */
import { ElementType, parseDocument } from "htmlparser2"
import { positionOfOffset } from "../load/positions.ts"
import type { SourceLine } from "./source.ts"

type Document = ReturnType<typeof parseDocument>
type ChildNode = Document["children"][number]
type Element = Extract<ChildNode, { readonly attribs: Record<string, string> }>
type Text = Extract<ChildNode, { readonly type: ElementType.ElementType.Text }>

const isElement = (node: ChildNode): node is Element => node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style
const isText = (node: ChildNode): node is Text => node.type === ElementType.Text

/** Elements whose whole content is not policy text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "head", "title", "nav", "button", "select", "textarea", "canvas", "object", "video", "audio", "map", "dialog"])
/** Page chrome: skipped outside `<main>` and `<article>`. */
const CHROME = new Set(["header", "footer", "aside"])
/** Never skipped, whatever their class says: they hold the page. */
const CONTAINERS = new Set(["html", "body", "main", "article"])
/** A role that marks navigation and chrome. */
const CHROME_ROLE = /^(?:navigation|banner|contentinfo|search|menu|menubar)$/iu
/** A class or id word that marks navigation and chrome (a whole word: `entry-header` is content). */
const CHROME_WORD = /^(?:g?nav(?:i|igation|bar)?|g?menu|breadcrumbs?|pankuzu|topicpath|sidebar|side-?nav|(?:global|site|page|common|g)[-_]?(?:header|footer|nav|navi|menu)|header|footer|skip-?link|pagetop|page-top|share|sns-?share)$/iu
const isChrome = (element: Element): boolean => {
  const { role, class: className, id } = element.attribs
  return (role !== undefined && role.split(/\s+/u).some((word) => CHROME_ROLE.test(word))) || [className, id].some((value) => value !== undefined && value.split(/\s+/u).some((word) => CHROME_WORD.test(word)))
}
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "address", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption",
  "figure", "figcaption", "hr", "body", "html", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "details", "summary", "form", "fieldset", "legend"
])
/** Blocks after which a blank line stands, as between paragraphs of a text. */
const SEPARATED = new Set(["p", "div", "section", "article", "main", "address", "blockquote", "pre", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "details"])
/** The bullet of a list item, by its depth: another one for each nested list, so that the parse sees the nesting. @since 0.3.0 */
export const BULLETS: ReadonlyArray<string> = ["- ", "・", "• ", "◦ "]
/** A list item's line that holds its bullet and a number or mark only, e.g. `- (1)`, `- 第2条`, `- ①`. */
const LABEL_ONLY = /^(?:- |・|• |◦ )\s*(?:[(（](?:[0-9０-９]{1,3}|[a-zA-Zａ-ｚＡ-Ｚ]|[一二三四五六七八九十]{1,3})[)）]|(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[.．、)）]?|[a-zA-Zａ-ｚＡ-Ｚ][.．)）]|第[0-9０-９一二三四五六七八九十]{1,3}[条項号]|[①-⑳]|[■●◆※])\s*$/u
/** White space as HTML collapses it (not U+3000, which Japanese text lays out as a character). */
const COLLAPSIBLE = /[ \t\r\n\f]+/gu
/** No-break and other fixed-width spaces: a plain space in the lines. */
const SPACES = /[\u00a0\u2002\u2003\u2009]/gu


/** A pipe inside a cell, escaped so that the row still splits into its cells (`parse` reads `\|` back). @since 0.3.0 */
export const escapePipes = (text: string): string => text.replace(/\|/gu, "\\|")


/** Whether an element or one of its descendants is `wanted` (without recursion: a page of unclosed tags nests deep). */
const contains = (element: Element, wanted: (element: Element) => boolean): boolean => {
  const stack: Array<ChildNode> = [...element.children]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue
    if (wanted(node)) return true
    stack.push(...node.children)
  }
  return false
}

/**
 * A `<form>` is a search box or a contact form, not policy text — unless it
 * wraps the page (ASP.NET Web Forms put the whole body in one `<form>`).
 */
const wrapsPage = (form: Element): boolean => contains(form, (e) => e.name === "main" || e.name === "article" || e.name === "h1" || e.name === "h2")

interface Cell {
  readonly text: string
  readonly n: number | undefined
  readonly header: boolean
}

/**
 * The page's text as lines.
 *
 * @since 0.3.0
 */
export const htmlLines = (html: string): ReadonlyArray<SourceLine> => {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true })
  const lineAt = (offset: number): number => positionOfOffset(html, offset).line
  /** The line of a text node's first visible character. */
  const textLine = (node: Text): number => {
    const start = node.startIndex ?? 0
    const raw = html.slice(start, (node.endIndex ?? start) + 1)
    return lineAt(start + /^[ \t\r\n\f]*/u.exec(raw)![0].length)
  }
  const endLine = (element: Element): number => lineAt(element.endIndex ?? element.startIndex ?? 0)
  const skipped = (element: Element, inMain: boolean): boolean =>
    !CONTAINERS.has(element.name) &&
    ((element.name === "form" ? !wrapsPage(element) : SKIPPED.has(element.name)) || (CHROME.has(element.name) && !inMain) || isChrome(element))

  const out: Array<SourceLine> = []
  let buffer = ""
  let bufferLine = 0
  /** A list item's bullet, written before its first words. */
  let bullet: string | undefined
  let heading: number | undefined
  let lists = 0
  let mainDepth = 0
  let pre = 0
  /** A `<dt>` term the next `<dd>` may continue on its line (`制定：2020年9月1日`). */
  let term: SourceLine | undefined
  /** The buffer holds a term the block being entered continues. */
  let continuing = false
  /** Open tables: whether the next row is the first, and whether the rows are in `<thead>`. */
  const tables: Array<{ rows: number; head: number }> = []

  const flush = (): void => {
    const text = buffer.replace(COLLAPSIBLE, " ").trim()
    if (text !== "") out.push(heading === undefined ? { n: bufferLine, text } : { n: bufferLine, text, heading })
    buffer = ""
  }
  const write = (text: string, at: () => number): void => {
    if (text.trim() !== "") continuing = false
    if (buffer.trim() === "" && text.trim() !== "") {
      bufferLine = at()
      if (bullet !== undefined) {
        buffer = bullet
        bullet = undefined
      }
    }
    buffer += text
  }
  const blankAfter = (element: Element): void => {
    if (lists === 0 && out.length > 0 && out[out.length - 1]!.text !== "") out.push({ n: endLine(element), text: "" })
  }

  /** A cell's words on one line: line breaks, paragraphs and nested blocks inside it become spaces. */
  const cellOf = (cell: Element): Cell => {
    let text = ""
    let n: number | undefined
    const stack: Array<ChildNode | " "> = [...cell.children].reverse()
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node === " ") {
        text += " "
      } else if (isText(node)) {
        if (n === undefined && node.data.trim() !== "") n = textLine(node)
        text += node.data
      } else if (isElement(node) && !skipped(node, true)) {
        if (node.name === "br" || BLOCK.has(node.name) || node.name === "td" || node.name === "th") text += " "
        stack.push(" ", ...[...node.children].reverse())
      }
    }
    return { text: escapePipes(text.replace(SPACES, " ").replace(COLLAPSIBLE, " ").trim()), n, header: cell.name === "th" }
  }

  const row = (tr: Element, at: number): void => {
    const cells = tr.children.filter((child): child is Element => isElement(child) && (child.name === "td" || child.name === "th")).map(cellOf)
    const table = tables[tables.length - 1]
    const first = table === undefined || table.rows === 0
    if (table !== undefined) table.rows++
    if (cells.every((cell) => cell.text === "")) return
    flush()
    out.push({ n: cells.find((cell) => cell.n !== undefined)?.n ?? at, text: `| ${cells.map((cell) => cell.text).join(" | ")} |` })
    // A header row: the rows of `<thead>`, or a first row of `<th>` only (a `<th>` that heads a row is not one).
    if ((table !== undefined && table.head > 0) || (first && cells.every((cell) => cell.header))) out.push({ n: cells[0]!.n ?? at, text: `|${cells.map(() => "---").join("|")}|` })
  }

  // The tree walked without recursion (a page of unclosed tags nests deep): a function on the stack runs when an element closes.
  const stack: Array<ChildNode | (() => void)> = [...document.children].reverse()
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === "function") {
      item()
      continue
    }
    if (isText(item)) {
      const data = item.data.replace(SPACES, " ")
      if (pre > 0) {
        const first = textLine(item)
        const start = lineAt(item.startIndex ?? 0)
        data.split("\n").forEach((part, i) => {
          if (i > 0) flush()
          write(part, () => (i === 0 ? first : start + i))
        })
      } else {
        write(data, () => textLine(item))
      }
      continue
    }
    if (!isElement(item)) continue
    const element = item
    const name = element.name
    if (skipped(element, mainDepth > 0)) continue
    const at = lineAt(element.startIndex ?? 0)
    const exits: Array<() => void> = []

    if (name === "br") {
      flush()
      continue
    }
    if (name === "tr") {
      row(element, at)
      continue
    }
    if (name === "main" || name === "article") {
      mainDepth++
      exits.push(() => mainDepth--)
    }
    if (BLOCK.has(name)) {
      // `<li><span>(1)</span><div>text</div></li>`: a label set beside its block (by CSS) starts the item's line.
      if (continuing) buffer += /[:：]$/u.test(buffer) ? "" : " "
      else if (LABEL_ONLY.test(buffer)) buffer += " "
      else flush()
      exits.push(flush)
    }
    // A term ends with a colon, so that it reads as a label and not as a section's title; a short
    // definition (no list, table or second paragraph) continues the term's line.
    if (name === "dt") {
      exits.push(() => {
        const last = out[out.length - 1]
        term = last !== undefined && last.n >= at ? { ...last, text: /[:：]$/u.test(last.text) ? last.text : `${last.text}：` } : undefined
        if (term !== undefined) out[out.length - 1] = term
      })
    }
    if (name === "dd" && term !== undefined && out[out.length - 1] === term && !contains(element, (e) => ["ul", "ol", "table", "dl", "pre"].includes(e.name)) && element.children.filter((c) => isElement(c) && c.name === "p").length <= 1) {
      out.pop()
      buffer = term.text
      bufferLine = term.n
      continuing = true
    }
    if (name === "dd") term = undefined
    if (name === "pre") {
      pre++
      exits.push(() => pre--)
    }
    if (name === "table") {
      tables.push({ rows: 0, head: 0 })
      exits.push(() => tables.pop())
    }
    if (name === "thead" && tables.length > 0) {
      const table = tables[tables.length - 1]!
      table.head++
      exits.push(() => table.head--)
    }
    const level = /^h([1-6])$/u.exec(name)
    if (level !== null) {
      const outer = heading
      heading = Number(level[1])
      bullet = undefined
      exits.push(() => (heading = outer))
    }
    if (name === "ul" || name === "ol") {
      lists++
      exits.push(() => lists--)
    }
    if (name === "li") {
      bullet = BULLETS[Math.min(Math.max(0, lists - 1), BULLETS.length - 1)]!
      exits.push(() => (bullet = undefined))
    }
    if (SEPARATED.has(name)) exits.push(() => blankAfter(element))
    stack.push(() => exits.forEach((exit) => exit()), ...[...element.children].reverse())
  }
  flush()
  return out
}
