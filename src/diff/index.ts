/**
 * Version diff: what changed between two versions of a policy (entries
 * matched by id, field-level before/after), what each change obliges the
 * operator to do (editorial < publish < notify < notify-in-advance < consent,
 * with its article and a bilingual explanation), the changelog (改定履歴) in
 * Markdown or text, and an RFC 6902 JSON Patch from one version to the next.
 *
 * @since 0.1.0
 * @module
 */
export { applyPatch, applyPatchEffect, JsonPatchError, type PatchResult } from "./applyPatch.ts"
export { CHANGELOG_LANGS, changelogHtml, changelogMarkdown, changelogText, type ChangelogLang, type ChangelogOptions } from "./changelog/layout.ts"
export { describeChange, type ChangeDescription } from "./catalog/index.ts"
export type { ChangeMessage, ChangeMessages } from "./catalog/ChangeMessages.ts"
export type { ChangeRule, DiffContext } from "./ChangeRule.ts"
export type { Change, ChangeSet, ConceptSummary, PolicyVersion } from "./ChangeSet.ts"
export { classify, diff, type DiffOptions } from "./diff.ts"
export { changesMarkdown } from "./docs.ts"
export { compareImpact, Impact, IMPACTS, isImpact, maxImpact, reaches } from "./Impact.ts"
export { jsonPatch, type JsonPatch, type JsonPatchOperation } from "./patch.ts"
export { CHANGE_RULES, type ChangeId, CONCEPT_KINDS, FIRST_KINDS, kindsFor, LAST_KINDS } from "./rules.ts"
export { structuralDiff, type Edit, type EditKind } from "./structural.ts"
