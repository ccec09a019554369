/**
 * Artifacts of this repository that are generated and committed but not part
 * of the published `appi-policy/codegen` entry (rule docs, linted and rendered
 * examples, the sample service's typed ids, the API report). `main.ts` writes and checks them together
 * with the published ones.
 *
 * @since 0.1.0
 */
import { join, resolve } from "node:path"
import { compileGuard } from "../src/guard/compile.ts"
import { loadPolicyFile } from "../src/load/loadPolicy.ts"
import type { Artifact } from "./index.ts"
import { apiReportArtifact } from "./apiReport.ts"
import { lintArtifacts } from "./lintArtifacts.ts"
import { readmeArtifact } from "./readmeSections.ts"
import { changesMarkdown } from "../src/diff/docs.ts"
import { CHANGE_RULES, CONCEPT_KINDS } from "../src/diff/rules.ts"
import { renderArtifacts } from "./renderArtifacts.ts"
import { typedIdsSource } from "../src/guard/tooling/typedIds.ts"

const root = resolve(import.meta.dirname, "..")

/** The sample service's typed ids, generated from seed 000. */
const sampleServiceIds = (): Artifact => {
  const loaded = loadPolicyFile(join(root, "examples/000-genesis.yaml"))
  if (!loaded.ok) throw new Error("examples/000-genesis.yaml does not load: run `appi-policy validate` on it")
  return { path: "examples/sample-service/src/policy-ids.ts", content: typedIdsSource(compileGuard(loaded.policy)) }
}

/**
 * Every repository artifact, in a fixed order. The API report takes the
 * TypeScript checker several seconds: the fast suite leaves it to
 * `npm run codegen:check` (which CI runs) with `{ apiReport: false }`.
 *
 * @since 0.1.0
 */
export const repoArtifacts = async (options: { readonly apiReport?: boolean } = {}): Promise<ReadonlyArray<Artifact>> => [
  ...(await lintArtifacts()),
  ...(await renderArtifacts()),
  sampleServiceIds(),
  { path: "docs/changes.md", content: changesMarkdown(CHANGE_RULES, CONCEPT_KINDS) },
  readmeArtifact(),
  ...(options.apiReport === false ? [] : [apiReportArtifact()])
]
