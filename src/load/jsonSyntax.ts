/**
 * A strict JSON (RFC 8259) syntax check that says where and what: V8's
 * `JSON.parse` messages often give no position. Only syntax is checked here;
 * values are built by the YAML parser, which keeps source ranges.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export interface JsonSyntaxError {
  readonly offset: number
  readonly expected: string
}

const WS = new Set([" ", "\t", "\n", "\r"])

/** The first syntax error of `text`, or undefined when it is one JSON value. @since 0.1.0 */
export const findJsonSyntaxError = (text: string): JsonSyntaxError | undefined => {
  let i = 0
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++
  }
  const error = (expected: string): JsonSyntaxError => ({ offset: i, expected })
  const literal = (word: string): JsonSyntaxError | undefined => {
    if (text.startsWith(word, i)) {
      i += word.length
      return undefined
    }
    return error("a JSON value")
  }
  const string = (): JsonSyntaxError | undefined => {
    i++
    while (i < text.length) {
      const ch = text[i]!
      if (ch === '"') {
        i++
        return undefined
      }
      if (ch < " ") return error("a closing quote (control characters must be escaped)")
      if (ch === "\\") {
        const next = text[i + 1]
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(i + 2, i + 6))) return error("four hex digits after \\u")
          i += 6
          continue
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) return error("a valid escape")
        i += 2
        continue
      }
      i++
    }
    return error("a closing quote")
  }
  const number = (): JsonSyntaxError | undefined => {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/u.exec(text.slice(i, i + 400))
    if (match === null) return error("a JSON value")
    i += match[0].length
    return undefined
  }
  /** `{…}` or `[…]` after its opening bracket: items separated by commas, no trailing comma. */
  const sequence = (close: "}" | "]", item: () => JsonSyntaxError | undefined): JsonSyntaxError | undefined => {
    const noun = close === "}" ? "property" : "item"
    i++
    skip()
    if (text[i] === close) {
      i++
      return undefined
    }
    for (;;) {
      const itemError = item()
      if (itemError) return itemError
      skip()
      if (text[i] === ",") {
        i++
        skip()
        if (text[i] === close) return error(`another ${noun} after \`,\` (trailing commas are not JSON)`)
        continue
      }
      if (text[i] === close) {
        i++
        return undefined
      }
      return error(`\`,\` or \`${close}\``)
    }
  }
  const property = (): JsonSyntaxError | undefined => {
    skip()
    if (text[i] !== '"') return error("a property name in double quotes")
    const keyError = string()
    if (keyError) return keyError
    skip()
    if (text[i] !== ":") return error("`:` after the property name")
    i++
    return value()
  }
  const value = (): JsonSyntaxError | undefined => {
    skip()
    const ch = text[i]
    if (ch === "{") return sequence("}", property)
    if (ch === "[") return sequence("]", value)
    if (ch === '"') return string()
    if (ch === "t") return literal("true")
    if (ch === "f") return literal("false")
    if (ch === "n") return literal("null")
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return number()
    return error(ch === undefined ? "a JSON value (the input ended)" : "a JSON value")
  }
  const first = value()
  if (first) return first
  skip()
  return i < text.length ? error("the end of the input after the top-level value") : undefined
}
