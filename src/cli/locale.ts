/**
 * The language of the CLI's messages, from the locale as gettext reads it:
 * `LC_ALL`, else `LC_MESSAGES`, else `LANG` (the first that is set and not
 * empty). Read once, in `main.ts`; everything below takes it from `Io.lang`.
 *
 * @since 0.3.0
 */
import type { Lang } from "../core/Lang.ts"

/**
 * Japanese for a locale that starts with `ja` (`ja_JP.UTF-8`, `ja`), English for any other or none.
 *
 * @example
 * ```ts
 * localeLang({ LANG: "ja_JP.UTF-8" }) // "ja"
 * localeLang({ LC_ALL: "C", LANG: "ja_JP.UTF-8" }) // "en"
 * ```
 * @since 0.3.0
 */
export const localeLang = (env: Readonly<Record<string, string | undefined>>): Lang => {
  const locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find((value) => value !== undefined && value !== "")
  return locale?.startsWith("ja") === true ? "ja" : "en"
}
