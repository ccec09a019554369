/**
 * Characters no policy text may carry, named once for the loader (which
 * refuses them) and the renderers (which never write them, whatever a
 * policy built in code holds).
 *
 * @since 0.3.0
 */

/**
 * Control characters other than tab and line feed: a carriage return starts
 * a new line in Markdown; ESC and BEL act on a terminal.
 *
 * @since 0.3.0
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u

/**
 * Bidi embeddings, overrides and isolates, which can reorder how a phone
 * number or an amount is displayed.
 *
 * @since 0.3.0
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u

const UNSAFE = new RegExp(`${CONTROL_CHARACTER.source}|${BIDI_CONTROL.source}`, "gu")

/**
 * The text with every control character (but tab and line feed) and bidi
 * control replaced by U+FFFD, and CR LF or a lone CR read as a line feed.
 *
 * @since 0.3.0
 */
export const printable = (text: string): string => text.replace(/\r\n?/gu, "\n").replace(UNSAFE, "\uFFFD")

/** `U+001B` for ESC: how a diagnostic names a character. @since 0.3.0 */
export const codePointName = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`
