/**
 * Indenting nested text, shared by the plain-text formats (Markdown, text).
 *
 * @since 0.1.0
 */

/** Prefixes every non-empty line of `text` with `by`. @since 0.1.0 */
export const indent = (text: string, by: string): string =>
  text
    .split("\n")
    .map((line) => (line === "" ? line : by + line))
    .join("\n")
