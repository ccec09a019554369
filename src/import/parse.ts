/**
 * Segmentation: the lines of a policy as a tree of headings, numbered items,
 * paragraphs and tables, the way Japanese policies number them — 第N条,
 * N., N.N, N-N, (N), （N）, N), ①, 一、, (一), 【…】, ■ ◆ ● and the other
 * symbols, ・, ※, Markdown bullets and `#` headings — with pipe tables,
 * tables whose cells stand one per line (`cell |`), tab-separated rows and
 * tables laid out with spaces (a header line, then rows numbered `1 …`).
 *
 * Nesting follows the numbering itself, as a reader does: a marker of a kind
 * already open is a sibling of it (or, when it restarts at 1, a list nested
 * in the current item); a kind not yet open is a child. Every node keeps the
 * source lines it was made of.
 *
 * @since 0.3.0
 */
import type { SourceLine } from "./source.ts"
import { tidy } from "./text.ts"

/** @since 0.3.0 */
export interface Marker {
  /** `article`, `decimal`, `dotted`, `paren`, `circled`, `kanji`, `bracket`, `symbol-■`, `dot`, `dash`, `note`, `h2` … */
  readonly kind: string
  readonly value: number
  /** The marker as written, e.g. `第3条`, `(2)`, `①`. */
  readonly raw: string
}

/** One line of a node, as written (trimmed) and numbered. @since 0.3.0 */
export interface Part {
  readonly n: number
  readonly text: string
}

/** A table cell: its text and the lines it spans (a cell may continue on later lines). @since 0.3.0 */
export interface Cell {
  readonly text: string
  readonly parts: ReadonlyArray<Part>
}

/** @since 0.3.0 */
export interface TableRow {
  readonly cells: ReadonlyArray<Cell>
}

/** @since 0.3.0 */
export interface Table {
  readonly header: ReadonlyArray<string> | undefined
  readonly rows: ReadonlyArray<TableRow>
}

/** @since 0.3.0 */
export type NodeType = "root" | "title" | "heading" | "item" | "para" | "table"

/** @since 0.3.0 */
export interface Node {
  type: NodeType
  readonly marker: Marker | undefined
  /** The node's own text, tidied: a heading's title, an item's or a paragraph's words (without the marker). */
  text: string
  /** English given beside a heading in a bilingual policy. */
  en: string | undefined
  /** The source lines of the node itself (not its children), as written. */
  readonly parts: Array<Part>
  readonly children: Array<Node>
  parent: Node | undefined
  table: Table | undefined
}

const node = (type: NodeType, marker: Marker | undefined, text: string, parts: Array<Part>): Node => ({
  type,
  marker,
  text,
  en: undefined,
  parts,
  children: [],
  parent: undefined,
  table: undefined
})

const KANJI_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 一 … 九十九 as a number. @since 0.3.0 */
export const kanjiNumber = (text: string): number => {
  if (text === "十") return 10
  const tens = text.indexOf("十")
  if (tens < 0) return KANJI_DIGITS[text] ?? 0
  const high = tens === 0 ? 1 : (KANJI_DIGITS[text.slice(0, tens)] ?? 0)
  const low = KANJI_DIGITS[text.slice(tens + 1)] ?? 0
  return high * 10 + low
}

const number = (text: string): number => {
  const ascii = text.normalize("NFKC")
  return /^[0-9]+$/u.test(ascii) ? Number(ascii) : kanjiNumber(text)
}

const circledValue = (c: string): number => {
  const code = c.codePointAt(0)!
  return code >= 0x3251 ? code - 0x3251 + 21 : code - 0x2460 + 1
}

