/**
 * The renderer's diagnostics in each language.
 *
 * @since 0.3.0
 */
import type { Lang } from "../../core/Lang.ts"
import { en } from "./en.ts"
import { ja } from "./ja.ts"
import type { RenderMessages } from "./RenderMessages.ts"

export type { RenderMessages, RenderOptionName, Worded } from "./RenderMessages.ts"

/** @since 0.3.0 */
export const renderMessages: { readonly [L in Lang]: RenderMessages } = { ja, en }
