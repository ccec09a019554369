/**
 * ts-morph, loaded on first use. The CLI bundle contains the generators that
 * need it, but loading it costs about a quarter of a second, which `validate`
 * and `check` must not pay. `Command.run` is synchronous, so the module is
 * required (ts-morph is CommonJS), not imported dynamically. ts-morph is an
 * optional peer dependency: without it, the error says what to install.
 *
 * @since 0.1.0
 */
import { createRequire } from "node:module"
import type * as TsMorph from "ts-morph"

/**
 * Requires an optional peer dependency, or throws an error naming the
 * feature that needs it and the command that installs it.
 *
 * @example
 * ```ts
 * const morph = requirePeer<typeof import("ts-morph")>("ts-morph", "scanning a project")
 * ```
 * @since 0.1.0
 */
export const requirePeer = <A>(id: string, feature: string): A => {
  // `__filename` exists in the CommonJS build of `appi-policy/codegen`, where `import.meta` is empty.
  const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url)
  try {
    return require(id) as A
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw cause
    throw new Error(`${feature} needs \`${id}\`, an optional peer dependency that is not installed: npm install --save-dev ${id}`, { cause })
  }
}

let loaded: typeof TsMorph | undefined

/**
 * The ts-morph module, required once.
 *
 * @example
 * ```ts
 * const { Project } = loadTsMorph()
 * ```
 * @since 0.1.0
 */
export const loadTsMorph = (): typeof TsMorph => {
  loaded ??= requirePeer<typeof TsMorph>("ts-morph", "generating typed ids or scanning a project")
  return loaded
}
