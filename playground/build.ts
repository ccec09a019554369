/**
 * Builds the playground into playground/dist/: one self-contained
 * index.html (its script and style inline, each allowed by its SHA-256 hash
 * in the page's Content-Security-Policy), which works from file:// and from
 * any static host, plus the third-party notices of what the bundle contains.
 *
 *   npm run playground:build          (tsx playground/build.ts)
 *
 * The library is bundled from its sources (src/browser.ts), with the five
 * examples and the JSON Schema. A hash rather than `script-src 'self'`: an
 * inline script needs no second request and the policy reads the same from
 * file:// (where browsers disagree about what 'self' means) and over HTTP.
 * The rendered policy is shown in a sandboxed frame whose document inherits
 * this policy (see `showInFrame` in src/main.ts for its style sheet).
 */
import { createHash } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import * as esbuild from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")
const out = join(here, "dist")

/** The gzipped size the page's JavaScript must stay under (issue #16). */
export const JS_BUDGET_GZIP = 400 * 1024

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`

interface PackageInfo {
  readonly name: string
  readonly version: string
  readonly license: string
  readonly text: string | undefined
}

/** The packages whose code is in the bundle, with their licence texts. */
const notices = (inputs: ReadonlyArray<string>): string => {
  const packages = new Map<string, PackageInfo>()
  for (const input of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input)
    if (match === null || packages.has(match[1]!)) continue
    const dir = join(root, input.slice(0, match.index + match[0].length))
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string; license?: string }
    let text: string | undefined
    for (const file of ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE"]) {
      try {
        text = readFileSync(join(dir, file), "utf8").trim()
        break
      } catch {
        // try the next name
      }
    }
    packages.set(match[1]!, { name: pkg.name, version: pkg.version, license: pkg.license ?? "see package", text })
  }
  const own = readFileSync(join(root, "LICENSE"), "utf8").trim()
  const sections = [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => `${p.name}@${p.version} (${p.license})\n\n${p.text ?? "(no licence file in the package)"}`)
  return [`appi-policy playground\n\n${own}`, ...sections].join(`\n\n${"-".repeat(72)}\n\n`) + "\n"
}

export interface BuildInfo {
  readonly html: string
  readonly jsBytes: number
  readonly jsGzipBytes: number
  readonly htmlBytes: number
  readonly htmlGzipBytes: number
  readonly dataBytes: number
  readonly dataGzipBytes: number
  readonly csp: string
}

export const build = async (): Promise<BuildInfo> => {
  const result = await esbuild.build({
    entryPoints: [join(here, "src", "main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2022", "chrome109", "firefox115", "safari16.4"],
    charset: "utf8",
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    // Marks for the page's own timing: when the script starts, before the library initialises.
    banner: { js: 'performance.mark("playground:script");' },
    metafile: true,
    write: false,
    logLevel: "warning"
  })
  // An inline script ends at the first `</script`, and `<!--` can put the HTML parser in a mode where it
  // does not: both can only stand in strings (the library's Markdown generators write `<!-- … -->`), where
  // `\x3C` reads the same as `<`.
  const js = result.outputFiles[0]!.text.trimEnd().replace(/<(?=!--|\/script)/giu, "\\x3C")
  if (/<\/script|<!--/iu.test(js)) throw new Error("the bundle still contains `</script` or `<!--` and cannot be inlined")

  const exampleFiles = readdirSync(join(root, "examples"))
    .filter((name) => /^\d{3}-.*\.yaml$/u.test(name))
    .sort()
  const css = (await esbuild.transform(readFileSync(join(here, "src", "style.css"), "utf8"), { loader: "css", minify: true })).code.trimEnd()
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    // CodeMirror's lint gutter draws its markers as data: SVG images.
    "img-src data:",
    // The preview is a srcdoc frame (not a fetch); no frame may load anything else.
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ")

  // The examples and the schema, as data (never executed; `<` escaped so no `</script>` can end it early).
  const examples = exampleFiles.map((name) => ({ id: name.replace(/\.yaml$/u, ""), text: readFileSync(join(root, "examples", name), "utf8") }))
  const schema = JSON.parse(readFileSync(join(root, "schema", "appi-policy.schema.json"), "utf8")) as unknown
  const data = JSON.stringify({ examples, schema }).replace(/</gu, "\\u003c")

  const template = readFileSync(join(here, "src", "index.html"), "utf8")
  const html = template.split("%CSP%").join(csp).split("%CSS%").join(css).split("%DATA%").join(data).split("%JS%").join(js)

  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, "index.html"), html)
  writeFileSync(join(out, "THIRD-PARTY-NOTICES.txt"), notices(Object.keys(result.metafile.inputs)))

  return {
    html: join(out, "index.html"),
    jsBytes: Buffer.byteLength(js),
    jsGzipBytes: gzipSync(js, { level: 9 }).length,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    dataBytes: Buffer.byteLength(data),
    dataGzipBytes: gzipSync(data, { level: 9 }).length,
    csp
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const info = await build()
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`
  console.log(`wrote ${relative(process.cwd(), info.html)}`)
  console.log(`  JavaScript ${kb(info.jsBytes)} minified, ${kb(info.jsGzipBytes)} gzipped (gzip -9; budget ${kb(JS_BUDGET_GZIP)})`)
  console.log(`  data (examples, schema) ${kb(info.dataBytes)}, ${kb(info.dataGzipBytes)} gzipped`)
  console.log(`  whole page ${kb(info.htmlBytes)}, ${kb(info.htmlGzipBytes)} gzipped`)
  if (info.jsGzipBytes > JS_BUDGET_GZIP) {
    console.error("the page's JavaScript is over its budget")
    process.exitCode = 1
  }
}
