/**
 * Optional peer dependencies (ts-morph, TypeScript, json-schema-to-typescript),
 * loaded where a feature uses them, never at import time: `appi-policy/codegen`
 * imports without them, and a missing one is an error naming the feature and
 * the package to install.
 *
 * @since 0.2.0
 */
import { createRequire } from "node:module"

const missingPeer = (id: string, feature: string, cause: unknown): Error =>
  new Error(`${feature} needs \`${id}\`, an optional peer dependency that is not installed: npm install --save-dev ${id}`, { cause })

const isNotFound = (cause: unknown): boolean => {
  const code = (cause as NodeJS.ErrnoException).code
  return code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND"
}

/**
 * Requires an optional peer (synchronously, for CommonJS packages such as
 * ts-morph), or throws an error naming the feature and the install command.
 *
 * @example
 * ```ts
 * const morph = requirePeer<typeof import("ts-morph")>("ts-morph", "scanning a project")
 * ```
 * @since 0.2.0
 */
export const requirePeer = <A>(id: string, feature: string): A => {
  // `__filename` exists in the CommonJS build, where `import.meta` is empty.
  const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url)
  try {
    return require(id) as A
  } catch (cause) {
    if (!isNotFound(cause)) throw cause
    throw missingPeer(id, feature, cause)
  }
}

/**
 * Imports an optional peer, or rejects with an error naming the feature and the install command.
 *
 * @example
 * ```ts
 * const { compile } = await importPeer<typeof import("json-schema-to-typescript")>("json-schema-to-typescript", "generating declarations")
 * ```
 * @since 0.2.0
 */
export const importPeer = async <A>(id: string, feature: string): Promise<A> => {
  try {
    return (await import(id)) as A
  } catch (cause) {
    if (!isNotFound(cause)) throw cause
    throw missingPeer(id, feature, cause)
  }
}
