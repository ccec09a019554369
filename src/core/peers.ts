/**
 * Optional peer dependencies (ts-morph, TypeScript, json-schema-to-typescript),
 * loaded where a feature uses them, never at import time: `appi-policy/codegen`
 * imports without them, and a missing one is an error naming the feature and
 * the package to install.
 *
 * @since 0.2.0
 */
import { createRequire } from "node:module"

/** What needs an optional peer: the guard's tooling (ts-morph), the declarations generator (json-schema-to-typescript, TypeScript). @since 0.3.0 */
export type PeerFeature = "guard-tooling" | "declarations"

/** Each feature as the English messages name it. @since 0.3.0 */
export const PEER_FEATURES: { readonly [F in PeerFeature]: string } = {
  "guard-tooling": "generating typed ids or scanning a project",
  declarations: "generating TypeScript declarations from the JSON Schema"
}

/**
 * An optional peer dependency is not installed: `peer` and the `feature`
 * that needs it, for a caller that words the message in another language.
 *
 * @since 0.3.0
 */
export class MissingPeerError extends Error {
  constructor(
    readonly peer: string,
    readonly feature: PeerFeature,
    options: ErrorOptions
  ) {
    super(`${PEER_FEATURES[feature]} needs \`${peer}\`, an optional peer dependency that is not installed: npm install --save-dev ${peer}`, options)
    this.name = "MissingPeerError"
  }
}

/**
 * Whether `cause` is a `MissingPeerError`, by its name and fields: a bundle may hold the class more than once,
 * so `instanceof` could say no.
 *
 * @since 0.3.0
 */
export const isMissingPeer = (cause: unknown): cause is MissingPeerError =>
  cause instanceof Error &&
  cause.name === "MissingPeerError" &&
  typeof (cause as Partial<MissingPeerError>).peer === "string" &&
  Object.hasOwn(PEER_FEATURES, String((cause as Partial<MissingPeerError>).feature))

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
 * const morph = requirePeer<typeof import("ts-morph")>("ts-morph", "guard-tooling")
 * ```
 * @since 0.2.0
 */
export const requirePeer = <A>(id: string, feature: PeerFeature): A => {
  // `__filename` exists in the CommonJS build, where `import.meta` is empty.
  const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url)
  try {
    return require(id) as A
  } catch (cause) {
    if (!isNotFound(cause)) throw cause
    throw new MissingPeerError(id, feature, { cause })
  }
}

/**
 * Imports an optional peer, or rejects with an error naming the feature and the install command.
 *
 * @example
 * ```ts
 * const { compile } = await importPeer<typeof import("json-schema-to-typescript")>("json-schema-to-typescript", "declarations")
 * ```
 * @since 0.2.0
 */
export const importPeer = async <A>(id: string, feature: PeerFeature): Promise<A> => {
  try {
    return (await import(id)) as A
  } catch (cause) {
    if (!isNotFound(cause)) throw cause
    throw new MissingPeerError(id, feature, { cause })
  }
}
