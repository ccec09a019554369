/**
 * The committed renderings of the examples: `examples/rendered/<name>.<lang>.md`
 * and `.html` in Japanese, English and both (`ja+en`) for every
 * `examples/<name>.yaml`, each in its seed's own layout (the example's
 * `presentation`), so a reader can set the rendering beside the seed.
 *
 * @since 0.1.0
 */
import { readdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { formatDiagnostic } from "../src/core/Diagnostic.ts"
import { loadPolicyFile } from "../src/load/loadPolicy.ts"
import { render, type RenderFormat, type RenderLang } from "../src/render/render.ts"
import type { Artifact } from "./index.ts"

const root = resolve(import.meta.dirname, "..")

/** The directory of the rendered examples, relative to the repository root. @since 0.1.0 */
export const RENDERED_DIR = "examples/rendered"

/** What is committed for each example: Japanese and English pages, and both side by side. */
const RENDERINGS: ReadonlyArray<readonly [RenderLang, RenderFormat, string]> = [
  ["ja", "markdown", "ja.md"],
  ["ja", "html", "ja.html"],
  ["en", "markdown", "en.md"],
  ["en", "html", "en.html"],
  ["ja+en", "markdown", "ja+en.md"],
  ["ja+en", "html", "ja+en.html"]
]

/** The file names of one example's renderings, in the order they are written. @since 0.1.0 */
export const renderedFiles = (name: string): ReadonlyArray<string> => RENDERINGS.map(([, , extension]) => `${RENDERED_DIR}/${name}.${extension}`)

/**
 * The rendered examples, in a fixed order (by file name, then Japanese,
 * English, both; Markdown before HTML). Throws when an example does not load
 * or render: the example tests say why.
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
    if (!loaded.ok) throw new Error(`examples/${file} does not load:\n${loaded.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join("\n")}`)
    return RENDERINGS.map(([lang, format, extension]) => {
      const result = render(loaded.policy, { lang, format, file: `examples/${file}` })
      if (!result.ok) throw new Error(`examples/${file} does not render in ${lang}:\n${result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join("\n")}`)
      return { path: `${RENDERED_DIR}/${name}.${extension}`, content: result.output }
    })
  })
}
