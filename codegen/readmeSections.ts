/**
 * Sections of the README generated from the code, between marker comments
 * (`<!-- generated:<name> -->` … `<!-- /generated:<name> -->`), so the
 * documentation of the decision table cannot drift from the rows the
 * conformance suite checks.
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { decisionRowsMarkdown } from "../src/guard/rows.ts"
import type { Artifact } from "./index.ts"

const root = resolve(import.meta.dirname, "..")

const SECTIONS: Readonly<Record<string, () => string>> = {
  "guard-table": decisionRowsMarkdown
}

/** The README with every generated section replaced by its current text. */
export const readmeArtifact = (): Artifact => {
  let text = readFileSync(join(root, "README.md"), "utf8")
  for (const [name, generate] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name} -->`
    const end = `<!-- /generated:${name} -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from) throw new Error(`README.md has no section ${start} … ${end}`)
    text = `${text.slice(0, from + start.length)}\n${generate()}\n${text.slice(to)}`
  }
  return { path: "README.md", content: text }
}