/** Marker patterns, tried in order on a line without its leading white space and Markdown bullet. */
const MARKERS: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: (m: RegExpExecArray) => string; readonly value: (m: RegExpExecArray) => number }> = [
  { pattern: /^第\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*条(?:[\s\u3000]+|(?=[^のにでをはが]))/u, kind: () => "article", value: (m) => number(m[1]!) },
  { pattern: /^([0-9０-９]{1,2})[.．]([0-9０-９]{1,2})(?:[.．]([0-9０-９]{1,2}))?[.．]?(?![0-9０-９.．])[\s\u3000]*/u, kind: (m) => (m[3] === undefined ? "dotted" : "dotted3"), value: (m) => number(m[m[3] === undefined ? 2 : 3]!) },
  { pattern: /^([0-9０-９]{1,2})[-－]([0-9０-９]{1,2})[\s\u3000]+/u, kind: () => "dotted", value: (m) => number(m[2]!) },
  { pattern: /^([0-9０-９]{1,2})[.．](?![0-9０-９])[\s\u3000]*/u, kind: () => "decimal", value: (m) => number(m[1]!) },
  { pattern: /^([0-9０-９]{1,2})[、](?![0-9０-９])[\s\u3000]*/u, kind: () => "decimal", value: (m) => number(m[1]!) },
  { pattern: /^([0-9０-９]{1,2})[)）][\s\u3000]*/u, kind: () => "paren-close", value: (m) => number(m[1]!) },
  { pattern: /^[(（]([0-9０-９]{1,2})[)）][\s\u3000]*/u, kind: () => "paren", value: (m) => number(m[1]!) },
  { pattern: /^([\u2460-\u2473\u3251-\u325f])[\s\u3000]*/u, kind: () => "circled", value: (m) => circledValue(m[1]!) },
  { pattern: /^([一二三四五六七八九十]{1,3})[、．.][\s\u3000]*/u, kind: () => "kanji", value: (m) => kanjiNumber(m[1]!) },
  { pattern: /^[(（]([一二三四五六七八九十]{1,3})[)）][\s\u3000]*/u, kind: () => "kanji-paren", value: (m) => kanjiNumber(m[1]!) },
  { pattern: /^[(（]([a-zａ-ｚ])[)）][\s\u3000]*/u, kind: () => "alpha-paren", value: (m) => m[1]!.normalize("NFKC").charCodeAt(0) - 96 },
  { pattern: /^[■□◆◇●○▼▽▶►★☆◎◯▲△][\s\u3000]*/u, kind: (m) => `symbol-${m[0].trim()}`, value: () => 0 },
  // Three kinds of bullet, so that a list nested in a list of another bullet nests (HTML and Markdown lists are laid out `- `, `・`, `• `, `◦ ` by depth).
  { pattern: /^[・･][\s\u3000]*/u, kind: () => "dot", value: () => 0 },
  { pattern: /^[•‣∙][\s\u3000]*/u, kind: () => "bullet", value: () => 0 },
  { pattern: /^◦[\s\u3000]*/u, kind: () => "hollow-bullet", value: () => 0 },
  { pattern: /^※[\s\u3000]*/u, kind: () => "note", value: () => 0 }
]

/** Kinds that make a list rather than a section: a heading or a paragraph after a blank line closes them. */
const LIST_KINDS = new Set(["paren", "paren-close", "circled", "kanji-paren", "alpha-paren", "dot", "bullet", "hollow-bullet", "dash"])
/** Kinds that head a section when their text is a title (short, no sentence). */
const SECTION_KINDS = new Set(["article", "decimal", "dotted", "dotted3", "kanji"])
const isListKind = (kind: string | undefined): boolean => kind !== undefined && LIST_KINDS.has(kind)

/** A title: short, no sentence end, no contact data. */
// A field (`担当：総務部「苦情相談窓口」`, a term and its definition on one line) is not a title either, nor a
// sentence that lacks its 。 (a title does not end in a polite verb: …いただきます, …ください).
const titleLike = (text: string): boolean =>
  text !== "" && text.length <= 40 && !/[。]/u.test(text) && !/[、,:：]$/u.test(text) && !/^[^:：]{1,15}[:：][\s\u3000]*\S/u.test(text) &&
  !/(?:ます|ません|です|でした|ました|ください|下さい)[)）」]?$/u.test(text) && !/〒|@|https?:|[0-9０-９]{2,}[-－][0-9０-９]{2,}|[0-9０-９]{4}年|平成|令和/u.test(text)

