/**
 * How both catalogs lay out a help text: lines, and an option whose
 * description starts at a column (on the next line when the option is too
 * long for it, so the two never run together).
 *
 * @since 0.3.0
 */

/** The lines of a help text, joined. @since 0.3.0 */
export const lines = (...text: ReadonlyArray<string>): string => text.join("\n")

/** `  <option>` padded to `width`, or followed by a new line indented to the description when it does not fit. @since 0.3.0 */
export const optionColumn = (option: string, width: number): string => (option.length < width ? `  ${option.padEnd(width)}` : `  ${option}\n${" ".repeat(width + 2)}`)
