/**
 * The README's screenshots of a rendered policy: the top of one committed page
 * at a desktop width and a phone width, in Debian's headless Chromium.
 *
 *     npx tsx scripts/screenshots.ts [page.html]
 *
 * Writes docs/images/rendered-1280.png (1280×900) and rendered-390.png
 * (390×844). The page defaults to examples/rendered/003-centrex.ja+en.html, or
 * 003-centrex.ja.html while the side-by-side page is not committed. Fixed
 * settings, so the same machine writes the same bytes: device scale factor 1,
 * animations and the caret off, reduced motion, light scheme, no network
 * (only `file:` and `data:` load). If `oxipng` or `optipng` is on the PATH the
 * files are then recompressed, losslessly.
 *
 * Needs Chromium and a Japanese font (apt-get install chromium
 * fonts-noto-cjk); `CHROMIUM_PATH` names another binary.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, statSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium } from "playwright-core"

const root = resolve(import.meta.dirname, "..")
const out = join(root, "docs", "images")
const SHOTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 }
] as const
const INSTALL = "apt-get update && apt-get install -y chromium fonts-noto-cjk"

const chromiumPath = (): string => {
  const named = process.env["CHROMIUM_PATH"]
  const candidates = named !== undefined && named !== "" ? [named] : ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"]
  const found = candidates.find((path) => existsSync(path))
  if (found === undefined) throw new Error(`Chromium not found (looked at ${candidates.join(", ")}); install it and a Japanese font: ${INSTALL}`)
  return found
}

const defaultPage = (): string => {
  const sideBySide = join(root, "examples", "rendered", "003-centrex.ja+en.html")
  return existsSync(sideBySide) ? sideBySide : join(root, "examples", "rendered", "003-centrex.ja.html")
}

/** Recompresses a PNG losslessly with the first optimiser found, if any; says which. */
const optimise = (file: string): string => {
  for (const [tool, args] of [
    ["oxipng", ["-o", "4", "--strip", "safe", "-q", file]],
    ["optipng", ["-o2", "-strip", "all", "-quiet", file]]
  ] as const) {
    const ran = spawnSync(tool, args, { stdio: "ignore" })
    if (ran.error === undefined && ran.status === 0) return `, ${tool}`
  }
  return ""
}

const main = async (): Promise<void> => {
  const page = resolve(process.argv[2] ?? defaultPage())
  if (!existsSync(page)) throw new Error(`no such page: ${page} (run \`npm run codegen\` to render the examples)`)
  mkdirSync(out, { recursive: true })
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking", "--disable-component-update", "--hide-scrollbars"]
  })
  try {
    for (const { width, height } of SHOTS) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, reducedMotion: "reduce", colorScheme: "light", serviceWorkers: "block" })
      await context.route("**/*", (route) => {
        const url = route.request().url()
        return url.startsWith("file:") || url.startsWith("data:") ? route.continue() : route.abort("blockedbyclient")
      })
      const tab = await context.newPage()
      await tab.goto(pathToFileURL(page).href, { waitUntil: "load" })
      await tab.evaluate("document.fonts.ready.then(() => undefined)")
      const file = join(out, `rendered-${width}.png`)
      await tab.screenshot({ path: file, clip: { x: 0, y: 0, width, height }, animations: "disabled", caret: "hide", scale: "css" })
      const tool = optimise(file)
      console.log(`wrote ${relative(root, file)} (${width}×${height}, ${Math.round(statSync(file).size / 1024)} KiB${tool}) of ${relative(root, page)}`)
      await context.close()
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
