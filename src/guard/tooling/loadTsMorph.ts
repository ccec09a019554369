/**
 * ts-morph, loaded on first use. The CLI bundle contains the generators that
 * need it, but loading it costs about a quarter of a second, which `validate`
 * and `check` must not pay. The scan is synchronous, so the module is
 * required (ts-morph is CommonJS), not imported dynamically. ts-morph is an
 * optional peer dependency: without it, the error says what to install.
 *
 * @since 0.1.0
 */
import type * as TsMorph from "ts-morph"
import { requirePeer } from "../../core/peers.ts"

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
  loaded ??= requirePeer<typeof TsMorph>("ts-morph", "guard-tooling")
  return loaded
}
