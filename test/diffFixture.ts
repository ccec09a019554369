/**
 * Test support: the seed examples, and revising a policy through a typed
 * mutable draft that must still be a valid policy afterwards.
 *
 * @since 0.1.0
 */
import { join } from "node:path"
import { Schema } from "effect"
import { loadPolicyFile } from "../src/load/loadPolicy.ts"
import { type Policy, PolicyDocument } from "../src/model/Policy.ts"

/** @since 0.1.0 */
export type ExampleName = "000-genesis" | "001-smilemore" | "002-unnamed-services" | "003-centrex" | "004-k-zone"

/** @since 0.1.0 */
export const EXAMPLES: ReadonlyArray<ExampleName> = ["000-genesis", "001-smilemore", "002-unnamed-services", "003-centrex", "004-k-zone"]

/** A policy with every level writable. @since 0.1.0 */
export type Draft<T> = T extends ReadonlyArray<infer U> ? Array<Draft<U>> : T extends object ? { -readonly [K in keyof T]: Draft<T[K]> } : T

/** @since 0.1.0 */
export const examplePath = (name: ExampleName): string => join(import.meta.dirname, "../examples", `${name}.yaml`)

const cache = new Map<ExampleName, Policy>()

/** A seed example, loaded once. @since 0.1.0 */
export const example = (name: ExampleName): Policy => {
  let policy = cache.get(name)
  if (policy === undefined) {
    const result = loadPolicyFile(examplePath(name))
    if (!result.ok) throw new Error(`${name} does not load: ${result.diagnostics[0]?.message}`)
    cache.set(name, (policy = result.policy))
  }
  return policy
}

const decode = Schema.decodeUnknownSync(PolicyDocument)

/**
 * A copy of `policy` changed by `edit`; throws when the result is not a valid
 * policy (the test's mutation would be wrong, not the diff).
 *
 * @since 0.1.0
 */
export const revise = (policy: Policy, edit: (draft: Draft<Policy>) => void): Policy => {
  const draft = structuredClone(policy) as Draft<Policy>
  edit(draft)
  return decode(draft, { onExcessProperty: "error" })
}
