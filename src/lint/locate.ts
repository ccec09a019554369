/**
 * From a finding's JSON path to a span in the YAML/JSON source. A value that
 * exists is pointed at (a list or mapping under a key by its key, so the span
 * is one line); a value that is missing is pointed at by the key of its
 * deepest existing ancestor: `operator.address` missing → the `operator:` key.
 *
 * @since 0.1.0
 */
import type { JsonPath } from "../core/Diagnostic.ts"
import type { ParsedSource, Span } from "../load/parseSource.ts"

const childValue = (value: unknown, segment: string | number): { readonly found: boolean; readonly value: unknown } => {
  if (Array.isArray(value)) return typeof segment === "number" && segment < value.length ? { found: true, value: value[segment] } : { found: false, value: undefined }
  if (value !== null && typeof value === "object" && Object.hasOwn(value, segment)) return { found: true, value: (value as Record<string, unknown>)[segment] }
  return { found: false, value: undefined }
}

/**
 * The span a finding at `path` is shown at.
 *
 * @since 0.1.0
 */
export const spanOfPath = (source: ParsedSource, path: JsonPath): Span | undefined => {
  let value: unknown = source.value
  let depth = 0
  for (const segment of path) {
    const child = childValue(value, segment)
    if (!child.found) break
    value = child.value
    depth++
  }
  const prefix = path.slice(0, depth)
  const underKey = typeof prefix.at(-1) === "string"
  if (depth < path.length) return source.locate(prefix, { key: underKey })
  const collection = value !== null && typeof value === "object"
  return source.locate(path, { key: collection && underKey })
}
