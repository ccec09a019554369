/**
 * Loading a policy from the file system (Node): the reading half of the
 * loader; `parsePolicy.ts` does the rest and is what browsers use.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { failure, type LoadOptions, type LoadResult, parsePolicy, PolicyLoadError } from "./parsePolicy.ts"
import { readBytes } from "./readBytes.ts"

export { failure, type LoadOptions, type LoadResult, parsePolicy, PolicyLoadError } from "./parsePolicy.ts"

/** @since 0.1.0 */
export type PolicySource = { readonly path: string } | { readonly text: string | Uint8Array }

/**
 * Reads and validates a policy file. Never throws: a missing or unreadable
 * file is a diagnostic too.
 *
 * @since 0.1.0
 */
export const loadPolicyFile = (path: string, options?: Omit<LoadOptions, "file">): LoadResult => {
  const read = readBytes(path)
  return "bytes" in read ? parsePolicy(read.bytes, { ...options, file: path }) : failure(path, [read.diagnostic])
}

/**
 * Loads a policy from a file path or from text.
 *
 * @example
 * ```ts
 * loadPolicy({ path: "examples/000-genesis.yaml" })
 * loadPolicy({ text: '{"schemaVersion":1, …}' }, { format: "json" })
 * ```
 * @since 0.1.0
 */
export const loadPolicy = (source: PolicySource, options?: LoadOptions): LoadResult =>
  "path" in source ? loadPolicyFile(source.path, options) : parsePolicy(source.text, options)

/**
 * `loadPolicy` as an Effect that fails with `PolicyLoadError`.
 *
 * @since 0.1.0
 */
export const loadPolicyEffect = Effect.fnUntraced(function* (source: PolicySource, options?: LoadOptions) {
  const result = loadPolicy(source, options)
  if (!result.ok) return yield* new PolicyLoadError({ file: result.file, diagnostics: result.diagnostics })
  return result.policy
})
