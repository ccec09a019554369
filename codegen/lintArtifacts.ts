/**
 * The lint artifacts of this repository: the rule reference generated from
 * the rule metas (`docs/rules.md`), and the linted examples (`examples/lint/`:
 * text in English and Japanese per example, and one SARIF log of all). File
 * names in them are repository-relative, so they are identical on any machine.
 *
 * @since 0.1.0
 */
import { readdirSync, readFileSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { rulesMarkdown } from "../src/lint/docs.ts"
import { formatText } from "../src/lint/report.ts"
import { lintText } from "../src/lint/lintSource.ts"
import { rules } from "../src/lint/rules/index.ts"
import { formatSarif } from "../src/lint/sarif.ts"
import type { Artifact } from "./index.ts"

const root = resolve(import.meta.dirname, "..")

/** @since 0.1.0 */
export const RULES_DOC_FILE = "docs/rules.md"
/** @since 0.1.0 */
export const LINT_EXAMPLES_DIR = "examples/lint"

/**
 * `docs/rules.md`, then for each `examples/*.yaml` its text reports, then the SARIF log.
 *
 * @example
 * ```ts
 * for (const { path, content } of await lintArtifacts()) writeFileSync(path, content)
 * ```
 * @since 0.1.0
 */
export const lintArtifacts = async (): Promise<ReadonlyArray<Artifact>> => {
  const examples = readdirSync(join(root, "examples"))
    .filter((name) => name.endsWith(".yaml"))
    .sort()
  const reports = examples.map((name) => lintText(readFileSync(join(root, "examples", name)), { file: `examples/${name}` }))
  return [
    { path: RULES_DOC_FILE, content: rulesMarkdown(rules) },
    ...reports.flatMap((report) => {
      const stem = `${LINT_EXAMPLES_DIR}/${basename(report.file, ".yaml")}`
      return [
        { path: `${stem}.txt`, content: formatText([report], "en") },
        { path: `${stem}.ja.txt`, content: formatText([report], "ja") }
      ]
    }),
    { path: `${LINT_EXAMPLES_DIR}/examples.sarif`, content: formatSarif(reports, rules) }
  ]
}
