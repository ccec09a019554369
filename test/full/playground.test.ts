/**
 * The playground (playground/, issue #16) in a real browser: Debian's Chromium
 * driven by playwright-core — nothing here downloads a browser. The page is
 * built here (`npm run playground:build`), opened from file:// (and once from
 * the playground's own static server), and used as a person would: pick each
 * example, type an unknown key, add a purpose, check a guard request, switch
 * the interface to English, reload.
 *
 * Every test fails on a console error or a page error, and on any request
 * other than the page's own file. First paint and the update after an edit
 * are measured in the page (`performance` marks the page sets) and asserted
 * with a 3× margin against the targets (1.5 s, 150 ms), so a busy
 * machine cannot make them flaky; the measured values are printed.
 *
 * Screenshots: taken in every run and checked for size; written to
 * docs/images/playground-{desktop,phone}.png when UPDATE_SCREENSHOTS=1.
 */
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { get } from "node:http"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { serve } from "../../playground/serve.ts"

const root = join(import.meta.dirname, "..", "..")
const dist = join(root, "playground", "dist", "index.html")
const pageUrl = pathToFileURL(dist).href
const CHROMIUM = "/usr/bin/chromium"
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

/** Issue #16's targets; asserted with `MARGIN` so a loaded machine does not fail the suite. */
const FIRST_PAINT_MS = 1500
const UPDATE_MS = 150
const MARGIN = 3
const JS_BUDGET_GZIP = 400 * 1024

const EXAMPLES = ["000-genesis", "001-smilemore", "002-unnamed-services", "003-centrex", "004-k-zone"]
const exampleText = (id: string): string => readFileSync(join(root, "examples", `${id}.yaml`), "utf8")

// Only what the predicates below read in the page (this file is type-checked without the DOM library).
// Predicates are functions, not strings: the page's CSP forbids eval, and a string predicate is eval'd.
declare const document: { readonly documentElement: { readonly dataset: Readonly<Record<string, string | undefined>> } }
declare const location: { readonly hash: string }

let browser: Browser
const problems: Array<string> = []
const report: Array<string> = []

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** A fresh profile (so fresh localStorage), watched for console errors and foreign requests. */
const open = async (options: { readonly width?: number; readonly height?: number; readonly url?: string; readonly context?: BrowserContext } = {}): Promise<{ page: Page; context: BrowserContext }> => {
  const context = options.context ?? (await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: "ja-JP" }))
  const page = await context.newPage()
  const url = options.url ?? pageUrl
  const own = url.replace(/#.*$/u, "")
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`)
  })
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  page.on("request", (request) => {
    const requested = request.url().replace(/#.*$/u, "")
    if (requested !== own && !requested.startsWith("data:") && requested !== "about:blank") problems.push(`request: ${request.url()}`)
  })
  await page.goto(url)
  await page.waitForSelector("html[data-ready]", { timeout: 30_000 })
  return { page, context }
}

const updates = (page: Page): Promise<string> => page.evaluate("document.documentElement.dataset.updates ?? ''") as Promise<string>

/** Runs `action` and waits until the page has recomputed its panes after it. */
const afterUpdate = async (page: Page, action: () => Promise<void>): Promise<void> => {
  const before = await updates(page)
  await action()
  await page.waitForFunction((seen) => document.documentElement.dataset.updates !== seen, before, { timeout: 15_000 })
}

/**
 * The editor's whole text. The editor draws only the lines in view, so the text is read where the page
 * keeps it after every update (the draft in localStorage, written from the editor), and its first lines
 * are checked against what the editor shows.
 */
const editorText = async (page: Page): Promise<string> => {
  const text = (await page.evaluate("localStorage.getItem('appi-policy-playground:draft')")) as string
  const shown = (await page.evaluate("[...document.querySelector('#editor').shadowRoot.querySelectorAll('.cm-line')].slice(0, 3).map((l) => l.textContent)")) as ReadonlyArray<string>
  expect(text.split("\n").slice(0, shown.length)).toEqual(shown)
  return text
}

/** Replaces the whole text as pasting does: select all, then a paste event carrying the text. */
const replaceText = async (page: Page, text: string): Promise<void> => {
  await page.locator(".cm-content").focus()
  await page.keyboard.press("Control+a")
  await afterUpdate(page, async () => {
    await page.evaluate(
      `(() => { const data = new DataTransfer(); data.setData("text/plain", ${JSON.stringify(text)}); document.querySelector("#editor").shadowRoot.querySelector(".cm-content").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })) })()`
    )
  })
}

/** The status of a GET whose path goes to the server exactly as written. */
const rawStatus = (base: string, path: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base)
    get({ hostname, port, path }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    }).on("error", reject)
  })

const status = (page: Page): Promise<string> => page.locator("#status").innerText()

/** The seed with one more purpose, for every category: a new purpose needs the persons' consent (18(1)). */
const withNewPurpose = (text: string): string => {
  const purposes = text.indexOf("\npurposes:\n")
  const items = text.indexOf("\n  items:\n", purposes)
  expect(purposes, "the seed has a purposes section").toBeGreaterThan(0)
  expect(items, "the seed lists purposes under purposes.items").toBeGreaterThan(purposes)
  const at = items + "\n  items:\n".length
  const purpose = [
    "    - id: playground-new-purpose",
    "      text:",
    "        ja: 新しいサービスの開発のために利用します。",
    "        en: Used to develop new services.",
    "      categories: all",
    ""
  ].join("\n")
  return text.slice(0, at) + purpose + text.slice(at)
}

beforeAll(() => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (nothing here downloads a browser)`)
  execFileSync("npm", ["run", "-s", "playground:build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
}, 300_000)

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
})