interface Classified {
  readonly marker: Marker | undefined
  readonly body: string
  readonly bullet: boolean
  readonly indent: number
}

/** The marker of a line, if any, and its text after the marker. @since 0.3.0 */
export const lineMarker = (raw: string): Classified => {
  const indent = /^[\s\u3000]*/u.exec(raw)![0].length
  let text = raw.slice(indent)
  let bullet = false
  const md = /^[-*+][\s\u3000]+/u.exec(text)
  if (md !== null) {
    bullet = true
    text = text.slice(md[0].length)
  }
  for (const { pattern, kind, value } of MARKERS) {
    const m = pattern.exec(text)
    if (m !== null) return { marker: { kind: kind(m), value: value(m), raw: m[0].trim() }, body: text.slice(m[0].length), bullet, indent }
  }
  if (bullet) return { marker: { kind: "dash", value: 0, raw: md![0].trim() }, body: text, bullet, indent }
  return { marker: undefined, body: text, bullet, indent }
}

// ----- tables -----

/** The cells of a pipe row; a pipe escaped as `\|` (Markdown, or a cell of an HTML table) is part of its cell. */
const splitPipes = (text: string): ReadonlyArray<string> => {
  const inner = text.trim().replace(/^\|/u, "").replace(/(?<!\\)\|$/u, "")
  return inner.split(/(?<!\\)\|/u).map((cell) => cell.replace(/\\\|/gu, "|").trim())
}
const isSeparatorRow = (text: string): boolean => /^\|?[\s:|-]+\|?$/u.test(text.trim()) && text.includes("-")
const isPipeRow = (text: string): boolean => /^\s*\|.*\|\s*$/u.test(text) && text.trim().length > 2
/** A cell of a table whose cells stand one per line, each ending with ` |`. */
const isCellLine = (text: string): boolean => {
  const trimmed = text.trim()
  return trimmed.length > 2 && trimmed.endsWith("|") && !trimmed.startsWith("|") && /\s/u.test(trimmed[trimmed.length - 2]!)
}
const isTabRow = (text: string): boolean => /\S\t+\S/u.test(text)

/** Words that name the columns of a table (a header cell). */
const COLUMN_LABEL =
  /^(?:(?:(?:個人)?情報|データ)の)?(?:種類|種別|区分|項目|名称|対象|内容)$|^(?:個人情報の)?(?:保存|保管|利用|取得|削除|廃棄|提供|収集)?(?:期間|方法|目的|期限|範囲|の?方法)$|^(?:具体例|例|備考|提供先|委託先|利用者|事項|窓口|連絡先|開示区分|取得する(?:個人)?情報|取得元|情報)$/u

const cellOf = (parts: ReadonlyArray<Part>): Cell => ({ text: tidy(parts.map((p) => p.text).join(" ")), parts })

interface TableScan {
  readonly table: Table
  readonly parts: ReadonlyArray<Part>
  readonly next: number
}

