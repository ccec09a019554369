/**
 * The reports' shared words, by language.
 *
 * @since 0.3.0
 */
import { en } from "./en.ts"
import { ja } from "./ja.ts"

/** @since 0.3.0 */
export const REPORT_WORDS = { ja, en } as const
