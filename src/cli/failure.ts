/**
 * What a command says when a feature throws: a missing optional peer worded
 * by the catalog in the locale's language, anything else as it was thrown.
 *
 * @since 0.3.0
 */
import type { Lang } from "../core/Lang.ts"
import { isMissingPeer } from "../core/peers.ts"
import { cliMessages } from "./catalog/index.ts"

/** @since 0.3.0 */
export const failureMessage = (lang: Lang | undefined, cause: unknown): string => {
  if (isMissingPeer(cause)) return cliMessages(lang).errors.missingPeer({ peer: cause.peer, feature: cause.feature, english: cause.message })
  return cause instanceof Error ? cause.message : String(cause)
}
