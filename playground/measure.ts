/**
 * Measures the built playground in headless Chromium (Debian's, through
 * playwright-core): the first useful paint (navigation start → the page's
 * `playground:ready` mark: editor, findings and rendered policy on screen),
 * and the time from an edit of seed 000 to every pane updated (the page's
 * `playground:edit-to-update` measure, its debounce included), plus the
 * update's own work (`playground:update`). Prints medians and every run.
 *
 *   npm run playground:build && npx tsx playground/measure.ts [runs]
 */
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { loadavg } from "node:os"
import { chromium } from "playwright-core"

const here = fileURLToPath(new URL(".", import.meta.url))
const url = pathToFileURL(join(here, "dist", "index.html")).href
const runs = Number(process.argv[2] ?? 5)
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

const median = (values: ReadonlyArray<number>): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const list = (values: ReadonlyArray<number>): string => values.map((v) => Math.round(v)).join(", ")

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS })
const paints: Array<number> = []
const latencies: Array<number> = []
const work: Array<number> = []
const load = loadavg()[0]!
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForSelector("html[data-ready]", { timeout: 30_000 })
  paints.push((await page.evaluate("performance.getEntriesByName('playground:ready')[0].startTime")) as number)
  const title = page.locator(".cm-line", { hasText: /^ {2}ja: 個人情報のお取り扱いについて/u }).first()
  await title.click()
  await page.keyboard.press("End")
  for (let i = 0; i < 3; i++) {
    const before = (await page.evaluate("document.documentElement.dataset.updates")) as string
    await page.keyboard.type(String(i))
    // A function, not a string: the page's CSP forbids eval, which a string predicate needs.
    await page.waitForFunction((seen) => document.documentElement.dataset.updates !== seen, before)
    latencies.push((await page.evaluate("performance.getEntriesByName('playground:edit-to-update').at(-1).duration")) as number)
    work.push((await page.evaluate("performance.getEntriesByName('playground:update').at(-1).duration")) as number)
  }
  await context.close()
}
await browser.close()
console.log(`load average before: ${load.toFixed(2)} (${runs} runs, 3 edits each)`)
console.log(`first useful paint: median ${Math.round(median(paints))} ms, min ${Math.round(Math.min(...paints))} ms (${list(paints)})`)
console.log(`edit → panes updated: median ${Math.round(median(latencies))} ms, max ${Math.round(Math.max(...latencies))} ms (${list(latencies)})`)
console.log(`update work: median ${Math.round(median(work))} ms (${list(work)})`)
