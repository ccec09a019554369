/**
 * The loader's face: text or bytes → `Policy` or diagnostics, pure (no file
 * system; files are read by `loadPolicyFile` in the main entry).
 *
 * @since 0.2.0
 * @module
 */
export { MAX_BYTES } from "./decodeText.ts"
export { MAX_DEPTH } from "./nesting.ts"
export { LOAD_MESSAGES_JA, type LoadCode, localizeLoadDiagnostic } from "./messages.ts"
export { MAX_ALIAS_COUNT, MAX_SEPARATORS, type ParsedSource, type SourceFormat, type Span } from "./parseSource.ts"
export { MAX_DIAGNOSTICS, parsePolicy, PolicyLoadError, type LoadOptions, type LoadResult } from "./parsePolicy.ts"