afterEach(() => {
  const seen = problems.splice(0)
  expect(seen, "console errors, page errors and requests beyond the page's own file").toEqual([])
})

afterAll(async () => {
  await browser?.close()
  if (report.length > 0) console.log(`playground measurements (headless Chromium, this machine):\n  ${report.join("\n  ")}`)
})

describe("the playground", () => {
  it("is one self-contained page: a hash-based CSP, no network source, JavaScript within its budget", () => {
    const html = readFileSync(dist, "utf8")
    const scripts = [...html.matchAll(/<script(?<attributes>[^>]*)>(?<body>[\s\S]*?)<\/script>/gu)]
    const executable = scripts.filter((m) => !/type="application\/json"/u.test(m.groups!.attributes!))
    expect(executable).toHaveLength(1)
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(https?:/u)
    const js = executable[0]!.groups!.body!
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)?.[1] ?? ""
    expect(csp).toMatch(/^default-src 'none'; /u)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/u)
    const hash = `'sha256-${createHash("sha256").update(js, "utf8").digest("base64")}'`
    expect(csp).toContain(`script-src ${hash}`)
    const gzipped = gzipSync(js, { level: 9 }).length
    const data = scripts.find((m) => /type="application\/json"/u.test(m.groups!.attributes!))!.groups!.body!
    report.push(
      `JavaScript: ${(Buffer.byteLength(js) / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped (gzip -9; budget ${JS_BUDGET_GZIP / 1024} KB)`,
      `data block (examples + schema): ${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} KB gzipped; whole page ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`
    )
    expect(gzipped).toBeLessThanOrEqual(JS_BUDGET_GZIP)
  })

  it("loads each example, renders it and lints it", async () => {
    const { page, context } = await open()
    for (const id of EXAMPLES) {
      await afterUpdate(page, () => page.selectOption("#example", id).then(() => undefined))
      expect(await editorText(page)).toBe(exampleText(id))
      expect(await status(page), id).toMatch(/^読み込み成功/u)
      const frame = page.frameLocator("#preview-frame")
      const title = (parse(exampleText(id)) as { title?: { ja: string } }).title?.ja
      if (title !== undefined) expect(await frame.locator("h1").first().innerText(), id).toContain(title)
      expect(await frame.locator("main section").count(), id).toBeGreaterThan(3)
      const count = Number(await page.locator("#findings-count").innerText())
      await page.locator("#tab-findings").click()
      expect(await page.locator("#findings-list > li").count(), id).toBe(count)
      await page.locator("#tab-preview").click()
    }
    // The table of contents scrolls the preview; following a link never navigates (nor requests) anything.
    const frame = page.frames().find((f) => f !== page.mainFrame())!
    await page.frameLocator("#preview-frame").locator("a[href^='#']").nth(3).click()
    await expect.poll(() => frame.evaluate("window.scrollY")).toBeGreaterThan(100)
    expect(frame.url()).toBe("about:blank")
    await context.close()
  })

  it("shows an unknown key at its line, in the editor and the findings, and jumps there", async () => {
    const { page, context } = await open()
    const line = exampleText("000-genesis").split("\n").indexOf("  name:") + 1
    await page.locator(".cm-line", { hasText: /^ {2}name:$/u }).first().click()
    await page.keyboard.press("End")
    await page.keyboard.press("Home") // the line's indentation
    await afterUpdate(page, () => page.keyboard.insertText("adress: 東京都\n  "))
    expect(await status(page)).toMatch(/^読み込みエラー/u)
    expect(await page.locator(".cm-lintRange-error").allInnerTexts()).toEqual(["adress"])
    await page.locator("#tab-findings").click()
    const finding = page.locator("#findings-list > li").first()
    await expect.poll(() => finding.innerText()).toContain("unknown-key")
    expect(await finding.innerText()).toContain(`${line}:3`)
    expect(await finding.innerText()).toContain("address") // the spelling suggestion
    expect(await finding.innerText()).toContain("不明なキー `adress`") // the loader's message, in the interface's language
    await page.locator(".cm-content").focus()
    await page.keyboard.press("Control+Home")
    await finding.locator("button.finding").click()
    expect(await page.locator(".cm-activeLine").innerText()).toBe("  adress: 東京都")
    // The schema explains what is under the pointer and completes keys.
    await page.locator(".cm-line", { hasText: /^ {2}entityType: corporation$/u }).first().hover({ position: { x: 30, y: 5 } })
    await expect.poll(() => page.locator(".cm-schema-doc").innerText(), { timeout: 10_000 }).toContain("事業者の種類")
    await page.mouse.move(900, 10)
    await page.locator(".cm-line", { hasText: /^ {2}entityType: corporation$/u }).first().click()
    await page.keyboard.press("End")
    await page.keyboard.press("Enter")
    await page.keyboard.type("webs")
    await expect.poll(() => page.locator(".cm-tooltip-autocomplete li").allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringContaining("website")])
    await context.close()
  })

  it("reports that a new purpose needs consent, against the example as baseline", async () => {
    const { page, context } = await open()
    await page.locator("#tab-revision").click()
    await expect.poll(() => page.locator("#revision-summary").innerText()).toContain("変更はありません")
    await replaceText(page, withNewPurpose(exampleText("000-genesis")))
    const summary = page.locator("#revision-summary")
    expect(await summary.innerText()).toContain("同意")
    expect(await summary.locator(".impact-consent").count()).toBeGreaterThan(0)
    const change = page.locator("#revision-list > li", { hasText: "purpose-added" })
    expect(await change.count()).toBe(1)
    expect(await change.innerText()).toContain("playground-new-purpose")
    expect(await change.locator(".impact").innerText()).toBe("同意")
    await context.close()
  })

  it("checks guard requests and shows the whole decision table", async () => {
    const { page, context } = await open()
    await page.locator("#tab-guard").click()
    await page.selectOption("select[name=category]", "client-business-contacts")
    await page.selectOption("select[name=purpose]", "client-business")
    const decision = page.locator("#guard-decision")
    await expect.poll(() => decision.innerText()).toContain("declared-purpose")
    expect(await decision.innerText()).toContain("APPI Art. 18(1)")
    await page.selectOption("select[name=purpose]", "recruitment")
    await expect.poll(() => decision.innerText()).toContain("purpose-not-declared-for-category")
    // A provision: an outsourcee in the United States is a third party abroad (28(1)).
    await page.locator("input[name=kind][value=provide]").check()
    await page.selectOption("select[name=to]", "outsourcee")
    await page.locator("input[name=country]").fill("US")
    await expect.poll(() => decision.innerText()).toContain("foreign-recipient-needs-consent")
    await page.locator("input[name=consentForeign]").check()
    await expect.poll(() => decision.innerText()).toContain("foreign-consent")
    expect(await decision.locator(".verdict").innerText()).toContain("許可")
    // The grid: every category × every purpose, and a row of routes per category.
    const table = readFileSync(join(root, "examples", "000-genesis.yaml"), "utf8")
    const categories = (table.slice(0, table.indexOf("\npurposes:")).match(/^ {2}- id: /gmu) ?? []).length
    expect(await page.locator("#use-grid tbody tr").count()).toBe(categories)
    expect(await page.locator("#route-grid tbody tr").count()).toBe(categories)
    const allowed = await page.locator("#use-grid td.yes").count()
    expect(allowed).toBeGreaterThan(0)
    // A cell loads its request into the form.
    await page.locator("#use-grid td.yes").first().click()
    await expect.poll(() => decision.innerText()).toContain("declared-purpose")
    await context.close()
  })

  it("switches the interface to English, and the library's messages with it", async () => {
    const { page, context } = await open()
    await page.locator("button[data-ui-lang=en]").click()
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    expect(await page.locator("h1").innerText()).toBe("appi-policy playground")
    expect(await page.locator("#tab-findings").innerText()).toContain("Findings")
    await page.locator("#tab-findings").click()
    const first = await page.locator("#findings-list > li").first().innerText()
    expect(first).toMatch(/warning|error/u)
    expect(first).not.toMatch(/[\u3040-\u30ff]/u) // no kana: the message is the English one
    await page.locator("#tab-guard").click()
    await page.selectOption("select[name=category]", "client-business-contacts")
    await page.selectOption("select[name=purpose]", "client-business")
    await expect.poll(() => page.locator("#guard-decision").innerText()).toContain("within a purpose declared")
    // Kept for the next visit.
    await page.reload()
    await page.waitForSelector("html[data-ready]")
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    await context.close()
  })

  it("keeps the draft across a reload (localStorage) and in a link (the URL's fragment)", async () => {
    const { page, context } = await open()
    const draft = withNewPurpose(exampleText("001-smilemore"))
    await page.waitForFunction(() => location.hash.startsWith("#doc="))
    const before = (await page.evaluate("location.hash")) as string
    await replaceText(page, draft)
    // The fragment is written a moment after the last edit.
    await page.waitForFunction((seen) => location.hash !== seen, before)
    const link = (await page.evaluate("location.href")) as string
    await page.reload()
    await page.waitForSelector("html[data-ready]")
    expect(await editorText(page)).toBe(draft)
    await context.close()
    // The link alone, in a profile that has never seen the draft.
    const shared = await open({ url: link })
    expect(await editorText(shared.page)).toBe(draft)
    expect(await shared.page.locator("#example").inputValue()).toBe("")
    await shared.context.close()
  })

  it("can be used with the keyboard alone, with the focus visible", async () => {
    const { page, context } = await open()
    const focused = (): Promise<string> =>
      page.evaluate("(() => { const a = document.activeElement; const s = a.shadowRoot?.activeElement ?? a; return s.id || s.getAttribute('name') || s.className || s.tagName })()") as Promise<string>
    const stops: Array<string> = []
    const outline = (): Promise<string> =>
      page.evaluate("getComputedStyle(document.activeElement.shadowRoot?.activeElement ? document.activeElement.shadowRoot.querySelector('.cm-editor') : document.activeElement).outlineStyle") as Promise<string>
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press("Tab")
      stops.push(await focused())
      // Polled: the editor marks itself focused (its outline) on a 10 ms timer after the focus event, which a busy
      // machine can run after the first look.
      await expect.poll(outline, { message: `focus is visible on ${stops[i]}`, timeout: 2_000 }).not.toBe("none")
    }
    // The header's controls, the editor (Tab leaves it: it does not indent), the selected tab, the prose options.
    expect(stops.map((s) => s.split(" ")[0])).toEqual(["example", "share", "ui-ja", "ui-en", "cm-content", "tab-preview", "lang"])
    // Arrow keys move between the tabs, and Tab leaves the editor (it does not indent).
    await page.locator("#tab-preview").focus()
    await page.keyboard.press("ArrowRight")
    expect(await focused()).toBe("tab-findings")
    expect(await page.locator("#panel-findings").isVisible()).toBe(true)
    await page.keyboard.press("End")
    expect(await focused()).toBe("tab-revision")
    // Every form control has a name a screen reader can read.
    const unlabelled = (await page.evaluate(
      "[...document.querySelectorAll('select, input, button')].filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim())).map((e) => e.outerHTML)"
    )) as ReadonlyArray<string>
    expect(unlabelled).toEqual([])
    await context.close()
  })

  it("reads at 390 px and at 1280 px (screenshots)", async () => {
    const shots: Array<[string, Buffer]> = []
    {
      const { page, context } = await open({ width: 1280, height: 800 })
      await page.locator("button[data-ui-lang=en]").click()
      await page.locator(".cm-line", { hasText: /^ {2}entityType: corporation$/u }).first().hover({ position: { x: 30, y: 5 } })
      await page.locator(".cm-schema-doc").waitFor()
      const overflow = (await page.evaluate("document.documentElement.scrollWidth > window.innerWidth")) as boolean
      expect(overflow, "no horizontal scrolling at 1280 px").toBe(false)
      shots.push(["playground-desktop.png", await page.screenshot()])
      await context.close()
    }
    {
      const { page, context } = await open({ width: 390, height: 844 })
      await replaceText(page, withNewPurpose(exampleText("000-genesis")))
      await page.locator("#tab-revision").click()
      await page.evaluate("window.scrollTo(0, document.querySelector('.output-pane').getBoundingClientRect().top + window.scrollY)")
      const overflow = (await page.evaluate("document.documentElement.scrollWidth > window.innerWidth")) as boolean
      expect(overflow, "no horizontal scrolling at 390 px").toBe(false)
      shots.push(["playground-phone.png", await page.screenshot()])
      await context.close()
    }
    for (const [name, png] of shots) {
      expect(png.length, name).toBeGreaterThan(20_000)
      if (process.env.UPDATE_SCREENSHOTS === "1") writeFileSync(join(root, "docs", "images", name), png)
    }
  })

  it("paints within 1.5 s and updates within 150 ms of an edit (seed 000, asserted with a 3× margin)", async () => {
    const paints: Array<number> = []
    for (let i = 0; i < 3; i++) {
      const { page, context } = await open()
      paints.push((await page.evaluate("performance.getEntriesByName('playground:ready')[0].startTime")) as number)
      await context.close()
    }
    const { page, context } = await open()
    const title = page.locator(".cm-line", { hasText: /^ {2}ja: 個人情報のお取り扱いについて/u }).first()
    const latencies: Array<number> = []
    const work: Array<number> = []
    for (let i = 0; i < 7; i++) {
      await title.click()
      await page.keyboard.press("End")
      await afterUpdate(page, () => page.keyboard.type(String(i)))
      latencies.push((await page.evaluate("performance.getEntriesByName('playground:edit-to-update').at(-1).duration")) as number)
      work.push((await page.evaluate("performance.getEntriesByName('playground:update').at(-1).duration")) as number)
    }
    expect(await page.frameLocator("#preview-frame").locator("h1").first().innerText()).toContain("0123456")
    await context.close()
    const ms = (values: ReadonlyArray<number>): string => values.map((v) => Math.round(v)).join(", ")
    report.push(
      `first useful paint (navigation start → editor, findings and rendered policy on screen): median ${Math.round(median(paints))} ms (${ms(paints)})`,
      `edit → every pane updated (40 ms debounce included): median ${Math.round(median(latencies))} ms, max ${Math.round(Math.max(...latencies))} ms (${ms(latencies)})`,
      `of which the update itself (parse, lint, render, guard, diff, DOM): median ${Math.round(median(work))} ms (${ms(work)})`
    )
    expect(median(paints)).toBeLessThanOrEqual(FIRST_PAINT_MS * MARGIN)
    expect(median(latencies)).toBeLessThanOrEqual(UPDATE_MS * MARGIN)
  })

  it("works from a static host too (its own server on 127.0.0.1)", async () => {
    const { server, url } = await serve(0)
    try {
      const response = await fetch(url)
      expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; script-src 'sha256-/u)
      // Nothing outside dist/, however the path is spelled (sent raw: fetch would normalise it).
      for (const path of ["/../build.ts", "/..%2fbuild.ts", "/%2e%2e/%2e%2e/package.json", "/src/"]) expect(await rawStatus(url, path), path).toBe(404)
      expect(await rawStatus(url, "/THIRD-PARTY-NOTICES.txt")).toBe(200)
      const { page, context } = await open({ url })
      expect(await status(page)).toMatch(/^読み込み成功/u)
      await context.close()
    } finally {
      server.close()
    }
  })
})