/** A table starting at `i`, if one does. */
const scanTable = (lines: ReadonlyArray<SourceLine>, i: number): TableScan | undefined => {
  const first = lines[i]!.text
  if (isPipeRow(first)) {
    const parts: Array<Part> = []
    const rows: Array<TableRow> = []
    let header: ReadonlyArray<string> | undefined
    let j = i
    for (; j < lines.length && isPipeRow(lines[j]!.text); j++) {
      const line = lines[j]!
      parts.push({ n: line.n, text: line.text.trim() })
      if (isSeparatorRow(line.text)) {
        if (rows.length === 1 && header === undefined) header = rows.pop()!.cells.map((c) => c.text)
        continue
      }
      rows.push({ cells: splitPipes(line.text).map((text) => cellOf([{ n: line.n, text }])) })
    }
    return { table: { header, rows }, parts, next: j }
  }
  if (isCellLine(first)) {
    let j = i
    const cells: Array<Part> = []
    for (; j < lines.length && isCellLine(lines[j]!.text); j++) cells.push({ n: lines[j]!.n, text: lines[j]!.text.replace(/\s*\|\s*$/u, "").trim() })
    if (cells.length < 4) return undefined
    let labels = 0
    while (labels < cells.length && COLUMN_LABEL.test(cells[labels]!.text)) labels++
    let columns = 0
    for (let c = Math.min(labels, 8); c >= 2; c--) {
      if (cells.length % c === 0) {
        columns = c
        break
      }
    }
    if (columns === 0) return undefined
    const rows: Array<TableRow> = []
    for (let r = 0; r < cells.length; r += columns) rows.push({ cells: cells.slice(r, r + columns).map((part) => cellOf([part])) })
    const header = rows.shift()!.cells.map((c) => c.text)
    return { table: { header, rows }, parts: cells.map((c) => ({ n: c.n, text: `${c.text} |` })), next: j }
  }
  if (isTabRow(first)) {
    let j = i
    const parts: Array<Part> = []
    const rows: Array<TableRow> = []
    for (; j < lines.length && isTabRow(lines[j]!.text); j++) {
      const line = lines[j]!
      parts.push({ n: line.n, text: line.text.trim() })
      rows.push({ cells: line.text.split(/\t+/u).map((text) => cellOf([{ n: line.n, text: text.trim() }])) })
    }
    if (rows.length < 2) return undefined
    const header = rows[0]!.cells.every((c) => COLUMN_LABEL.test(c.text)) ? rows.shift()!.cells.map((c) => c.text) : undefined
    return { table: { header, rows }, parts, next: j }
  }
  return scanSpaceTable(lines, i)
}

const ROW_START = /^([0-9０-９]{1,2})[\s\u3000]+(\S.*)$/u

/** A table laid out with spaces: a header of column labels, then rows numbered `1 …`, cells split at white space. */
const scanSpaceTable = (lines: ReadonlyArray<SourceLine>, i: number): TableScan | undefined => {
  const labels = lines[i]!.text.trim().split(/[\s\u3000]+/u)
  if (labels.length < 2 || labels.length > 6 || !labels.every((label) => COLUMN_LABEL.test(label))) return undefined
  let j = i + 1
  while (j < lines.length && lines[j]!.text.trim() === "") j++
  if (j >= lines.length || ROW_START.exec(lines[j]!.text.trim())?.[1] !== "1") return undefined
  const parts: Array<Part> = [{ n: lines[i]!.n, text: lines[i]!.text.trim() }]
  const rows: Array<Array<Array<Part>>> = []
  let expected = 1
  for (; j < lines.length; j++) {
    const text = lines[j]!.text.trim()
    if (text === "") continue
    const start = ROW_START.exec(text)
    if (start !== null && number(start[1]!) === expected) {
      expected++
      // The row number is a column of its own when the header names it (項目 over `1 …` in seed 003 is the row's label column).
      const cells = start[2]!.split(/[\s\u3000]+/u)
      const fixed = cells.slice(0, labels.length - 1).map((text) => [{ n: lines[j]!.n, text }])
      const rest = cells.slice(labels.length - 1).join(" ")
      rows.push(rest === "" ? fixed : [...fixed, [{ n: lines[j]!.n, text: rest }]])
      parts.push({ n: lines[j]!.n, text })
      continue
    }
    const marker = lineMarker(text).marker
    if (marker !== undefined && !isListKind(marker.kind) && marker.kind !== "note") break
    if (marker === undefined && titleLike(text) && !/[、，]/u.test(text)) break
    const row = rows[rows.length - 1]!
    const last = row[row.length - 1]!
    last.push({ n: lines[j]!.n, text })
    parts.push({ n: lines[j]!.n, text })
  }
  if (rows.length === 0) return undefined
  return { table: { header: labels, rows: rows.map((cells) => ({ cells: cells.map(cellOf) })) }, parts, next: j }
}

// ----- the tree -----

