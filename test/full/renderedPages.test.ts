/**
 * Every committed HTML page (examples/rendered/*.html, whatever its language)
 * in a real browser — Debian's Chromium through playwright-core, launched once
 * for the file — at 1280 px (desktop) and 390 px (phone):
 *
 * - the page never scrolls sideways (`scrollWidth > clientWidth` of the
 *   scrolling element); the failure names the elements and texts that stick
 *   out. A table may scroll inside its own `.table-wrap` on the phone, but not
 *   at 1280 px, where a box showing less than its content (a table cut off
 *   on the right until scrolled) fails too;
 * - no console error (a CSP violation is one), no uncaught page error, no
 *   request other than `file:` and `data:` (each is blocked and reported; host
 *   names resolve to nothing either);
 * - Japanese text is drawn with a CJK font: for each way the page styles
 *   Japanese text (font list, weight, style, language), Chromium's own account
 *   of the platform fonts that drew every distinct Japanese character of the
 *   page in that style (`CSS.getPlatformFontsForNode`) must be one glyph of a
 *   CJK font per character, so a missing font (tofu, or a Latin fallback) fails.
 *
 * Nothing downloads a browser: without Chromium every test fails and says what
 * to install. `CHROMIUM_PATH` names another binary; `APPI_RENDERED_PAGES` names
 * another directory of pages (to try the checks on a broken page).
 */
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium, type Browser, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..")
const dir = process.env["APPI_RENDERED_PAGES"] ?? join(root, "examples", "rendered")
const pages = readdirSync(dir)
  .filter((name) => name.endsWith(".html"))
  .sort()

const WIDTHS = [1280, 390] as const
const HEIGHT = { 1280: 900, 390: 844 } as const

const INSTALL = "apt-get update && apt-get install -y chromium fonts-noto-cjk"

/** The browser: `CHROMIUM_PATH` if set, else the first of the usual places of Debian's, Ubuntu's and Google's builds. */
const findChromium = (): string => {
  const named = process.env["CHROMIUM_PATH"]
  if (named !== undefined && named !== "") {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH names ${named}, which does not exist. Install Chromium and a Japanese font: ${INSTALL}`)
    return named
  }
  const candidates = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/lib/chromium/chromium",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome"
  ]
  const found = candidates.find((path) => existsSync(path))
  if (found === undefined) {
    throw new Error(`Chromium not found (looked at ${candidates.join(", ")}). These tests need it and a Japanese font: ${INSTALL} (or set CHROMIUM_PATH)`)
  }
  return found
}

/** Family names of fonts that cover Japanese (Noto/Source Han, the macOS and Windows ones, the older free ones). */
const CJK_FONT =
  /CJK|Source Han|Noto (?:Sans|Serif) (?:JP|Japanese)|Hiragino|Yu ?Gothic|Yu ?Mincho|Meiryo|MS P?Gothic|MS P?Mincho|BIZ UD|IPA|Takao|VL Gothic|Droid Sans (?:Fallback|Japanese)|WenQuanYi|Sazanami|Kochi|M\+/iu

// --- the page's globals, as far as the functions run in the page use them (the project's `lib` has no DOM, on purpose)

interface Box {
  readonly left: number
  readonly right: number
  readonly width: number
}
interface PageNode {
  readonly nodeType: number
  readonly parentElement: PageElement | null
  textContent: string | null
}
interface PageElement extends PageNode {
  readonly localName: string
  readonly id: string
  readonly classList: Iterable<string>
  readonly childNodes: Iterable<PageNode>
  readonly scrollWidth: number
  readonly clientWidth: number
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  closest(selector: string): PageElement | null
  querySelectorAll(selector: string): Iterable<PageElement>
  getBoundingClientRect(): Box
  getClientRects(): { readonly length: number }
  append(node: PageNode): void
}
declare const document: {
  readonly scrollingElement: PageElement | null
  readonly body: PageElement
  readonly fonts: { readonly ready: Promise<unknown> }
  createElement(name: string): PageElement
  createTreeWalker(root: PageNode, show: number): { nextNode(): PageNode | null }
  createRange(): { selectNodeContents(node: PageNode): void; getBoundingClientRect(): Box }
}
declare const getComputedStyle: (element: PageElement) => {
  readonly overflowX: string
  readonly fontFamily: string
  readonly fontWeight: string
  readonly fontStyle: string
}
declare const NodeFilter: { readonly SHOW_TEXT: number }
declare const Node: { readonly TEXT_NODE: number }

let browser: Browser | undefined
let page: Page
/** What the page being checked did wrong so far: console and page errors, requests. */
let problems: Array<string> = []

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findChromium(),
    // No host name resolves: a request that got past the route below would still go nowhere.
    args: ["--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking", "--disable-component-update"]
  })
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] }, deviceScaleFactor: 1, reducedMotion: "reduce", serviceWorkers: "block" })
  page = await context.newPage()
  await page.route("**/*", (route) => {
    const url = route.request().url()
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue()
    problems.push(`blocked a request to ${url}`)
    return route.abort("blockedbyclient")
  })
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`)
  })
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
})

afterAll(async () => {
  await browser?.close()
})

/**
 * What sticks out to the right (or left) of the viewport, outside any scrolling or clipping box; with
 * `boxes`, also every box whose content is wider than the box (a table cut off until scrolled).
 */
