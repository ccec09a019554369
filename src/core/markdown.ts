/**
 * Escaping text for Markdown (CommonMark with GitHub tables), shared by the
 * renderer and the changelog: one escaper, so that both leave the same
 * characters inert.
 *
 * @since 0.3.0
 */
import { printable } from "./characters.ts"

/** Backslash-escapes the characters Markdown gives meaning to; a newline becomes `<br>` so a text stays one block. @since 0.1.0 */
export const escapeMarkdown = (text: string): string =>
  printable(text)
    .replace(/[\\`*_[\]<>|~#&!{}$]/gu, (ch) => `\\${ch}`)
    // Constructs that only count at the start of a line: list markers, setext underlines, ordered lists.
    .replace(/(^|\n)([-+=])/gu, "$1\\$2")
    .replace(/(^|\n)(\d+)([.)])/gu, "$1$2\\$3")
    .replace(/\n/gu, "<br>")

