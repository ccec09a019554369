/**
 * `appi-policy/core`: everything that needs no file system, for browsers,
 * edge functions and workers: parse and validate a policy from its text,
 * lint, render, diff, compile the guard's table and check requests. No Node
 * built-in is imported here or below (a test bundles this entry for the
 * browser and fails on any).
 *
 * One namespace per room (`Model`, `Load`, `Lint`, `Render`, `Diff`,
 * `Guard`, `Core`), plus the functions a newcomer needs first.
 *
 * @example
 * ```ts
 * import { parsePolicy, lint, render } from "appi-policy/core"
 * const loaded = parsePolicy(yamlText, { file: "policy.yaml" })
 * if (loaded.ok) {
 *   const findings = lint(loaded.policy)
 *   const page = render(loaded.policy, { lang: "ja", format: "html" })
 * }
 * ```
 * @since 0.2.0
 */
export * as Core from "./core/index.ts"
export * as Diff from "./diff/index.ts"
export * as Guard from "./guard/api.ts"
export * as Lint from "./lint/index.ts"
export * as Load from "./load/index.ts"
export * as Model from "./model/index.ts"
export * as Render from "./render/index.ts"

export { Diagnostic, formatDiagnostic, type JsonPath } from "./core/Diagnostic.ts"
export { diff, type ChangeSet, type Change, type DiffOptions } from "./diff/index.ts"
export { check, createChecker, type Decision, type DecisionTable, type GuardRequest } from "./guard/index.ts"
export { compileGuard } from "./guard/compile.ts"
export { PurposeGuard, PurposeViolation } from "./guard/PurposeGuard.ts"
export { lint, lintText, type LintOptions, type LintReport } from "./lint/index.ts"
export { parsePolicy, PolicyLoadError, type LoadOptions, type LoadResult } from "./load/parsePolicy.ts"
export { Policy as PolicySchema, PolicyDocument, SCHEMA_VERSION, type Policy, type PolicyInput } from "./model/Policy.ts"
export { render, type RenderOptions, type RenderResult } from "./render/index.ts"
export { policyOverview, summarize, type PolicyOverview } from "./render/summary.ts"
