/**
 * Type-level proof that the generated declarations (`schema/appi-policy.d.ts`)
 * and the model's `Policy` type describe the same documents: each is
 * assignable to the other, and the two are identical. `npx tsc -p .` fails
 * when they drift apart; `types.test.ts` checks that it does fail on a drift.
 *
 * @since 0.1.0
 */
import type { Policy as GeneratedPolicy } from "../schema/appi-policy.d.ts"
import type { Policy } from "../src/model/Policy.ts"

type Model = typeof Policy.Type

/** True when `A` and `B` are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/** A model value is a generated value … */
export const modelIsGenerated = (policy: Model): GeneratedPolicy => policy
/** … and a generated value is a model value … */
export const generatedIsModel = (policy: GeneratedPolicy): Model => policy
/** … and the two types are one. */
export const identical: Equals<Model, GeneratedPolicy> = true