/** Does a paragraph line continue the previous node's sentence (a line broken in the middle)? */
const continues = (previous: string, next: string, indented: boolean): boolean => {
  // The last character only (a regex anchored at the end would scan a long paragraph whole, line after line).
  const last = previous.slice(-1)
  if ("。：:」）)".includes(last)) return false
  if (/^[のをにはがとでもへやかより、。]/u.test(next)) return true
  return indented || last === "、" || last === "，"
}

/** A node's last line, as written: what the next line is read against (reading the whole text of a long paragraph line after line would be quadratic). */
const lastLine = (n: Node): string => stripLineMarker(n.parts[n.parts.length - 1]?.text ?? n.text)
const stripLineMarker = (text: string): string => tidy(lineMarker(text).body)

/** Joins lines of one text: no space between Japanese characters, one space otherwise. */
const joinText = (a: string, b: string, tail: string): string => {
  if (a === "") return b
  const head = b[0] ?? ""
  const cjk = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/u
  // Both sides are tidy already: only the junction is new (re-tidying the whole would be quadratic in a long paragraph).
  return cjk.test(tail) || cjk.test(head) ? a + b : `${a} ${b}`
}

/** Whether `node` is a heading of some kind (the tree's sections). @since 0.3.0 */
export const isHeading = (n: Node): boolean => n.type === "heading" || n.type === "title"

/** Options of the parse. @since 0.3.0 */
export interface ParseOptions {
  /** Whether an unmarked short line names a section (it speaks of a concept): the classifier's view. */
  readonly namesSection: (text: string) => boolean
  /** Whether a line reads as the title of a whole policy (…方針, …ポリシー, …の取扱いについて). */
  readonly isPolicyTitle: (text: string) => boolean
}

/** A sentence that announces a list of cases (a list numbered 1. after it is a list, not sections). */
const CASES = /(?:以下|次|下記)の(?:各号|場合|いずれか|事項)|除き|[:：]$/u

/** A sentence that announces a list. */
const INTRO = /(?:以下|次|下記)の|各号|とおり|[:：]$|除きます。?$/u

