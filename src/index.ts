/**
 * appi-policy: Japanese privacy policies (個人情報保護方針) under APPI as typed,
 * versioned documents. This entry holds the model and the loader; it never
 * loads TypeScript, ts-morph or json-schema-to-typescript (those live in
 * `appi-policy/codegen`).
 *
 * @since 0.1.0
 */
export * from "./model/index.ts"
export { Policy as PolicySchema, PolicyDocument, SCHEMA_VERSION, type Policy, type PolicyInput } from "./model/Policy.ts"
export { semanticIssues, type SemanticIssue } from "./model/semantics.ts"
export { Diagnostic, describeValue, formatDiagnostic, formatPath, toPointer, type JsonPath, type SourcePosition } from "./load/Diagnostic.ts"
export { MAX_BYTES } from "./load/decodeText.ts"
export { MAX_DEPTH } from "./load/nesting.ts"
export { MAX_ALIAS_COUNT, type SourceFormat } from "./load/parseSource.ts"
export { loadPolicy, loadPolicyEffect, loadPolicyFile, parsePolicy, PolicyLoadError, type LoadOptions, type LoadResult, type PolicySource } from "./load/loadPolicy.ts"
export { policyOverview, summarize, type PolicyOverview } from "./render/summary.ts"
export { compileGuard, policyHash } from "./guard/compile.ts"
export { PurposeGuard, PurposeViolation } from "./guard/PurposeGuard.ts"
export * from "./guard/index.ts"
export * as Lint from "./lint/index.ts"
export { lint, lintFile, lintFileEffect, lintText, type LintOptions, type LintReport } from "./lint/index.ts"
export { LintDiagnostic } from "./lint/LintDiagnostic.ts"
export * as Diff from "./diff/index.ts"
export { applyPatch, changelogMarkdown, changelogText, diff, Impact, jsonPatch, type Change, type ChangeSet, type DiffOptions, type JsonPatch } from "./diff/index.ts"
export * from "./render/index.ts"
