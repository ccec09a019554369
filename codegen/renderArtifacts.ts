/**
 * The committed Japanese renderings of the examples: `examples/rendered/<name>.ja.md`
 * and `.ja.html` for every `examples/<name>.yaml`, each in the numbering and
 * calendar its seed uses, so a reader can set the rendering beside the seed.
 *
 * @since 0.1.0
 */
import { readdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { formatDiagnostic } from "../src/core/Diagnostic.ts"
import { loadPolicyFile } from "../src/load/loadPolicy.ts"
import { render, type RenderFormat } from "../src/render/render.ts"
import type { RenderStyle } from "../src/render/style.ts"
import type { Artifact } from "./index.ts"

const root = resolve(import.meta.dirname, "..")

/** The directory of the rendered examples, relative to the repository root. @since 0.1.0 */
export const RENDERED_DIR = "examples/rendered"

/**
 * Each seed's own conventions: 001 numbers articles (第1条); 003 prints
 * Gregorian dates (2020年9月1日) and circles the purposes in its table (①);
 * the others number sections (1. / 1.1) and 000 dates in 和暦. An example
 * not listed gets the defaults.
 */
const SEED_STYLES: Readonly<Record<string, Partial<RenderStyle>>> = {
  "000-genesis": {},
  "001-smilemore": { numbering: "articles" },
  "002-unnamed-services": {},
  "003-centrex": { calendar: "gregorian", items: "circled" },
  "004-k-zone": {}
}

/** The style an example is rendered in. @since 0.1.0 */
export const exampleStyle = (name: string): Partial<RenderStyle> => SEED_STYLES[name] ?? {}

const FORMATS: ReadonlyArray<readonly [RenderFormat, string]> = [
  ["markdown", "md"],
  ["html", "html"]
]

/**
 * The rendered examples, in a fixed order (by file name, Markdown before HTML).
 * Throws when an example does not load: the example tests say why.
 *
 * @example
 * ```ts
 * for (const { path, content } of await renderArtifacts()) console.log(path, content.length)
 * ```
 * @since 0.1.0
 */
export const renderArtifacts = async (): Promise<ReadonlyArray<Artifact>> => {
  const examples = readdirSync(join(root, "examples"))
    .filter((file) => file.endsWith(".yaml"))
    .sort()
  return examples.flatMap((file) => {
    const name = file.slice(0, -".yaml".length)
    const loaded = loadPolicyFile(join(root, "examples", file))
    if (!loaded.ok) throw new Error(`examples/${file} does not load:\n${loaded.diagnostics.map(formatDiagnostic).join("\n")}`)
    return FORMATS.map(([format, extension]) => {
      const result = render(loaded.policy, { lang: "ja", format, style: exampleStyle(name), file: `examples/${file}` })
      if (!result.ok) throw new Error(`examples/${file} does not render:\n${result.diagnostics.map(formatDiagnostic).join("\n")}`)
      return { path: `${RENDERED_DIR}/${name}.ja.${extension}`, content: result.output }
    })
  })
}