const ENGLISH = /^[A-Za-z0-9"“‘(][\x20-\x7E’“”‘–—]*$/u

/**
 * The tree of a policy's lines.
 *
 * @since 0.3.0
 */
export const parse = (lines: ReadonlyArray<SourceLine>, options: ParseOptions): Node => {
  const root = node("root", undefined, "", [])
  const stack: Array<Node> = [root]
  const top = (): Node => stack[stack.length - 1]!
  const attach = (child: Node, parent: Node): void => {
    child.parent = parent
    parent.children.push(child)
  }
  let lastLeaf: Node | undefined
  let blank = true
  let sawContent = false

  /** Pops list items off the stack (and ※ notes, for a heading: a heading stands in a section, not in a list). */
  const closeLists = (heading = false): void => {
    const nested = (n: Node): boolean => n.parent?.type === "item" || n.parent?.type === "para"
    while (stack.length > 1 && (top().type === "para" || (top().type === "item" && (isListKind(top().marker?.kind) || (heading && (top().marker?.kind === "note" || nested(top()))))))) stack.pop()
  }
  const popTo = (index: number): void => {
    stack.length = index
  }
  /** The nearest open node of `kind`, not searching past a title or a Markdown heading of a higher level. */
  const openIndex = (kind: string): number => {
    for (let k = stack.length - 1; k > 0; k--) {
      const n = stack[k]!
      if (n.marker?.kind === kind) return k
      if (n.type === "title") return -1
    }
    return -1
  }

  const placeMarked = (n: Node): void => {
    const kind = n.marker!.kind
    const md = /^h([1-6])$/u.exec(kind)
    if (md !== null) {
      const level = Number(md[1])
      while (stack.length > 1 && top().type !== "title" && !(/^h[1-6]$/u.test(top().marker?.kind ?? "") && Number(top().marker!.kind[1]) < level)) stack.pop()
      attach(n, top())
      stack.push(n)
      return
    }
    const open = openIndex(kind)
    if (open > 0) {
      const sibling = stack[open]!
      const restart = n.marker!.value === 1 && sibling.marker!.value >= 1 && !LIST_KINDS.has(kind) && sibling.marker!.value !== 0
      if (!restart || isHeading(n)) {
        popTo(open)
        attach(n, top())
        stack.push(n)
        return
      }
    } else if (kind === "dotted" || kind === "dotted3") {
      const head = Number(n.marker!.raw.normalize("NFKC").split(/[.\-]/u)[0])
      const owner = stack.findIndex((s) => s.marker?.kind === "decimal" && s.marker.value === head)
      if (owner > 0) popTo(owner + 1)
    }
    if (isHeading(n)) closeLists(true)
    attach(n, top())
    stack.push(n)
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const raw = line.text
    if (raw.trim() === "") {
      blank = true
      continue
    }
    const table = scanTable(lines, i)
    if (table !== undefined) {
      closeLists()
      // A table's text is its rows, cells joined by ` | `: what a builder that does not read tables keeps.
      const rows = [...(table.table.header === undefined ? [] : [table.table.header]), ...table.table.rows.map((row) => row.cells.map((cell) => cell.text))]
      const t = node("table", undefined, rows.map((cells) => cells.join(" | ")).join("\n"), [...table.parts])
      t.table = table.table
      attach(t, top())
      lastLeaf = t
      i = table.next - 1
      blank = false
      sawContent = true
      continue
    }
    const { marker, body, indent } = lineMarker(raw)
    // 「第1条（利用目的）」: the title in brackets after the number.
    const text = marker !== undefined && SECTION_KINDS.has(marker.kind) ? tidy(body).replace(/^[(（]([^()（）]+)[)）]$/u, "$1") : tidy(body)
    const part: Part = { n: line.n, text: raw.trim() }

    // English beside the Japanese in a bilingual policy: `プライバシーポリシー` / `Privacy policy`, a paragraph and its translation.
    const english = ENGLISH.test(text) && /[a-z]/iu.test(text) && (isHeading(lastLeaf ?? root) || lastLeaf?.type === "item" || /\s\S+\s/u.test(text))
    if (marker === undefined && lastLeaf !== undefined && lastLeaf.type !== "table" && lastLeaf.en === undefined && english && /[\u3040-\u30ff\u4e00-\u9fff]/u.test(lastLine(lastLeaf)) && (!blank || !isHeading(lastLeaf))) {
      lastLeaf.en = text
      lastLeaf.parts.push(part)
      continue
    }

    if (line.heading !== undefined) {
      const n = node("heading", { kind: `h${line.heading}`, value: 0, raw: "#".repeat(line.heading) }, text, [part])
      if (!sawContent && options.isPolicyTitle(text)) {
        const title = node("title", undefined, text, [part])
        attach(title, root)
        stack.length = 1
        stack.push(title)
        lastLeaf = title
      } else {
        placeMarked(n)
        lastLeaf = n
      }
      blank = false
      sawContent = true
      continue
    }

    // The policy's title: its first line, or a later line that names a part of the policy.
    const headingText = marker === undefined || marker.kind.startsWith("symbol") ? text : undefined
    if (headingText !== undefined && titleLike(headingText) && ((!sawContent && (blank || i === 0)) || (options.isPolicyTitle(headingText) && blank && !options.namesSection(headingText)))) {
      const title = node("title", marker, headingText, [part])
      attach(title, root)
      stack.length = 1
      stack.push(title)
      lastLeaf = title
      blank = false
      sawContent = true
      continue
    }
    sawContent = true

    if (marker !== undefined) {
      const kind = marker.kind
      // A paragraph that announces a list (以下の…, 次の各号…, ending in a colon) owns the list after it (a list `1.` too).
      const announced = lastLeaf?.type === "para" && lastLeaf.parent === top() && INTRO.test(lastLeaf.text)
      const startsList = isListKind(kind) || (kind === "decimal" && marker.value === 1 && CASES.test(lastLeaf?.text ?? ""))
      if (startsList && announced && (openIndex(kind) < 0 || kind === "decimal")) stack.push(lastLeaf!)
      const open = openIndex(kind)
      const inList = (startsList && announced) || (open > 0 && stack[open]!.type === "item")
      const bracket = kind === "article" ? undefined : /^【([^】]+)】(.*)$/u.exec(text)
      let n: Node
      if (/^【([^】]+)】$/u.test(text) && marker.kind === "dash") {
        n = node("heading", { kind: "bracket", value: 0, raw: "【】" }, text.slice(1, -1), [part])
      } else if (
        (SECTION_KINDS.has(kind) || kind.startsWith("symbol")) &&
        titleLike(text) &&
        !inList &&
        !/(?:場合|とき|こと|ため)$/u.test(text) &&
        !(kind === "decimal" && lastLeaf?.type === "item" && lastLeaf.marker?.kind === "decimal" && !titleLike(lastLeaf.text))
      ) {
        n = node("heading", marker, text, [part])
      } else if (bracket !== undefined && bracket !== null && bracket[2]!.trim() === "") {
        n = node("heading", { kind: "bracket", value: 0, raw: "【】" }, bracket[1]!, [part])
      } else {
        n = node("item", marker, text, [part])
      }
      placeMarked(n)
      lastLeaf = n
      blank = false
      continue
    }

    const bracket = /^【([^】]+)】$/u.exec(text)
    const parenTitle = /^[(（]([^()（）]{2,24})[)）]$/u.exec(text)
    if (bracket !== null || parenTitle !== null || (blank && titleLike(text) && options.namesSection(text) && !/[、，]$/u.test(text))) {
      const kind = bracket !== null ? "bracket" : parenTitle !== null ? "paren-title" : "plain"
      const n = node("heading", { kind, value: 0, raw: bracket !== null ? "【】" : parenTitle !== null ? "()" : "" }, bracket?.[1] ?? parenTitle?.[1] ?? text, [part])
      placeMarked(n)
      lastLeaf = n
      blank = false
      continue
    }

    // A paragraph line: it continues the previous text, joins the paragraph above, or starts one.
    const broken = /^[のをにはがとでもへやか]/u.test(text) && lastLeaf !== undefined && lastLeaf.type !== "title" && lastLeaf.type !== "table" && !"。：:".includes(lastLine(lastLeaf).slice(-1))
    if (lastLeaf !== undefined && lastLeaf.type !== "table" && lastLeaf.parts.length > 0 && ((!isHeading(lastLeaf) && continues(lastLine(lastLeaf), text, indent > 0) && !blank) || broken)) {
      // A heading whose line was broken mid-sentence (…十分な保護 / の水準を確保します。) was an item all along.
      if (lastLeaf.type === "heading" && lastLeaf.marker !== undefined) lastLeaf.type = "item"
      lastLeaf.text = joinText(lastLeaf.text, text, lastLine(lastLeaf).slice(-1))
      lastLeaf.parts.push(part)
      blank = false
      continue
    }
    if (!blank && lastLeaf?.type === "para") {
      lastLeaf.text = joinText(lastLeaf.text, text, lastLine(lastLeaf).slice(-1))
      lastLeaf.parts.push(part)
      continue
    }
    if (blank) closeLists()
    const p = node("para", undefined, text, [part])
    attach(p, blank || lastLeaf === undefined || lastLeaf.type === "table" ? top() : lastLeaf.type === "item" ? lastLeaf : top())
    lastLeaf = p
    blank = false
  }
  return root
}

/** Every node of the tree below `n`, in document order. @since 0.3.0 */
export const descendants = (n: Node): ReadonlyArray<Node> => n.children.flatMap((child) => [child, ...descendants(child)])

/** Every source line of a node and its subtree, in order. @since 0.3.0 */
export const linesOf = (n: Node): ReadonlyArray<Part> => [...n.parts, ...n.children.flatMap(linesOf)].sort((a, b) => a.n - b.n)