const overflow = (page: Page, boxes: boolean): Promise<ReadonlyArray<string>> =>
  page.evaluate((boxes) => {
    const scroller = document.scrollingElement!
    const width = scroller.clientWidth
    const clipped = (element: PageElement): boolean => {
      for (let parent = element.parentElement; parent !== null && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true
      }
      return false
    }
    const sticksOut = (rect: Box): boolean => rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5)
    const path = (element: PageElement): string => {
      const parts: Array<string> = []
      for (let node: PageElement | null = element; node !== null && node !== document.body; node = node.parentElement) {
        const lang = node.getAttribute("lang")
        parts.unshift(
          `${node.localName}${node.id === "" ? "" : `#${node.id}`}${[...node.classList].map((name) => `.${name}`).join("")}${lang === null ? "" : `[lang=${lang}]`}`
        )
      }
      return parts.join(" > ")
    }
    const excerpt = (text: string): string => {
      const flat = text.replace(/\s+/gu, " ").trim()
      return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat
    }
    const cut = boxes
      ? [...document.body.querySelectorAll("*")]
          .filter((element) => getComputedStyle(element).overflowX !== "visible" && element.scrollWidth > element.clientWidth + 1)
          .map((element) => `${path(element)} shows ${element.clientWidth} px of its ${element.scrollWidth} px wide content: "${excerpt(element.textContent ?? "")}"`)
      : []
    if (scroller.scrollWidth <= width) return cut
    const found: Array<string> = []
    // Elements whose box sticks out, outermost only (a table, not each of its cells)...
    const out = new Set([...document.body.querySelectorAll("*")].filter((element) => !clipped(element) && sticksOut(element.getBoundingClientRect())))
    for (const element of out) {
      if (element.parentElement !== null && out.has(element.parentElement)) continue
      const rect = element.getBoundingClientRect()
      found.push(`${path(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px: "${excerpt(element.textContent ?? "")}"`)
    }
    // ...and text that overflows a box that itself fits (a long URL in a paragraph).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
      const parent = text.parentElement
      if (parent === null || out.has(parent) || getComputedStyle(parent).overflowX !== "visible" || clipped(parent)) continue
      const range = document.createRange()
      range.selectNodeContents(text)
      const rect = range.getBoundingClientRect()
      if (sticksOut(rect)) found.push(`text in ${path(parent)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px: "${excerpt(text.textContent ?? "")}"`)
    }
    return [`the page scrolls sideways: scrollWidth ${scroller.scrollWidth} > clientWidth ${width}`, ...found.slice(0, 8), ...cut]
  }, boxes)

/**
 * Japanese text not drawn with a CJK font. Elements with Japanese text of their own are grouped by
 * what picks their font (family list, weight, style, language); each group gets a probe appended
 * holding every distinct Japanese character of the group, and Chromium says which platform fonts
 * drew the probe: every character must be a glyph of a CJK font.
 */
const japaneseFonts = async (page: Page): Promise<ReadonlyArray<string>> => {
  const probes = await page.evaluate(() => {
    const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
    const groups = new Map<string, { readonly element: PageElement; readonly label: string; readonly chars: Set<string> }>()
    for (const element of document.body.querySelectorAll("*")) {
      const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? "").join("")
      const chars = own.match(japanese)
      if (chars === null || element.getClientRects().length === 0) continue
      const style = getComputedStyle(element)
      const lang = element.closest("[lang]")?.getAttribute("lang")
      const key = `${style.fontFamily}|${style.fontWeight}|${style.fontStyle}|${lang}`
      const label = `weight ${style.fontWeight}${style.fontStyle === "normal" ? "" : ` ${style.fontStyle}`}, lang=${lang}, as in <${element.localName}>`
      const group = groups.get(key) ?? { element, label, chars: new Set<string>() }
      groups.set(key, group)
      for (const char of chars) group.chars.add(char)
    }
    const probes = [...groups.values()].map(({ element, label, chars }, index) => {
      const probe = document.createElement("span")
      probe.setAttribute("data-cjk-probe", String(index))
      probe.textContent = [...chars].join("")
      element.append(probe)
      return { label, chars: chars.size }
    })
    // Lay the probes out now: Chromium reports fonts only for text that has been laid out.
    document.body.getBoundingClientRect()
    return probes
  })
  if (probes.length === 0) return []
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send("DOM.enable")
    await cdp.send("CSS.enable")
    const { root: document } = await cdp.send("DOM.getDocument", { depth: 0 })
    const fonts = await Promise.all(
      probes.map(async (_, index) => {
        const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: document.nodeId, selector: `[data-cjk-probe="${index}"]` })
        return cdp.send("CSS.getPlatformFontsForNode", { nodeId })
      })
    )
    return fonts.flatMap(({ fonts: used }, index) => {
      const { label, chars } = probes[index]!
      const cjk = used.filter((font) => CJK_FONT.test(font.familyName) || CJK_FONT.test(font.postScriptName ?? "")).reduce((sum, font) => sum + font.glyphCount, 0)
      if (cjk >= chars) return []
      const drawn = used.map((font) => `${font.familyName} ×${font.glyphCount}`).join(", ") || "nothing"
      return [`Japanese text (${label}) is not in a CJK font: ${chars} distinct characters drawn with ${drawn}; install one: ${INSTALL}`]
    })
  } finally {
    await cdp.detach()
  }
}

describe("committed HTML pages in Chromium", () => {
  it("there are pages to check", () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  it.each(pages)("%s: no sideways scrolling at 1280 or 390 px (nor a table cut off at 1280), no error, no request, Japanese in a CJK font", async (file) => {
    problems = []
    await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] })
    await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: "load" })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT[width] })
      // A table may scroll in its own box on a phone, not on a desktop.
      problems.push(...(await overflow(page, width === WIDTHS[0])).map((problem) => `at ${width} px: ${problem}`))
    }
    // Last, as it adds probes to the page (fonts do not depend on the width).
    problems.push(...(await japaneseFonts(page)))
    expect(problems).toEqual([])
  })
})
