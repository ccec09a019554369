/**
 * The guard tooling's words in each language.
 *
 * @since 0.3.0
 */
import type { Lang } from "../../../core/Lang.ts"
import { en } from "./en.ts"
import { ja } from "./ja.ts"
import type { ToolingWords } from "./ToolingWords.ts"

export type { NotKnownWhy, ScanProblem, ToolingWords } from "./ToolingWords.ts"

/** @since 0.3.0 */
export const toolingWords: { readonly [L in Lang]: ToolingWords } = { ja, en }
