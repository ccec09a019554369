/**
 * The CLI's words by language (issue #14): one catalog per language, typed
 * against `CliMessages`, so the Japanese has every key the English has.
 *
 * @since 0.3.0
 */
import type { Lang } from "../../core/Lang.ts"
import type { CliMessages } from "./CliMessages.ts"
import { en } from "./en.ts"
import { ja } from "./ja.ts"

export { COMMAND_NAMES, type CliMessages, type CommandName, type UsageValues } from "./CliMessages.ts"

/** @since 0.3.0 */
export const CLI_MESSAGES: { readonly [L in Lang]: CliMessages } = { en, ja }

/** The catalog of `lang`; English when none is given. @since 0.3.0 */
export const cliMessages = (lang: Lang | undefined): CliMessages => CLI_MESSAGES[lang ?? "en"]
