/**
 * JSON values as the diff sees them, with the two comparisons it needs:
 * deep equality and a canonical text (object keys sorted) for matching list
 * elements by value. Both treat objects as unordered (RFC 8259 §4).
 *
 * @since 0.1.0
 */
import type { Schema } from "effect"

/** @since 0.1.0 */
export type Json = Schema.Json
/** @since 0.1.0 */
export type JsonObject = Schema.JsonObject
/** @since 0.1.0 */
export type JsonArray = Schema.JsonArray

/** @since 0.1.0 */
export const isJsonObject = (value: Json | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value)

/** A value holding no nested object or array. @since 0.1.0 */
export const isScalar = (value: Json | undefined): boolean => typeof value !== "object" || value === null

/**
 * Deep equality of JSON values; object member order is insignificant.
 *
 * @example
 * ```ts
 * jsonEqual({ a: 1, b: [2] }, { b: [2], a: 1 }) // true
 * ```
 * @since 0.1.0
 */
export const jsonEqual = (a: Json, b: Json): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i]!, b[i]!)) return false
    return true
  }
  if (Array.isArray(b)) return false
  // for…in rather than Object.keys: no arrays allocated on the hot path of the diff.
  let members = 0
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue
    members++
    if (!Object.hasOwn(b, key) || !jsonEqual((a as JsonObject)[key]!, (b as JsonObject)[key]!)) return false
  }
  for (const key in b) if (Object.hasOwn(b, key)) members--
  return members === 0
}

/**
 * JSON text with object keys sorted: equal values give equal texts, so list
 * elements can be matched by value through a Map.
 *
 * @since 0.1.0
 */
export const canonical = (value: Json): string => {
  if (typeof value !== "object" || value === null) return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  const object = value as JsonObject
  return `{${Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(object[key]!)}`)
    .join(",")}}`
}

/**
 * The value at a JSON path, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * valueAt({ fees: [{ amount: 1000 }] }, ["fees", 0, "amount"]) // 1000
 * ```
 * @since 0.1.0
 */
export const valueAt = (root: Json, path: ReadonlyArray<string | number>): Json | undefined => {
  let current: Json | undefined = root
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined
    current = Array.isArray(current) ? current[segment as number] : Object.hasOwn(current, segment) ? (current as JsonObject)[segment as string] : undefined
  }
  return current
}
